/** Site kinds as orgs defines them; repeated here so the domain stays free of other modules' files. */
export type SiteKindName = "main" | "english" | "component";
export const SITE_KINDS: readonly SiteKindName[] = ["main", "english", "component"];

/**
 * How an item is detected. "content": published items in the categories mapped to it, or the published pages mapped
 * to it (modules not built yet — Q&A, drafts — are detected this way for now). "legal_register": the legal documents
 * of the site's unit in the register (SPEC §A4), plus anything mapped as for "content".
 */
export type Detection = "content" | "legal_register";
export const DETECTIONS: readonly Detection[] = ["content", "legal_register"];

/** One mandatory-content item and the rule that checks it. */
export interface CriterionRule {
  key: string;
  name: string;
  /** The legal citation shown beside it. */
  basis: string;
  appliesTo: readonly SiteKindName[];
  detection: Detection;
  /** Fewer published items than this and the item is missing. */
  minItems: number;
  /** The newest item may be at most this many days old; null when the item does not age (an introduction). */
  freshnessDays: number | null;
  /** Share of the score; items a citizen needs most weigh more. */
  weight: number;
}

export interface Criterion extends CriterionRule {
  active: boolean;
  sortOrder: number;
}

export function appliesToKind(
  criterion: Pick<Criterion, "appliesTo" | "active">,
  kind: SiteKindName,
): boolean {
  return criterion.active && criterion.appliesTo.includes(kind);
}
