import type { Insertable } from "kysely";
import { createRng, type Rng } from "../../../platform/random/prng.js";
import { slugify, uniqueSlug } from "../content/domain/slug.js";
import type {
  CategoryTable,
  ContentItemTable,
  ContentKind,
  ContentRevisionTable,
  ContentStatus,
  HomeSectionTable,
} from "../tables.js";
import { renderBlocks, type WrittenArticle, writeArticle } from "./article-writer.js";
import { type CategorySpec, type CategoryTheme, categoryTreeFor, flattenTree } from "./category-trees.js";
import { coverFor } from "./cover-images.js";
import { EN_STORIES, TRANSLATED_PAIRS } from "./en-stories.js";
import { DAY_MS, HOUR_MS, SEED_REFERENCE_DATE, SEED_SETUP_DATE, seedId } from "./ids.js";
import { pagesFor } from "./pages.js";
import { type SeedSite, writerContextFor } from "./seed-sites.js";
import { AUTHORS, CLOSING_THEMES, REPOST_SOURCES, STORIES, type StoryTemplate } from "./vi-stories.js";

/** Demo editors of a site, when the staff seed made them (bientap.cong / duyet.cong, bientap.sxd / duyet.sxd). */
export interface SiteStaff {
  editorId: string | null;
  approverId: string | null;
}

export type ContentRow = Insertable<ContentItemTable> & {
  id: string;
  site_id: string;
  slug: string;
  title: string;
};

/** Everything the demo content seed writes, before it is written; pure, so tests can look at it directly. */
export interface DemoPlan {
  categories: (Insertable<CategoryTable> & { id: string })[];
  items: ContentRow[];
  homeSections: Insertable<HomeSectionTable>[];
  /** Item id → key of the illustration used as its cover (see cover-images.ts). */
  covers: Map<string, string>;
}

/** How many items each kind of category gets on a demo site. */
const PER_THEME: Partial<Record<CategoryTheme, number>> = {
  leaders: 4,
  direction: 4,
  economy: 4,
  society: 4,
  announcements: 4,
  planning: 3,
  projects: 3,
  budget: 3,
  statistics: 3,
  unit_news: 4,
  unit_directives: 3,
  procedures: 3,
  en_news: 3,
  en_investment: 1,
  en_introduction: 3,
};

/** Themes whose items carry a cover on the main and English sites; component sites illustrate their newest news. */
const ILLUSTRATED: ReadonlySet<CategoryTheme> = new Set([
  "leaders",
  "direction",
  "economy",
  "society",
  "planning",
  "en_news",
  "en_investment",
  "en_introduction",
]);

const REPOSTABLE: ReadonlySet<CategoryTheme> = new Set(["leaders", "economy", "society", "unit_news"]);

function storiesFor(theme: CategoryTheme): StoryTemplate[] {
  if (theme === "en_news" || theme === "en_investment" || theme === "en_introduction")
    return EN_STORIES[theme];
  return STORIES[theme];
}

/** A publish time `daysAgo` days before the reference date, during office hours in Việt Nam. */
export function publishTime(rng: Rng, daysAgo: number): Date {
  const hour = rng.int(7, 17);
  const minute = rng.int(0, 59);
  return new Date(SEED_REFERENCE_DATE.getTime() - (daysAgo + 1) * DAY_MS + (hour * 60 + minute) * 60_000);
}

interface ItemInput {
  site: SeedSite;
  key: string;
  kind: ContentKind;
  categoryId: string | null;
  written: Pick<WrittenArticle, "title" | "lead" | "bodyHtml" | "bodyText" | "tags">;
  status: ContentStatus;
  publishedAt: Date | null;
  createdAt: Date;
  author: string | null;
  source: string | null;
  staff: SiteStaff;
  returnComment?: string;
  translationOf?: string | undefined;
  /** A fixed slug (the standing pages), still checked against the site's other slugs. */
  slug?: string;
}

class SlugBook {
  private readonly taken = new Map<string, Set<string>>();
  claim(siteId: string, base: string): string {
    let set = this.taken.get(siteId);
    if (!set) {
      set = new Set();
      this.taken.set(siteId, set);
    }
    const slug = uniqueSlug(base, set);
    set.add(slug);
    return slug;
  }
}

