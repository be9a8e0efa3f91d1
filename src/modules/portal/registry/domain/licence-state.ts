import { addDays } from "../../../../platform/calendar/vn-day.js";

export type LicenceState = "valid" | "expiring" | "expired" | "missing";

/** A licence is "expiring" from this many days before its expiry date (the first reminder goes out then too). */
export const EXPIRING_WITHIN_DAYS = 30;
/** Reminders before expiry, in days, furthest first. */
export const REMINDER_THRESHOLDS = [30, 7] as const;

const DAY_MS = 24 * 60 * 60_000;

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Where a site's licence stands on a Vietnamese day: missing (no number or no expiry date recorded), expired (the
 * expiry date is past), expiring (it ends within 30 days, today included), or valid.
 */
export function licenceState(
  licenceNumber: string | null,
  expiresOn: string | null,
  today: string,
): { state: LicenceState; daysLeft: number | null } {
  if (!licenceNumber || !expiresOn) return { state: "missing", daysLeft: null };
  const daysLeft = dayDiff(today, expiresOn);
  if (daysLeft < 0) return { state: "expired", daysLeft };
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return { state: "expiring", daysLeft };
  return { state: "valid", daysLeft };
}

export interface PlannedReminder {
  thresholdDays: number;
  /** The Vietnamese day it goes out. */
  sendOn: string;
}

/**
 * The reminders to schedule for an expiry date, seen from `today`: each threshold on its own day when that is still
 * ahead; when the licence was entered late (already inside a threshold), only the nearest passed threshold goes out
 * today — someone entering a licence that ends in 20 days gets the 30-day notice now and the 7-day one later, never
 * two notices at once. Nothing once the licence has expired.
 */
export function reminderPlan(expiresOn: string, today: string): PlannedReminder[] {
  if (dayDiff(today, expiresOn) < 0) return [];
  const plan: PlannedReminder[] = [];
  let caughtUp = false;
  const thresholds = [...REMINDER_THRESHOLDS].sort((a, b) => a - b);
  for (const threshold of thresholds) {
    const sendOn = addDays(expiresOn, -threshold);
    if (sendOn >= today) plan.push({ thresholdDays: threshold, sendOn });
    else if (!caughtUp) {
      plan.push({ thresholdDays: threshold, sendOn: today });
      caughtUp = true;
    }
  }
  return plan.sort((a, b) => b.thresholdDays - a.thresholdDays);
}
