/**
 * What an article page tells crawlers and link previews: Open Graph, Twitter card, canonical link and a schema.org
 * NewsArticle in JSON-LD. Pure: the view renders the tags this returns.
 */

export interface ShareableItem {
  kind: "article" | "page" | "announcement";
  title: string;
  description: string | null;
  /** Absolute canonical address. */
  url: string;
  /** Absolute address of the cover image, with its alternative text. */
  image: { url: string; alt: string; width: number | null; height: number | null } | null;
  siteName: string;
  lang: "vi" | "en";
  publishedAt: Date | null;
  modifiedAt: Date | null;
  author: string | null;
  section: string | null;
  tags: readonly string[];
}

export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Link previews cut long descriptions anyway; keep them to about two sentences. */
export function shortDescription(text: string | null, max = 300): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function shareMetaTags(item: ShareableItem): MetaTag[] {
  const description = shortDescription(item.description);
  const tags: MetaTag[] = [
    { property: "og:type", content: item.kind === "page" ? "website" : "article" },
    { property: "og:title", content: item.title },
    { property: "og:url", content: item.url },
    { property: "og:site_name", content: item.siteName },
    { property: "og:locale", content: item.lang === "en" ? "en_US" : "vi_VN" },
  ];
  if (description) tags.push({ property: "og:description", content: description });
  if (item.image) {
    tags.push({ property: "og:image", content: item.image.url });
    tags.push({ property: "og:image:alt", content: item.image.alt });
    if (item.image.width && item.image.height) {
      tags.push({ property: "og:image:width", content: String(item.image.width) });
      tags.push({ property: "og:image:height", content: String(item.image.height) });
    }
  }
  if (item.kind !== "page") {
    if (item.publishedAt)
      tags.push({ property: "article:published_time", content: item.publishedAt.toISOString() });
    if (item.modifiedAt)
      tags.push({ property: "article:modified_time", content: item.modifiedAt.toISOString() });
    if (item.section) tags.push({ property: "article:section", content: item.section });
    for (const tag of item.tags) tags.push({ property: "article:tag", content: tag });
  }
  tags.push({ name: "twitter:card", content: item.image ? "summary_large_image" : "summary" });
  tags.push({ name: "twitter:title", content: item.title });
  if (description) tags.push({ name: "twitter:description", content: description });
  if (item.image) {
    tags.push({ name: "twitter:image", content: item.image.url });
    tags.push({ name: "twitter:image:alt", content: item.image.alt });
  }
  return tags;
}

/** schema.org NewsArticle for an article or announcement (WebPage for a page). */
export function structuredData(item: ShareableItem): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": item.kind === "page" ? "WebPage" : "NewsArticle",
    headline: item.title,
    url: item.url,
    mainEntityOfPage: item.url,
    inLanguage: item.lang === "en" ? "en" : "vi",
    publisher: { "@type": "Organization", name: item.siteName },
  };
  const description = shortDescription(item.description);
  if (description) data.description = description;
  if (item.image) data.image = [item.image.url];
  if (item.publishedAt) data.datePublished = item.publishedAt.toISOString();
  if (item.modifiedAt) data.dateModified = item.modifiedAt.toISOString();
  data.author = item.author
    ? { "@type": "Person", name: item.author }
    : { "@type": "Organization", name: item.siteName };
  if (item.section) data.articleSection = item.section;
  if (item.tags.length > 0) data.keywords = item.tags.join(", ");
  return data;
}

/**
 * JSON for inside a <script> element: "<", ">" and "&" as \u escapes so no text (a title holding "</script>") can
 * end the element early; the line separators JavaScript once rejected are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
