import { SLUG_PATTERN, slugFromText } from "../../../platform/i18n/vietnamese-slug.js";

/**
 * Path prefixes of sites ("/so-xay-dung"). A slug is lower-case ASCII words joined by single hyphens, so URLs read
 * well in Vietnamese without percent-encoding.
 */
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
  "doanh-nghiep-hoi",
  "phan-anh-kien-nghi",
  "gop-y-du-thao",
  "doi-thoai",
  "tai-khoan",
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

/** A slug suggested from a name: "Sở Du lịch" → "so-du-lich", "Huyện Đức Phổ" → "huyen-duc-pho". */
export function suggestSlug(name: string): string {
  return slugFromText(name, SLUG_MAX_LENGTH);
}