function itemRow(input: ItemInput, slugs: SlugBook): ContentRow {
  const published = input.status === "published";
  const updatedAt = input.publishedAt ?? input.createdAt;
  return {
    id: seedId("content", `${input.site.slug}/${input.key}`),
    site_id: input.site.id,
    kind: input.kind,
    category_id: input.categoryId,
    title: input.written.title,
    slug: slugs.claim(input.site.id, input.slug ?? slugify(input.written.title)),
    lead: input.written.lead,
    body_html: input.written.bodyHtml,
    body_text: input.written.bodyText,
    cover_media_id: null,
    cover_alt: null,
    cover_caption: null,
    author: input.author,
    source: input.source,
    is_repost: input.source !== null,
    tags: input.written.tags,
    status: input.status,
    return_comment: input.returnComment ?? null,
    publish_at: null,
    expire_at: null,
    published_at: published ? input.publishedAt : null,
    origin_id: null,
    translation_of_id: input.translationOf ?? null,
    created_by: input.staff.editorId,
    updated_by: input.staff.editorId,
    approved_by: published ? input.staff.approverId : null,
    version: 1,
    created_at: input.createdAt,
    updated_at: updatedAt,
  };
}

function categoryRows(site: SeedSite): { rows: DemoPlan["categories"]; specs: Map<string, CategorySpec> } {
  const rows: DemoPlan["categories"] = [];
  const specs = new Map<string, CategorySpec>();
  const position = new Map<string | null, number>();
  for (const { spec, parentSlug } of flattenTree(categoryTreeFor(site.kind))) {
    const n = position.get(parentSlug) ?? 0;
    position.set(parentSlug, n + 1);
    const id = seedId("category", `${site.slug}/${spec.slug}`);
    specs.set(id, spec);
    rows.push({
      id,
      site_id: site.id,
      parent_id: parentSlug === null ? null : seedId("category", `${site.slug}/${parentSlug}`),
      slug: spec.slug,
      name: spec.name.normalize("NFC"),
      description: spec.description.normalize("NFC"),
      sort_order: (n + 1) * 10,
      active: true,
      created_at: SEED_SETUP_DATE,
      updated_at: SEED_SETUP_DATE,
    });
  }
  return { rows, specs };
}

const RETURN_COMMENT =
  "Đề nghị bổ sung số liệu cụ thể và ảnh minh họa; kiểm tra lại chính tả đoạn mở đầu trước khi gửi duyệt lại.";

/**
 * The demo content of every site: category tree, articles written from the story templates, announcements, the three
 * standing pages, English articles linked to their Vietnamese originals, a few drafts in the editors' queues, and
 * the home sections. Deterministic: ids are name-based, every random choice comes from a per-site stream, and all
 * dates count back from SEED_REFERENCE_DATE.
 */
