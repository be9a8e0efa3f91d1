import type { ContentKind } from "../../tables.js";

/** The part of a site a public URL needs: its path prefix and language. */
export interface SiteRef {
  slug: string;
  lang: "vi" | "en";
}

/** "" for the main portal, "/so-xay-dung" for a component site, "/en" for the English site. */
export function sitePrefix(site: Pick<SiteRef, "slug">): string {
  return site.slug === "" ? "" : `/${site.slug}`;
}

/** The public page of a content item: pages under /trang (/en/page), everything else under /bai-viet (/en/news). */
export function contentHref(site: SiteRef, kind: ContentKind, slug: string): string {
  const s = encodeURIComponent(slug);
  if (site.lang === "en") return kind === "page" ? `/en/page/${s}` : `/en/news/${s}`;
  return `${sitePrefix(site)}/${kind === "page" ? "trang" : "bai-viet"}/${s}`;
}

/** The public page of a legal document, on its site or, when it has none, on the main portal. */
export function legalHref(site: SiteRef | null, id: string): string {
  if (site?.lang === "en") return `/en/documents/${id}`;
  return `${site ? sitePrefix(site) : ""}/van-ban/${id}`;
}

/** The search page of a site. */
export function searchPath(site: SiteRef): string {
  if (site.lang === "en") return "/en/search";
  return `${sitePrefix(site)}/tim-kiem`;
}
