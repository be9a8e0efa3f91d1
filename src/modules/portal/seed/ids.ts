import { v5 as uuidv5 } from "uuid";

/** Namespace of the portal seed's name-based ids: the same name gives the same id on every machine and every run. */
const PORTAL_SEED_NAMESPACE = "9c2b7e4d-51a3-4f08-8e6a-3d7f0b1c2a95";

/**
 * The instant the demo content is written against: publish dates, legal-document dates and "n months ago" all count
 * back from it, so two seeds a week apart still give identical rows.
 */
export const SEED_REFERENCE_DATE = new Date("2026-11-01T00:00:00+07:00");

/** When the seeded categories and pages were set up, well before the first article. */
export const SEED_SETUP_DATE = new Date("2026-01-05T08:00:00+07:00");

export type SeedEntity = "category" | "content" | "revision" | "legal" | "home" | "scale";

/** Stable id of a seeded row: `seedId("category", "so-xay-dung/thong-bao")`. */
export function seedId(entity: SeedEntity, key: string): string {
  return uuidv5(`${entity}:${key}`, PORTAL_SEED_NAMESPACE);
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
