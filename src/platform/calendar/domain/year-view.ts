/** What the calendar page shows for one year, computed from the calendar so staff see exactly what deadlines use. */
import { dayOf, isoOf, isWeekend } from "./civil-date.js";
import type { Compensation, HolidayKey } from "./holidays.js";
import { type LunarDate, lunarOf } from "./lunar.js";
import type { WorkingCalendar } from "./working-calendar.js";

export type HolidayStatus = "off" | "offWeekend" | "overlap" | "overriddenWorking";

export interface HolidayRow {
  day: number;
  key: HolidayKey;
  lunar: LunarDate;
  status: HolidayStatus;
}

export interface CompensationRow extends Compensation {
  /** An announced change made it a working day after all. */
  overriddenWorking: boolean;
}

export interface YearView {
  year: number;
  holidays: HolidayRow[];
  compensations: CompensationRow[];
  /** Working days in the year, after every rule and change. */
  working: number;
  /** Monday–Friday days that are off. */
  weekdaysOff: number;
  /** Saturdays and Sundays that are working days. */
  makeUpDays: number;
}

export function yearView(calendar: WorkingCalendar, year: number): YearView {
  const plan = calendar.yearPlan(year);
  const seen = new Set<number>();
  const holidays = plan.holidays.map((h): HolidayRow => {
    const overlap = seen.has(h.day);
    seen.add(h.day);
    const working = calendar.isWorkingDay(isoOf(h.day));
    const status: HolidayStatus = working
      ? "overriddenWorking"
      : isWeekend(h.day)
        ? "offWeekend"
        : overlap
          ? "overlap"
          : "off";
    return { day: h.day, key: h.key, lunar: lunarOf(h.day), status };
  });
  const compensations = plan.compensations.map(
    (c): CompensationRow => ({ ...c, overriddenWorking: calendar.isWorkingDay(isoOf(c.day)) }),
  );
  let working = 0;
  let weekdaysOff = 0;
  let makeUpDays = 0;
  for (let d = dayOf(year, 1, 1); d <= dayOf(year, 12, 31); d++) {
    const isWorking = calendar.isWorkingDay(isoOf(d));
    if (isWorking) working++;
    if (!isWorking && !isWeekend(d)) weekdaysOff++;
    if (isWorking && isWeekend(d)) makeUpDays++;
  }
  return { year, holidays, compensations, working, weekdaysOff, makeUpDays };
}
