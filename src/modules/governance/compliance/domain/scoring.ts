import { appliesToKind, type Criterion, type SiteKindName } from "./criteria.js";

const DAY_MS = 24 * 60 * 60_000;

/** What was found for one item on one site. */
export interface Evidence {
  count: number;
  newest: Date | null;
}

export const NO_EVIDENCE: Evidence = { count: 0, newest: null };

export type ItemStatus = "present" | "missing" | "stale";

/** Present when enough items are published and the newest is recent enough; stale when only the age fails. */
export function itemStatus(
  rule: Pick<Criterion, "minItems" | "freshnessDays">,
  evidence: Evidence,
  now: Date,
): ItemStatus {
  if (evidence.count < Math.max(1, rule.minItems)) return "missing";
  if (rule.freshnessDays !== null) {
    if (!evidence.newest) return "stale";
    const ageDays = (now.getTime() - evidence.newest.getTime()) / DAY_MS;
    if (ageDays > rule.freshnessDays) return "stale";
  }
  return "present";
}

/** Adds two findings (a mapped category and a mapped page, or the legal register and a category). */
export function mergeEvidence(a: Evidence, b: Evidence): Evidence {
  const newest =
    a.newest && b.newest
      ? new Date(Math.max(a.newest.getTime(), b.newest.getTime()))
      : (a.newest ?? b.newest ?? null);
  return { count: a.count + b.count, newest };
}

export interface ItemResult {
  criterion: Criterion;
  status: ItemStatus;
  evidence: Evidence;
}

export interface SiteScore {
  items: ItemResult[];
  /** 0–100, the weighted share of items present; null when no item applies to the site. */
  score: number | null;
  missing: number;
  stale: number;
}

/** Scores one site: every active item that applies to its kind, in the list's order. */
export function scoreSite(
  kind: SiteKindName,
  criteria: readonly Criterion[],
  evidenceOf: (key: string) => Evidence,
  now: Date,
): SiteScore {
  const items = criteria
    .filter((c) => appliesToKind(c, kind))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((criterion) => {
      const evidence = evidenceOf(criterion.key);
      return { criterion, evidence, status: itemStatus(criterion, evidence, now) };
    });
  let total = 0;
  let got = 0;
  for (const item of items) {
    total += item.criterion.weight;
    if (item.status === "present") got += item.criterion.weight;
  }
  return {
    items,
    score: total > 0 ? Math.round((100 * got) / total) : null,
    missing: items.filter((i) => i.status === "missing").length,
    stale: items.filter((i) => i.status === "stale").length,
  };
}

/** Highest score first; equal scores by name in Vietnamese order; sites nothing applies to last. */
export function rankSites<T extends { name: string; score: number | null }>(
  sites: readonly T[],
  collator: Intl.Collator,
): T[] {
  return [...sites].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) return b.score - a.score;
    return collator.compare(a.name, b.name);
  });
}
