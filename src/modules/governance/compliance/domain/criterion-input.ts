import { SITE_KINDS, type SiteKindName } from "./criteria.js";

export interface CriterionFormValues {
  min_items: string;
  freshness_days: string;
  weight: string;
  active: boolean;
  applies_to: string[];
}

export interface CriterionFormData {
  minItems: number;
  freshnessDays: number | null;
  weight: number;
  active: boolean;
  appliesTo: SiteKindName[];
}

/** Field → problem; the route turns each into a message with the field's label. */
export type CriterionProblems = Partial<
  Record<"min_items" | "freshness_days" | "weight" | "applies_to", { min: number; max: number } | "none">
>;

const LIMITS = {
  min_items: { min: 1, max: 1000 },
  freshness_days: { min: 1, max: 3650 },
  weight: { min: 1, max: 10 },
} as const;

const str = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) ? String(v[0] ?? "") : "");

export function criterionValuesFromBody(body: unknown): CriterionFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const applies = Array.isArray(b.applies_to)
    ? b.applies_to
    : b.applies_to === undefined
      ? []
      : [b.applies_to];
  return {
    min_items: str(b.min_items).trim(),
    freshness_days: str(b.freshness_days).trim(),
    weight: str(b.weight).trim(),
    active: str(b.active) === "on",
    applies_to: applies.map((v) => String(v)),
  };
}

function wholeNumber(text: string, limits: { min: number; max: number }): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const n = Number(text);
  return n >= limits.min && n <= limits.max ? n : null;
}

/** Checks the edit form of one item: whole numbers within bounds, at least one site kind. */
export function parseCriterionForm(
  values: CriterionFormValues,
): { ok: true; data: CriterionFormData } | { ok: false; problems: CriterionProblems } {
  const problems: CriterionProblems = {};
  const minItems = wholeNumber(values.min_items, LIMITS.min_items);
  if (minItems === null) problems.min_items = LIMITS.min_items;
  let freshnessDays: number | null = null;
  if (values.freshness_days !== "") {
    freshnessDays = wholeNumber(values.freshness_days, LIMITS.freshness_days);
    if (freshnessDays === null) problems.freshness_days = LIMITS.freshness_days;
  }
  const weight = wholeNumber(values.weight, LIMITS.weight);
  if (weight === null) problems.weight = LIMITS.weight;
  const appliesTo = SITE_KINDS.filter((k) => values.applies_to.includes(k));
  if (appliesTo.length === 0) problems.applies_to = "none";
  if (Object.keys(problems).length > 0 || minItems === null || weight === null)
    return { ok: false, problems };
  return { ok: true, data: { minItems, freshnessDays, weight, active: values.active, appliesTo } };
}
