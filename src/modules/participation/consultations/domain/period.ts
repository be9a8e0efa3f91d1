/**
 * The comment period of a draft (SPEC §E2), computed from the stored status and today's Vietnamese day, so pages are
 * right even before the closing job has run. Pure: callers pass `today` (`vnDay(now)`).
 */
import type { Consultation } from "../../tables.js";

export type EffectiveStatus = "draft" | "upcoming" | "open" | "closed" | "concluded";

/** Below this many calendar days staff see a warning (a short period gives the public little time to read). */
export const MIN_PERIOD_DAYS = 20;

const DAY_MS = 24 * 60 * 60_000;

export function effectiveStatus(
  c: Pick<Consultation, "status" | "opens_on" | "closes_on">,
  today: string,
): EffectiveStatus {
  switch (c.status) {
    case "draft":
      return "draft";
    case "concluded":
      return "concluded";
    case "closed":
      return "closed";
    default:
      if (c.closes_on < today) return "closed";
      if (today < c.opens_on) return "upcoming";
      return "open";
  }
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Days left to comment, today included (1 on the last day); 0 outside the open period. */
export function daysLeft(c: Pick<Consultation, "status" | "opens_on" | "closes_on">, today: string): number {
  if (effectiveStatus(c, today) !== "open") return 0;
  return dayDiff(today, c.closes_on) + 1;
}

/** Length of the period in calendar days, both ends included. */
export function periodDays(opensOn: string, closesOn: string): number {
  return dayDiff(opensOn, closesOn) + 1;
}

export type PeriodProblem = { field: "opens_on" | "closes_on"; code: "closes_before_opens" };

/** Hard errors (refuse the form) and the soft short-period warning (shown to staff, saving allowed). */
export function checkPeriod(
  opensOn: string,
  closesOn: string,
): { errors: PeriodProblem[]; shortPeriod: boolean; days: number } {
  const days = periodDays(opensOn, closesOn);
  const errors: PeriodProblem[] =
    closesOn < opensOn ? [{ field: "closes_on", code: "closes_before_opens" }] : [];
  return { errors, shortPeriod: errors.length === 0 && days < MIN_PERIOD_DAYS, days };
}
