import { parseViDate, viDate } from "../../../../platform/calendar/vn-day.js";
import { STATS_GROUP_BYS, type StatsGroupBy } from "./dossier-stats.js";

/** Five years: a multi-year comparison is plausible, an unbounded one is a typo. */
export const MAX_PERIOD_DAYS = 5 * 366;

export const PRESETS = ["month", "quarter", "year", "lastYear"] as const;
export type Preset = (typeof PRESETS)[number];

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The period a preset names, relative to `today` ("yyyy-mm-dd", a Vietnamese day). A current period ends today, not
 * at its calendar end: "in progress within time / overdue" is judged at the period end, which must not be ahead.
 */
export function presetPeriod(preset: Preset, today: string): { from: string; to: string } {
  const p = calendarPeriod(preset, today);
  return { from: p.from, to: p.to > today ? today : p.to };
}

function calendarPeriod(preset: Preset, today: string): { from: string; to: string } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  switch (preset) {
    case "month":
      return { from: iso(y, m, 1), to: iso(y, m + 1, 0) };
    case "quarter": {
      const first = m - ((m - 1) % 3);
      return { from: iso(y, first, 1), to: iso(y, first + 3, 0) };
    }
    case "year":
      return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
    case "lastYear":
      return { from: iso(y - 1, 1, 1), to: iso(y - 1, 12, 31) };
  }
}

export interface StatsQueryInput {
  from: string;
  to: string;
  preset: string;
  by: string;
  unit: string;
}

export type StatsQueryResult =
  | { ok: true; from: string; to: string; by: StatsGroupBy; unitId: string | null }
  | { ok: false; errors: Partial<Record<"from" | "to" | "by" | "unit", string>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The query string of the statistics page: a preset (this month, quarter, year, last year) or from/to as
 * dd/mm/yyyy (typed dates win over the preset), the grouping and an optional unit. Nothing given: this year so far.
 * Errors are i18n keys (the caller words them).
 */
export function resolveStatsQuery(input: StatsQueryInput, today: string): StatsQueryResult {
  const errors: Partial<Record<"from" | "to" | "by" | "unit", string>> = {};
  const by = input.by.trim() === "" ? "unit" : input.by.trim();
  if (!(STATS_GROUP_BYS as readonly string[]).includes(by)) errors.by = "servicesStats.errors.by";
  const unit = input.unit.trim();
  if (unit !== "" && !UUID.test(unit)) errors.unit = "servicesStats.errors.unit";
  const preset = (PRESETS as readonly string[]).includes(input.preset) ? (input.preset as Preset) : "year";
  const fallback = presetPeriod(preset, today);
  const fromText = input.from.trim();
  const toText = input.to.trim();
  const from = fromText === "" ? fallback.from : parseViDate(fromText);
  const to = toText === "" ? fallback.to : parseViDate(toText);
  if (from === null) errors.from = "servicesStats.errors.dateFormat";
  if (to === null) errors.to = "servicesStats.errors.dateFormat";
  if (from !== null && to !== null) {
    if (from > to) errors.to = "servicesStats.errors.dateOrder";
    else {
      const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
      if (days > MAX_PERIOD_DAYS) errors.from = "servicesStats.errors.tooLong";
    }
  }
  if (Object.keys(errors).length > 0 || from === null || to === null) return { ok: false, errors };
  return { ok: true, from, to, by: by as StatsGroupBy, unitId: unit === "" ? null : unit.toLowerCase() };
}

/** The form values for a resolved period. */
export function periodFields(from: string, to: string): { from: string; to: string } {
  return { from: viDate(from), to: viDate(to) };
}
