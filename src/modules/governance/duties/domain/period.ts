import { addDays, dayDiff, parseViDate } from "./days.js";

export const DEFAULT_PERIOD_DAYS = 30;
export const MAX_PERIOD_DAYS = 366;

export type PeriodResult =
  | { ok: true; from: string; to: string }
  | {
      ok: false;
      errors: Partial<
        Record<"from" | "to", "duties.err.period" | "duties.err.order" | "duties.err.tooLongPeriod">
      >;
    };

/** The breach list's period from dd/mm/yyyy fields; blanks default to the last 30 days up to today. */
export function resolvePeriod(fromText: string, toText: string, today: string): PeriodResult {
  const errors: Extract<PeriodResult, { ok: false }>["errors"] = {};
  const to = toText.trim() === "" ? today : parseViDate(toText);
  if (!to) errors.to = "duties.err.period";
  const from =
    fromText.trim() === "" ? addDays(to ?? today, -(DEFAULT_PERIOD_DAYS - 1)) : parseViDate(fromText);
  if (!from) errors.from = "duties.err.period";
  if (from && to && from > to) errors.to = "duties.err.order";
  else if (from && to && dayDiff(from, to) + 1 > MAX_PERIOD_DAYS) errors.from = "duties.err.tooLongPeriod";
  if (!from || !to || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, from, to };
}
