import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  categoryHref,
  categoryRssHref,
  contentHref,
  homeHref,
  isContentSlug,
  isTagParam,
  legalDocumentHref,
  pagedHref,
  parsePageNumber,
  sitemapHref,
  siteRssHref,
  tagHref,
} from "./paths.js";

const main = { slug: "", lang: "vi" as const };
const sxd = { slug: "so-xay-dung", lang: "vi" as const };
const en = { slug: "en", lang: "en" as const };

describe("public addresses", () => {
  it("follow the portal's URL list on the main portal, a component site and the English site", () => {
    expect(contentHref(main, { kind: "article", slug: "a" })).toBe("/bai-viet/a");
    expect(contentHref(sxd, { kind: "announcement", slug: "b" })).toBe("/so-xay-dung/bai-viet/b");
    expect(contentHref(sxd, { kind: "page", slug: "c" })).toBe("/so-xay-dung/trang/c");
    expect(contentHref(en, { kind: "article", slug: "d" })).toBe("/en/news/d");
    expect(contentHref(en, { kind: "page", slug: "e" })).toBe("/en/page/e");
    expect(contentHref(en, { kind: "page", slug: "investment" })).toBe("/en/investment");
    expect(contentHref(en, { kind: "page", slug: "online-services-guide" })).toBe(
      "/en/online-services-guide",
    );
    expect(categoryHref(main, "tin-tuc")).toBe("/chuyen-muc/tin-tuc");
    expect(categoryHref(en, "news")).toBe("/en/category/news");
    expect(categoryRssHref(sxd, "tin-tuc")).toBe("/so-xay-dung/chuyen-muc/tin-tuc/rss.xml");
    expect(tagHref(sxd, "Nhà ở xã hội")).toBe(
      "/so-xay-dung/the/Nh%C3%A0%20%E1%BB%9F%20x%C3%A3%20h%E1%BB%99i",
    );
    expect(tagHref(en, "a/b")).toBe("/en/tag/a%2Fb");
    expect(homeHref(main)).toBe("/");
    expect(homeHref(sxd)).toBe("/so-xay-dung");
    expect(siteRssHref(main)).toBe("/rss.xml");
    expect(sitemapHref(en)).toBe("/en/sitemap.xml");
    expect(legalDocumentHref(sxd, "x")).toBe("/so-xay-dung/van-ban/x");
    expect(legalDocumentHref(en, "x")).toBe("/en/documents/x");
    expect(pagedHref("/chuyen-muc/a", "vi", 1)).toBe("/chuyen-muc/a");
    expect(pagedHref("/chuyen-muc/a", "vi", 3)).toBe("/chuyen-muc/a?trang=3");
    expect(pagedHref("/en/category/a", "en", 2)).toBe("/en/category/a?page=2");
    expect(absoluteUrl("https://congso.example/", "/so-xay-dung")).toBe("https://congso.example/so-xay-dung");
  });

  it("refuses parameters no item can have before any query", () => {
    expect(isContentSlug("khoi-cong-cau-2")).toBe(true);
    for (const bad of ["", "Khoi", "a--b", "-a", "a_b", "a b", "\u0000", "a".repeat(201), "đường"]) {
      expect(isContentSlug(bad), bad).toBe(false);
    }
    expect(isTagParam("Nhà ở xã hội")).toBe(true);
    for (const bad of ["", "   ", "a\u0000", "x".repeat(101), "tab\there"])
      expect(isTagParam(bad), bad).toBe(false);
  });

  it("reads page numbers strictly", () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber("")).toBe(1);
    expect(parsePageNumber("2")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "abc", "9999999", ["2"]])
      expect(parsePageNumber(bad), String(bad)).toBeNull();
  });
});
