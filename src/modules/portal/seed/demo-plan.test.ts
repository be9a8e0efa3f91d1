import { describe, expect, it } from "vitest";
import { isValidContentSlug } from "../content/domain/slug.js";
import { readSectionConfig } from "../public/domain/home-config.js";
import { categoryTreeFor, flattenTree } from "./category-trees.js";
import { planDemoContent, type SiteStaff } from "./demo-plan.js";
import { SEED_REFERENCE_DATE } from "./ids.js";
import { demoSeedSites } from "./test-sites.js";

const sites = demoSeedSites();
const staff = new Map<string, SiteStaff>([
  [sites[0]?.id ?? "", { editorId: "11111111-1111-4111-8111-111111111111", approverId: null }],
]);
const plan = planDemoContent(sites, staff, "eng@quangngai.gov.vn");

describe("demo content plan", () => {
  it("is the same plan every time", () => {
    const again = planDemoContent(demoSeedSites(), staff, "eng@quangngai.gov.vn");
    expect(again.items).toEqual(plan.items);
    expect(again.categories).toEqual(plan.categories);
    expect(again.homeSections).toEqual(plan.homeSections);
  });

  it("gives every site its category tree and published articles in its news categories", () => {
    expect(sites.length).toBeGreaterThanOrEqual(38);
    for (const site of sites) {
      const cats = plan.categories.filter((c) => c.site_id === site.id);
      expect(cats.map((c) => c.slug)).toEqual(
        flattenTree(categoryTreeFor(site.kind)).map((x) => x.spec.slug),
      );
      const published = plan.items.filter(
        (i) => i.site_id === site.id && i.status === "published" && i.kind === "article",
      );
      expect(published.length, site.slug).toBeGreaterThanOrEqual(10);
      const pages = plan.items.filter((i) => i.site_id === site.id && i.kind === "page").map((i) => i.slug);
      expect(pages, site.slug).toEqual(
        site.kind === "english"
          ? ["overview", "organisation", "contact"]
          : ["gioi-thieu-chung", "co-cau-to-chuc", "lien-he"],
      );
      // Several items in every category meant for articles.
      for (const { spec } of flattenTree(categoryTreeFor(site.kind))) {
        if (!spec.theme || spec.theme === "introduction") continue;
        const id = cats.find((c) => c.slug === spec.slug)?.id;
        const inCategory = plan.items.filter((i) => i.category_id === id && i.status === "published");
        expect(inCategory.length, `${site.slug}/${spec.slug}`).toBeGreaterThanOrEqual(1);
        if (site.kind !== "english")
          expect(inCategory.length, `${site.slug}/${spec.slug}`).toBeGreaterThanOrEqual(3);
      }
    }
    const main = sites[0];
    const mainSlugs = plan.categories.filter((c) => c.site_id === main?.id).map((c) => c.name);
    expect(mainSlugs).toEqual(
      expect.arrayContaining([
        "Tin tức – sự kiện",
        "Tin hoạt động của lãnh đạo tỉnh",
        "Thông tin ngân sách",
        "Thống kê",
      ]),
    );
  });

  it("writes NFC text, valid unique slugs, dates before the reference date, and cites reposts", () => {
    const bySite = new Map<string, Set<string>>();
    for (const item of plan.items) {
      for (const text of [
        item.title,
        item.lead ?? "",
        item.body_html ?? "",
        item.body_text ?? "",
        ...(item.tags ?? []),
      ])
        expect(text).toBe(text.normalize("NFC"));
      expect(isValidContentSlug(item.slug), item.slug).toBe(true);
      const slugs = bySite.get(item.site_id) ?? new Set();
      expect(slugs.has(item.slug), item.slug).toBe(false);
      slugs.add(item.slug);
      if (item.is_repost) expect(item.source).toBeTruthy();
      const published = item.published_at instanceof Date ? item.published_at : null;
      if (item.status === "published")
        expect(published?.getTime()).toBeLessThanOrEqual(SEED_REFERENCE_DATE.getTime());
      else expect(published).toBeNull();
    }
    expect(plan.items.filter((i) => i.is_repost).length).toBeGreaterThan(10);
    expect(plan.items.filter((i) => i.kind === "announcement").length).toBeGreaterThan(100);
    // Drafts wait in the queue of the site whose editor exists.
    const work = plan.items.filter((i) => i.status !== "published");
    expect(work.map((i) => i.status).sort()).toEqual(["draft", "draft", "returned", "submitted"]);
    expect(work.every((i) => i.site_id === sites[0]?.id && i.created_by !== null)).toBe(true);
    expect(work.find((i) => i.status === "returned")?.return_comment).toBeTruthy();
  });

  it("links English translations to their Vietnamese originals and gives covers to illustrated stories", () => {
    const en = sites.find((s) => s.kind === "english");
    const translated = plan.items.filter((i) => i.site_id === en?.id && i.translation_of_id);
    expect(translated.length).toBeGreaterThanOrEqual(7);
    const ids = new Set(plan.items.map((i) => i.id));
    for (const t of translated) expect(ids.has(t.translation_of_id as string)).toBe(true);
    expect(plan.covers.size).toBeGreaterThan(40);
  });

  it("stores home sections the public home page can read back", () => {
    for (const site of sites) {
      const sections = plan.homeSections.filter((h) => h.site_id === site.id);
      expect(sections.length, site.slug).toBeGreaterThanOrEqual(4);
      for (const s of sections) {
        const config = JSON.parse(String(s.config)) as Record<string, unknown>;
        expect(readSectionConfig(s.kind, config), `${site.slug} ${s.kind}`).not.toBeNull();
        if (s.kind === "latest_in_category")
          expect(plan.categories.some((c) => c.id === config.categoryId && c.site_id === site.id)).toBe(true);
      }
    }
  });
});
