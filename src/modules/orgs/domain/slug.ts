/**
 * Path prefixes of sites ("/so-xay-dung"). A slug is lower-case ASCII words joined by single hyphens, so URLs read
 * well in Vietnamese without percent-encoding.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const SLUG_MAX_LENGTH = 80;

/** First path segments the platform itself uses (or will use); a site must not shadow them. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "admin",
  "api",
  "static",
  "en",
  "healthz",
  "readyz",
  "metrics",
  "hien-thi",
  "tim-kiem",
  "rss",
  "sitemap.xml",
  "robots.txt",
  "dang-nhap",
  "tra-cuu",
  "dich-vu-cong",
  "van-ban",
  "hoi-dap",
  // Portal path words of the main portal, whose prefix is empty ("/bai-viet/…", "/tep/<hash>").
  "bai-viet",
  "chuyen-muc",
  "trang",
  "the",
  "tep",
  "rss.xml",
]);

export type SlugProblem = "format" | "tooLong" | "reserved";

/** Why a slug cannot be used for a component site, or null when it can. */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length > SLUG_MAX_LENGTH) return "tooLong";
  if (!SLUG_PATTERN.test(slug)) return "format";
  if (RESERVED_SLUGS.has(slug)) return "reserved";
  return null;
}

export function isValidSlug(slug: string): boolean {
  return slugProblem(slug) === null;
}

/** Vietnamese text without diacritics: "Sở Xây dựng" → "So Xay dung" (đ/Đ are letters of their own, not accents). */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** A slug suggested from a name: "Sở Du lịch" → "so-du-lich", "Huyện Đức Phổ" → "huyen-duc-pho". */
export function suggestSlug(name: string): string {
  const words = stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX_LENGTH) break;
    slug = next;
  }
  return slug;
}
