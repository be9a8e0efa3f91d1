import { describe, expect, it } from "vitest";
import { readSectionConfig, storedConfig } from "../../public/domain/home-config.js";
import { isCategorySlug, slugFromName } from "./category-input.js";
import { sectionFromForm, sectionValuesFromBody, sectionValuesFromConfig } from "./section-input.js";

const CAT = "018f0000-0000-7000-8000-000000000001";
const ART = "018f0000-0000-7000-8000-000000000002";
const choices = { categoryIds: new Set([CAT]), contentIds: new Set([ART]) };

describe("category slugs", () => {
  it("are made from Vietnamese names without diacritics", () => {
    expect(slugFromName("Tin tức – Sự kiện")).toBe("tin-tuc-su-kien");
    expect(slugFromName("Đường bộ, đường thủy")).toBe("duong-bo-duong-thuy");
    expect(slugFromName("Quy hoạch   2030!")).toBe("quy-hoach-2030");
    expect(slugFromName("!!!")).toBe("");
    expect(slugFromName("dài ".repeat(40)).length).toBeLessThanOrEqual(80);
    expect(isCategorySlug("tin-tuc")).toBe(true);
    for (const bad of ["Tin", "tin--tuc", "-tin", "tin tuc", "tin_tuc", "tức"])
      expect(isCategorySlug(bad), bad).toBe(false);
  });
});

describe("home section forms", () => {
  it("reads the links editor's repeated fields, dropping empty rows", () => {
    const values = sectionValuesFromBody({
      title: "Dịch vụ",
      link_label: ["Cấp phép", "", "Tra cứu"],
      link_href: ["https://dvc.example/cap-phep", "", "/tra-cuu"],
    });
    const result = sectionFromForm("service_links", values, choices);
    expect(result).toEqual({
      ok: true,
      title: "Dịch vụ",
      config: {
        kind: "service_links",
        links: [
          { label: "Cấp phép", href: "https://dvc.example/cap-phep" },
          { label: "Tra cứu", href: "/tra-cuu" },
        ],
      },
    });
  });

  it("refuses unsafe or half-filled links, unknown categories and articles, and bad counts", () => {
    const links = sectionFromForm(
      "service_links",
      sectionValuesFromBody({
        link_label: ["A", "", "C"],
        link_href: ["javascript:alert(1)", "/x", "//evil.example"],
      }),
      choices,
    );
    expect(links.ok).toBe(false);
    if (!links.ok) {
      expect(Object.keys(links.errors).sort()).toEqual(["links.0.href", "links.1.label", "links.2.href"]);
    }
    const cat = sectionFromForm(
      "latest_in_category",
      sectionValuesFromBody({ category_id: "khac", limit: "0" }),
      choices,
    );
    expect(cat.ok ? [] : Object.keys(cat.errors).sort()).toEqual(["category_id", "limit"]);
    const lead = sectionFromForm("lead_story", sectionValuesFromBody({ content_id: CAT }), choices);
    expect(lead.ok ? [] : Object.keys(lead.errors)).toEqual(["content_id"]);
    const title = sectionFromForm(
      "announcements",
      sectionValuesFromBody({ title: "x".repeat(121) }),
      choices,
    );
    expect(title.ok ? [] : Object.keys(title.errors)).toEqual(["title"]);
  });

  it("round-trips stored settings, and reads bad stored settings defensively", () => {
    const ok = sectionFromForm(
      "latest_in_category",
      sectionValuesFromBody({ category_id: CAT, limit: "7" }),
      choices,
    );
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const stored = storedConfig(ok.config);
    expect(stored).toEqual({ categoryId: CAT, limit: 7 });
    expect(readSectionConfig("latest_in_category", stored)).toEqual(ok.config);
    expect(sectionValuesFromConfig(null, ok.config)).toMatchObject({ category_id: CAT, limit: "7" });
    expect(readSectionConfig("latest_in_category", { categoryId: "x" })).toBeNull();
    expect(readSectionConfig("announcements", { limit: 999 })).toEqual({ kind: "announcements", limit: 5 });
    expect(readSectionConfig("service_links", { links: [{ label: "x", href: "javascript:1" }] })).toBeNull();
    expect(readSectionConfig("lead_story", {})).toEqual({ kind: "lead_story", contentId: null });
  });
});
