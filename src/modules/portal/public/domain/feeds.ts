/**
 * RSS 2.0, sitemaps and robots.txt as strings. Small enough to build by hand; every text goes through xmlText, which
 * escapes markup characters and drops the code points XML 1.0 does not allow (a stray control character in a title
 * would otherwise make the whole feed unreadable).
 */

/** Everything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function xmlText(value: string): string {
  return value.replace(XML_INVALID, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** RFC 822 date as RSS 2.0 wants it ("Tue, 10 Jun 2025 04:00:00 GMT"). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

export interface FeedChannel {
  title: string;
  /** Absolute address of the site or category page. */
  link: string;
  /** Absolute address of the feed itself (atom:link rel="self"). */
  selfLink: string;
  description: string;
  language: "vi" | "en";
}

export interface FeedItem {
  title: string;
  link: string;
  description: string | null;
  publishedAt: Date;
  category: string | null;
  author: string | null;
}

export function buildRss(channel: FeedChannel, items: readonly FeedItem[], now: Date): string {
  const newest = items.reduce<Date | null>(
    (acc, i) => (acc === null || i.publishedAt > acc ? i.publishedAt : acc),
    null,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    `<title>${xmlText(channel.title)}</title>`,
    `<link>${xmlText(channel.link)}</link>`,
    `<description>${xmlText(channel.description)}</description>`,
    `<language>${channel.language}</language>`,
    `<lastBuildDate>${rfc822(newest ?? now)}</lastBuildDate>`,
    `<atom:link href="${xmlText(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of items) {
    lines.push(
      "<item>",
      `<title>${xmlText(item.title)}</title>`,
      `<link>${xmlText(item.link)}</link>`,
      `<guid isPermaLink="true">${xmlText(item.link)}</guid>`,
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
    );
    if (item.description) lines.push(`<description>${xmlText(item.description)}</description>`);
    if (item.category) lines.push(`<category>${xmlText(item.category)}</category>`);
    // RSS's own <author> must be an email address; a name goes in Dublin Core's creator.
    if (item.author) lines.push(`<dc:creator>${xmlText(item.author)}</dc:creator>`);
    lines.push("</item>");
  }
  lines.push("</channel>", "</rss>", "");
  return lines.join("\n");
}

export interface SitemapEntry {
  loc: string;
  lastmod: Date | null;
}

/** The sitemap protocol's limit of addresses in one file. */
export const SITEMAP_MAX_URLS = 50_000;

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  for (const e of entries.slice(0, SITEMAP_MAX_URLS)) {
    lines.push(
      e.lastmod
        ? `<url><loc>${xmlText(e.loc)}</loc><lastmod>${e.lastmod.toISOString()}</lastmod></url>`
        : `<url><loc>${xmlText(e.loc)}</loc></url>`,
    );
  }
  lines.push("</urlset>", "");
  return lines.join("\n");
}

/** Public pages open to crawlers; staff pages, the API and the display switch (it only sets a cookie) closed. */
export function buildRobots(sitemaps: readonly string[]): string {
  const lines = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api",
    "Disallow: /hien-thi",
    "",
    ...sitemaps.map((s) => `Sitemap: ${s}`),
    "",
  ];
  return lines.join("\n");
}