export function planDemoContent(
  sites: readonly SeedSite[],
  staffBySite: ReadonlyMap<string, SiteStaff>,
  englishContactEmail: string,
): DemoPlan {
  const plan: DemoPlan = { categories: [], items: [], homeSections: [], covers: new Map() };
  const slugs = new SlugBook();
  const componentUnits = sites
    .filter((s) => s.kind === "component")
    .map((s) => ({ kind: s.unit.kind, name: s.unit.nameVi }));
  const pageIdsOnMain = new Map<string, string>();
  const pairIdsOnMain = new Map<string, string>();

  for (const site of sites) {
    const rng = createRng(`demo-content:${site.slug}`);
    const staff = staffBySite.get(site.id) ?? { editorId: null, approverId: null };
    const ctx = writerContextFor(site);
    const { rows: categories, specs } = categoryRows(site);
    plan.categories.push(...categories);
    const categoryBySlug = new Map(categories.map((c) => [c.slug, c.id]));

    // Standing pages, filed under the site's introduction category.
    const introCategory = categoryBySlug.get(site.kind === "english" ? "introduction" : "gioi-thieu") ?? null;
    for (const page of pagesFor(site, componentUnits, englishContactEmail)) {
      const row = itemRow(
        {
          site,
          key: `page/${page.key}`,
          kind: "page",
          categoryId: introCategory,
          written: { ...page, tags: [] },
          status: "published",
          publishedAt: SEED_SETUP_DATE,
          createdAt: SEED_SETUP_DATE,
          author: null,
          source: null,
          staff,
          translationOf: site.kind === "english" ? pageIdsOnMain.get(page.key) : undefined,
          slug: page.slug,
        },
        slugs,
      );
      if (site.kind === "main") pageIdsOnMain.set(page.key, row.id);
      plan.items.push(row);
    }

    for (const category of categories) {
      const spec = specs.get(category.id);
      if (!spec?.theme) continue;
      const theme = spec.theme;
      let count = PER_THEME[theme] ?? 0;
      if (theme === "introduction")
        count = site.unit.kind === "department" || site.unit.kind === "office" ? 1 : 0;
      const stories = storiesFor(theme);
      if (stories.length === 0) continue;
      const order = rng.sample(stories, stories.length);
      for (let i = 0; i < count; i++) {
        const story = order[i % order.length] as StoryTemplate;
        // The first item of a category is recent, so every list and home section looks current.
        const daysAgo = i === 0 ? rng.int(0, 6) : rng.int(7, 170);
        const publishedAt = publishTime(rng, daysAgo);
        // Procedure guides take the unit's procedures in turn, so one site never explains the same one twice.
        const itemCtx =
          theme === "procedures" && ctx.procedures.length > 0
            ? { ...ctx, procedures: [ctx.procedures[i % ctx.procedures.length] as string] }
            : ctx;
        const written = writeArticle(story, itemCtx, rng, publishedAt, {
          closing: CLOSING_THEMES.has(theme),
        });
        const repost = REPOSTABLE.has(theme) && site.lang === "vi" && rng.chance(0.2);
        const source = repost
          ? site.kind === "main"
            ? rng.pick(REPOST_SOURCES)
            : rng.chance(0.5)
              ? "Cổng thông tin điện tử tỉnh Quảng Ngãi"
              : rng.pick(REPOST_SOURCES)
          : null;
        const row = itemRow(
          {
            site,
            key: `${spec.slug}/${i}`,
            kind: theme === "announcements" ? "announcement" : "article",
            categoryId: category.id,
            written,
            status: "published",
            publishedAt,
            createdAt: new Date(publishedAt.getTime() - rng.int(1, 20) * HOUR_MS),
            author: site.lang === "en" ? "Editorial board" : rng.pick(AUTHORS),
            source,
            staff,
          },
          slugs,
        );
        plan.items.push(row);
        const illustrated =
          site.kind === "component" ? theme === "unit_news" && i === 0 : ILLUSTRATED.has(theme);
        const cover = illustrated ? coverFor(written.title, written.lead, theme) : undefined;
        if (cover) plan.covers.set(row.id, cover);
      }
    }

    // Vietnamese originals and their English translations (the vi/en switch, SPEC §A6).
    for (const pair of TRANSLATED_PAIRS) {
      const isMain = site.kind === "main";
      if (!isMain && site.kind !== "english") continue;
      const text = isMain ? pair.vi : pair.en;
      const categoryId = categoryBySlug.get(isMain ? pair.viCategory : pair.enCategory) ?? null;
      const { html, text: bodyText } = renderBlocks(
        text.paragraphs.map((p) => ({ tag: "p" as const, text: p })),
      );
      const publishedAt = publishTime(createRng(`pair:${pair.key}`), pair.daysAgo);
      const row = itemRow(
        {
          site,
          key: `pair/${pair.key}`,
          kind: "article",
          categoryId,
          written: {
            title: text.title.normalize("NFC"),
            lead: text.lead.normalize("NFC"),
            bodyHtml: html.normalize("NFC"),
            bodyText: bodyText.normalize("NFC"),
            tags: text.tags.map((t) => t.normalize("NFC").toLocaleLowerCase(site.lang)),
          },
          status: "published",
          publishedAt: isMain ? publishedAt : new Date(publishedAt.getTime() + 3 * HOUR_MS),
          createdAt: new Date(publishedAt.getTime() - 2 * HOUR_MS),
          author: isMain ? rng.pick(AUTHORS) : "Editorial board",
          source: null,
          staff,
          translationOf: isMain ? undefined : pairIdsOnMain.get(pair.key),
        },
        slugs,
      );
      if (isMain) pairIdsOnMain.set(pair.key, row.id);
      plan.items.push(row);
      plan.covers.set(row.id, coverFor(pair.vi.title, pair.vi.lead, "economy") ?? "dung-quat");
    }

    // Work in progress where the demo editors sign in, so the admin queues are not empty.
    if (staff.editorId && site.lang === "vi") {
      const newsCategory = categoryBySlug.get(site.kind === "main" ? "kinh-te" : "tin-hoat-dong") ?? null;
      const theme: CategoryTheme = site.kind === "main" ? "economy" : "unit_news";
      const states: { status: ContentStatus; comment?: string }[] = [
        { status: "draft" },
        { status: "draft" },
        { status: "submitted" },
        { status: "returned", comment: RETURN_COMMENT },
      ];
      states.forEach((state, i) => {
        const createdAt = publishTime(rng, rng.int(0, 3));
        const written = writeArticle(rng.pick(STORIES[theme]), ctx, rng, createdAt, { closing: true });
        plan.items.push(
          itemRow(
            {
              site,
              key: `work/${i}`,
              kind: "article",
              categoryId: newsCategory,
              written,
              status: state.status,
              publishedAt: null,
              createdAt,
              author: rng.pick(AUTHORS),
              source: null,
              staff,
              returnComment: state.comment,
            },
            slugs,
          ),
        );
      });
    }

    plan.homeSections.push(...homeSectionsFor(site, categoryBySlug, plan.items));
  }

  return plan;
}

