import { z } from "zod";
import { addDays, daysBetween, parseViDate, viDate } from "../../../../platform/calendar/vn-day.js";
import { UUID_PATTERN } from "../../../../platform/http/uuid.js";

/** The default period: the last 30 days, today included. */
export const DEFAULT_DAYS = 30;
/** A longer period would make a chart nobody can read and a slow page. */
export const MAX_DAYS = 366;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const viDateField = z.preprocess(
  blank,
  z
    .string("portalStats.errors.dateFormat")
    .trim()
    .max(10, "portalStats.errors.dateFormat")
    .refine((v) => parseViDate(v) !== null, { message: "portalStats.errors.dateFormat" })
    .optional(),
);

/** The statistics page's query string: from/to as dd/mm/yyyy, an optional site id. */
export const periodSchema = z.object({
  from: viDateField,
  to: viDateField,
  site: z.preprocess(
    blank,
    z.string("portalStats.errors.site").regex(UUID_PATTERN, "portalStats.errors.site").optional(),
  ),
});

export type PeriodInput = z.output<typeof periodSchema>;

export type PeriodResult =
  | { ok: true; from: string; to: string; siteId: string | null }
  | { ok: false; field: "from" | "to"; problem: "dateOrder" | "tooLong" };

/** Resolves the period against today (a Vietnamese day): missing ends default to the last 30 days. */
export function resolvePeriod(input: PeriodInput, today: string): PeriodResult {
  const to = input.to ? (parseViDate(input.to) ?? today) : today;
  const from = input.from ? (parseViDate(input.from) ?? to) : addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) return { ok: false, field: "to", problem: "dateOrder" };
  if (daysBetween(from, to).length > MAX_DAYS) return { ok: false, field: "from", problem: "tooLong" };
  return { ok: true, from, to, siteId: input.site ?? null };
}

/** The period as the form shows it. */
export function periodFields(from: string, to: string): { from: string; to: string } {
  return { from: viDate(from), to: viDate(to) };
}
