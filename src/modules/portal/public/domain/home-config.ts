import { isUuid } from "../../../../platform/http/uuid.js";

export { isUuid } from "../../../../platform/http/uuid.js";

import type { HomeSectionKind } from "../../tables.js";

/**
 * The settings of each kind of home-page section, as stored in home_sections.config. The admin writes them through
 * its form checks; the public side reads them back defensively (a section whose settings do not make sense is left
 * out rather than breaking the home page).
 */
export const HOME_SECTION_KINDS: readonly HomeSectionKind[] = [
  "lead_story",
  "latest_in_category",
  "announcements",
  "legal_documents",
  "service_links",
];

export const MAX_HOME_SECTIONS = 12;
export const MAX_SECTION_ITEMS = 20;
export const DEFAULT_SECTION_ITEMS = 5;
export const MAX_SERVICE_LINKS = 12;
export const LINK_LABEL_MAX = 80;
export const LINK_HREF_MAX = 500;

export interface ServiceLink {
  label: string;
  href: string;
}

export type SectionConfig =
  | { kind: "lead_story"; contentId: string | null }
  | { kind: "latest_in_category"; categoryId: string; limit: number }
  | { kind: "announcements"; limit: number }
  | { kind: "legal_documents"; limit: number }
  | { kind: "service_links"; links: ServiceLink[] };

function limitOf(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= MAX_SECTION_ITEMS ? n : DEFAULT_SECTION_ITEMS;
}

/**
 * A link of a services section: a path on this portal ("/dich-vu-cong") or an https address elsewhere. Other
 * schemes (javascript:, http:), protocol-relative addresses and whitespace are refused.
 */
export function isLinkHref(href: string): boolean {
  if (href.length === 0 || href.length > LINK_HREF_MAX) return false;
  if (/[\s\\]/.test(href)) return false;
  if (href.startsWith("/")) return !href.startsWith("//");
  if (!href.startsWith("https://")) return false;
  try {
    const url = new URL(href);
    return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/** The stored settings of a section read back, or null when they cannot be used. */
export function readSectionConfig(
  kind: HomeSectionKind,
  config: Record<string, unknown>,
): SectionConfig | null {
  switch (kind) {
    case "lead_story":
      return { kind, contentId: isUuid(config.contentId) ? config.contentId.toLowerCase() : null };
    case "latest_in_category":
      return isUuid(config.categoryId)
        ? { kind, categoryId: config.categoryId.toLowerCase(), limit: limitOf(config.limit) }
        : null;
    case "announcements":
    case "legal_documents":
      return { kind, limit: limitOf(config.limit) };
    case "service_links": {
      const raw = Array.isArray(config.links) ? config.links : [];
      const links: ServiceLink[] = [];
      for (const l of raw.slice(0, MAX_SERVICE_LINKS)) {
        if (!l || typeof l !== "object") continue;
        const { label, href } = l as Record<string, unknown>;
        if (
          typeof label === "string" &&
          typeof href === "string" &&
          label.trim() !== "" &&
          isLinkHref(href)
        ) {
          links.push({ label: label.trim(), href });
        }
      }
      return links.length > 0 ? { kind, links } : null;
    }
    default:
      return null;
  }
}

/** What is stored for a section's settings (the inverse of readSectionConfig). */
export function storedConfig(config: SectionConfig): Record<string, unknown> {
  switch (config.kind) {
    case "lead_story":
      return config.contentId ? { contentId: config.contentId } : {};
    case "latest_in_category":
      return { categoryId: config.categoryId, limit: config.limit };
    case "announcements":
    case "legal_documents":
      return { limit: config.limit };
    case "service_links":
      return { links: config.links.map((l) => ({ label: l.label, href: l.href })) };
  }
}