/** Revision 1 of a seeded item (cover included), with the same fields the content store keeps on every save. */
export function firstRevision(item: ContentRow): Insertable<ContentRevisionTable> {
  return {
    id: seedId("revision", `${item.id}/1`),
    content_id: item.id,
    number: 1,
    title: item.title,
    lead: item.lead ?? null,
    body_html: item.body_html ?? "",
    fields: JSON.stringify({
      kind: item.kind,
      category_id: item.category_id ?? null,
      slug: item.slug,
      cover_media_id: item.cover_media_id ?? null,
      cover_alt: item.cover_alt ?? null,
      cover_caption: item.cover_caption ?? null,
      author: item.author ?? null,
      source: item.source ?? null,
      is_repost: item.is_repost ?? false,
      tags: item.tags ?? [],
      publish_at: null,
      expire_at: null,
    }),
    note: null,
    created_by: item.created_by ?? null,
    created_at: item.created_at,
  };
}

function homeSectionsFor(
  site: SeedSite,
  categoryBySlug: ReadonlyMap<string, string>,
  items: readonly ContentRow[],
): Insertable<HomeSectionTable>[] {
  const sections: {
    kind: HomeSectionTable["kind"];
    title: string | null;
    config: Record<string, unknown>;
  }[] = [];
  const latest = (slug: string, limit = 5) => {
    const categoryId = categoryBySlug.get(slug);
    if (categoryId) sections.push({ kind: "latest_in_category", title: null, config: { categoryId, limit } });
  };
  if (site.kind === "main") {
    const pair = items.find((i) => i.id === seedId("content", `${site.slug}/pair/dung-quat`));
    sections.push({ kind: "lead_story", title: "Tin nổi bật", config: pair ? { contentId: pair.id } : {} });
    for (const slug of ["hoat-dong-lanh-dao-tinh", "chi-dao-dieu-hanh", "kinh-te", "van-hoa-xa-hoi"])
      latest(slug);
    sections.push({ kind: "announcements", title: "Thông báo", config: { limit: 5 } });
    sections.push({ kind: "legal_documents", title: "Văn bản chỉ đạo điều hành", config: { limit: 5 } });
    sections.push({
      kind: "service_links",
      title: "Dịch vụ công và tiện ích",
      config: {
        links: [
          { label: "Cổng Dịch vụ công quốc gia", href: "https://dichvucong.gov.vn" },
          { label: "Văn bản chỉ đạo điều hành", href: "/van-ban" },
          { label: "Tìm kiếm thông tin", href: "/tim-kiem" },
          { label: "Cơ sở dữ liệu quốc gia về văn bản pháp luật", href: "https://vbpl.vn" },
          { label: "English", href: "/en" },
        ],
      },
    });
  } else if (site.kind === "english") {
    sections.push({ kind: "lead_story", title: "Highlights", config: {} });
    latest("investment");
    latest("news");
    sections.push({
      kind: "service_links",
      title: "Services for foreigners",
      config: {
        links: [
          { label: "Guide to online public services", href: "/en/online-services-guide" },
          { label: "Investment in Quang Ngai", href: "/en/investment" },
          { label: "National Public Service Portal", href: "https://dichvucong.gov.vn" },
        ],
      },
    });
  } else {
    sections.push({ kind: "lead_story", title: "Tin nổi bật", config: {} });
    latest("tin-hoat-dong");
    sections.push({ kind: "announcements", title: "Thông báo", config: { limit: 5 } });
    sections.push({ kind: "legal_documents", title: "Văn bản chỉ đạo điều hành", config: { limit: 5 } });
    latest("thu-tuc-hanh-chinh", 3);
    sections.push({
      kind: "service_links",
      title: "Dịch vụ công",
      config: {
        links: [
          { label: "Văn bản của đơn vị", href: `/${site.slug}/van-ban` },
          { label: "Cổng Dịch vụ công quốc gia", href: "https://dichvucong.gov.vn" },
          { label: "Cổng thông tin điện tử tỉnh", href: "/" },
        ],
      },
    });
  }
  return sections.map((s, i) => ({
    id: seedId("home", `${site.slug}/${i}`),
    site_id: site.id,
    position: i + 1,
    kind: s.kind,
    title: s.title,
    config: JSON.stringify(s.config),
  }));
}
