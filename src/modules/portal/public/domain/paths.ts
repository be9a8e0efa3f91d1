import type { ContentKind } from "../../tables.js";

/** What URL building needs to know about a site. */
export interface SiteRef {
  /** "" main portal, "en" English site, else the component site's path prefix. */
  slug: string;
  lang: "vi" | "en";
}

/** First path words after the site prefix (the URL list of the portal issue); English words on the English site. */
export const PATH_WORDS = {
  vi: { article: "bai-viet", category: "chuyen-muc", page: "trang", tag: "the" },
  en: { article: "news", category: "category", page: "page", tag: "tag" },
} as const;

/** The query parameter that carries a list's page number. */
export const PAGE_PARAM = { vi: "trang", en: "page" } as const;

/**
 * English pages with a short address of their own, kept from the English site's first version (menus and other
 * sites link to them): "/en/investment" rather than "/en/page/investment".
 */
export const ENGLISH_SHORT_PAGES: readonly string[] = ["investment", "online-services-guide"];

export function sitePrefix(site: Pick<SiteRef, "slug">): string {
  return site.slug === "" ? "" : `/${site.slug}`;
}

export function homeHref(site: Pick<SiteRef, "slug">): string {
  return site.slug === "" ? "/" : `/${site.slug}`;
}

export function contentHref(site: SiteRef, item: { kind: ContentKind; slug: string }): string {
  if (item.kind === "page") {
    if (site.lang === "en" && ENGLISH_SHORT_PAGES.includes(item.slug)) return `/en/${item.slug}`;
    return `${sitePrefix(site)}/${PATH_WORDS[site.lang].page}/${item.slug}`;
  }
  return `${sitePrefix(site)}/${PATH_WORDS[site.lang].article}/${item.slug}`;
}

export function categoryHref(site: SiteRef, slug: string): string {
  return `${sitePrefix(site)}/${PATH_WORDS[site.lang].category}/${slug}`;
}

export function categoryRssHref(site: SiteRef, slug: string): string {
  return `${categoryHref(site, slug)}/rss.xml`;
}

export function tagHref(site: SiteRef, tag: string): string {
  return `${sitePrefix(site)}/${PATH_WORDS[site.lang].tag}/${encodeURIComponent(tag)}`;
}

export function siteRssHref(site: Pick<SiteRef, "slug">): string {
  return `${sitePrefix(site)}/rss.xml`;
}

export function sitemapHref(site: Pick<SiteRef, "slug">): string {
  return `${sitePrefix(site)}/sitemap.xml`;
}

export function legalDocumentHref(site: SiteRef, id: string): string {
  return site.lang === "en" ? `/en/documents/${id}` : `${sitePrefix(site)}/van-ban/${id}`;
}

export function legalDocumentsHref(site: SiteRef): string {
  return site.lang === "en" ? "/en/documents" : `${sitePrefix(site)}/van-ban`;
}

/** A list page's address with its page number (page 1 has none, so it has one address only). */
export function pagedHref(base: string, lang: SiteRef["lang"], page: number): string {
  return page <= 1 ? base : `${base}?${PAGE_PARAM[lang]}=${page}`;
}

/** An absolute address for feeds, canonical links and Open Graph: PUBLIC_URL without its trailing slash + path. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${path}`;
}

/** Content slugs are lower-case ASCII words joined by hyphens (Vietnamese slug rules); anything else is not ours. */
export const CONTENT_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isContentSlug(value: string): boolean {
  return value.length <= 200 && CONTENT_SLUG_PATTERN.test(value);
}

/** A tag from a URL: printable text of reasonable length (no control characters, which PostgreSQL refuses). */
export function isTagParam(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  return value.trim().length > 0 && value.length <= 100 && !/[\u0000-\u001f\u007f]/.test(value);
}

/** A component site's path prefix as it may appear in a URL (the orgs module's slug format). */
export function isSiteSlugParam(value: string): boolean {
  return value.length <= 80 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** The page number from a query value: 1 when absent, null when it is not a plain positive number. */
export function parsePageNumber(value: unknown): number | null {
  if (value === undefined || value === "") return 1;
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}
