import type { ContentKind } from "../../tables.js";

/** What a public URL needs to know about a site. */
export interface SitePathRef {
  slug: string;
  kind: "main" | "english" | "component";
}

/** The path prefix of a site: "" for the main portal, "/en" for the English site, "/<slug>" for a component site. */
export function sitePrefix(site: SitePathRef): string {
  return site.slug === "" ? "" : `/${site.slug}`;
}

/**
 * Where readers find an item (the portal's URL scheme): pages under /trang, articles and announcements under
 * /bai-viet; the English site uses English path words.
 */
export function publicItemPath(site: SitePathRef, item: { kind: ContentKind; slug: string }): string {
  if (site.kind === "english")
    return item.kind === "page" ? `/en/page/${item.slug}` : `/en/news/${item.slug}`;
  return `${sitePrefix(site)}/${item.kind === "page" ? "trang" : "bai-viet"}/${item.slug}`;
}
