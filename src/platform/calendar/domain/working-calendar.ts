/**
 * Working days for deadlines (SPEC §B3): Monday–Friday, less public holidays and their compensatory days, adjusted by
 * the days the government announces each year (extra days off, make-up working Saturdays). Pure: the overrides and
 * settings come in as arguments, so modules and tests get the same answers without a database.
 */
import { type IsoDate, isoOf, isWeekend, parseIso, vnDayOf, vnMinutesOf, yearOf } from "./civil-date.js";
import { type Compensation, compensations, type Holiday, statutoryHolidays } from "./holidays.js";

export type OverrideKind = "day_off" | "working_day";

/** One announced change: a day off that would be a working day, or a working day that would be off. */
export interface CalendarOverride {
  date: IsoDate;
  kind: OverrideKind;
}

export interface CalendarSettings {
  /**
   * Giờ tiếp nhận: minutes after midnight (Vietnamese time) from which a dossier received that day counts as
   * received on the next working day; null when every hour of a working day counts.
   */
  cutoffMinutes: number | null;
}

/** Years the lunar algorithm has been checked for; the statutory holidays exist for any year, but are not trusted. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** A longest deadline (about 40 years of working days), so a wrong n fails at once instead of looping for long. */
export const MAX_WORKING_DAYS = 10_000;

export interface YearPlan {
  year: number;
  holidays: Holiday[];
  compensations: Compensation[];
}

export interface WorkingCalendar {
  readonly settings: CalendarSettings;
  /** A day ("2026-02-17") or the Vietnamese day an instant falls in. */
  isWorkingDay(date: Date | IsoDate): boolean;
  /** The working day a receipt at this instant counts as (the same day, or the next one after hours or on a day off). */
  receiptDay(at: Date): IsoDate;
  /** Due date of a dossier received at `start` with `n` working days to process: counted from the next working day. */
  addWorkingDays(start: Date, n: number): IsoDate;
  /** Working days after day `a` up to and including day `b`; negative when b is before a. */
  workingDaysBetween(a: Date | IsoDate, b: Date | IsoDate): number;
  /** Working days left until `due` (0: due today; negative: that many working days late). */
  daysLeft(due: Date | IsoDate, now: Date): number;
  /** The computed holidays and compensatory days of a year, before overrides (for staff to check). */
  yearPlan(year: number): YearPlan;
}

export class CalendarRangeError extends RangeError {}

function dayNumber(date: Date | IsoDate): number {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new CalendarRangeError("Invalid date");
    return vnDayOf(date);
  }
  const n = parseIso(date);
  if (n === null) throw new CalendarRangeError(`Not a date: ${date}`);
  return n;
}

export interface CalendarOptions {
  /** The years whose overrides were given; a day outside them throws instead of ignoring that year's notice. */
  years?: { from: number; to: number };
}

export function createWorkingCalendar(
  overrides: readonly CalendarOverride[],
  settings: CalendarSettings,
  options: CalendarOptions = {},
): WorkingCalendar {
  const from = Math.max(MIN_YEAR, options.years?.from ?? MIN_YEAR);
  const to = Math.min(MAX_YEAR, options.years?.to ?? MAX_YEAR);
  function checkYear(year: number): void {
    if (year < from || year > to) throw new CalendarRangeError(`Year ${year} is outside ${from}–${to}`);
  }

  const forced = new Map<number, OverrideKind>();
  for (const o of overrides) {
    const n = parseIso(o.date);
    if (n !== null) forced.set(n, o.kind);
  }
  const plans = new Map<number, YearPlan & { off: Set<number> }>();

  function plan(year: number) {
    checkYear(year);
    let p = plans.get(year);
    if (!p) {
      const holidays = statutoryHolidays(year);
      const comps = compensations(holidays);
      p = {
        year,
        holidays,
        compensations: comps,
        off: new Set([...holidays.map((h) => h.day), ...comps.map((c) => c.day)]),
      };
      plans.set(year, p);
    }
    return p;
  }

  function working(day: number): boolean {
    // Compensations stay inside the holiday's own year (the last holiday is in early September).
    const { off } = plan(yearOf(day));
    const kind = forced.get(day);
    if (kind) return kind === "working_day";
    return !isWeekend(day) && !off.has(day);
  }

  function nextWorking(day: number): number {
    let d = day + 1;
    while (!working(d)) d++;
    return d;
  }

  function receipt(at: Date): number {
    const day = dayNumber(at);
    const late = settings.cutoffMinutes !== null && vnMinutesOf(at) >= settings.cutoffMinutes;
    return working(day) && !late ? day : nextWorking(day);
  }

  function between(a: number, b: number): number {
    const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let d = from + 1; d <= to; d++) if (working(d)) count++;
    return count === 0 ? 0 : sign * count;
  }

  return {
    settings,
    isWorkingDay: (date) => working(dayNumber(date)),
    receiptDay: (at) => isoOf(receipt(at)),
    addWorkingDays(start, n) {
      if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
        throw new CalendarRangeError(`Working days must be an integer from 0 to ${MAX_WORKING_DAYS}: ${n}`);
      }
      let day = receipt(start);
      for (let i = 0; i < n; i++) day = nextWorking(day);
      return isoOf(day);
    },
    workingDaysBetween: (a, b) => between(dayNumber(a), dayNumber(b)),
    daysLeft: (due, now) => between(vnDayOf(now), dayNumber(due)),
    yearPlan(year) {
      const { off: _off, ...rest } = plan(year);
      return rest;
    },
  };
}
