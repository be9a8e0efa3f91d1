/**
 * Public holidays in Vietnam (Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 1), which also apply to civil
 * servants: 11 days a year. Tết and Quốc khánh are "decided each year by the Prime Minister" (Điều 112 khoản 3):
 * what is computed here is the usual choice, and the yearly notice is entered as overrides (see working-calendar).
 */
import { dayOf, isWeekend, weekdayOf } from "./civil-date.js";
import { solarOf, tetOf } from "./lunar.js";

export type HolidayKey = "new_year" | "tet" | "hung_kings" | "reunification" | "labour_day" | "national_day";

export interface Holiday {
  day: number;
  key: HolidayKey;
}

/** Statutory holiday days per year (Điều 112 khoản 1: 1 + 5 + 1 + 1 + 1 + 2). */
export const STATUTORY_HOLIDAY_COUNT = 11;

/** Giỗ Tổ Hùng Vương, 10/3 of the lunar year (never the leap third month). */
export function hungKingsOf(year: number): number {
  return solarOf({ day: 10, month: 3, year, leap: false }) as number;
}

/**
 * The day next to 2/9 that is also off. The law allows the day before or after; the government picks the one that
 * joins the holiday to a weekend (2021: Thu → 3/9, 2022: Fri → 1/9, 2023: Sat → 1/9, 2024: Mon → 3/9,
 * 2025: Tue → 1/9). For a Wednesday either is as good; the day before is taken, as for a Tuesday.
 */
export function nationalDayCompanionOf(year: number): number {
  const second = dayOf(year, 9, 2);
  const weekday = weekdayOf(second);
  // Sunday, Monday, Thursday: the day after is the working day next to the weekend side.
  return weekday === 0 || weekday === 1 || weekday === 4 ? second + 1 : second - 1;
}

/** The 11 statutory holiday days of a Gregorian year, in date order (a collision keeps both entries). */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = tetOf(year);
  const nationalDay = dayOf(year, 9, 2);
  const list: Holiday[] = [
    { day: dayOf(year, 1, 1), key: "new_year" },
    // The last day of the old lunar year (29 or 30 tháng Chạp) and the first four of the new one.
    ...[-1, 0, 1, 2, 3].map((i): Holiday => ({ day: tet + i, key: "tet" })),
    { day: hungKingsOf(year), key: "hung_kings" },
    { day: dayOf(year, 4, 30), key: "reunification" },
    { day: dayOf(year, 5, 1), key: "labour_day" },
    { day: nationalDay, key: "national_day" },
    { day: nationalDayCompanionOf(year), key: "national_day" },
  ];
  return list.sort((a, b) => a.day - b.day);
}

export interface Compensation {
  /** The day off given in compensation. */
  day: number;
  /** The holiday it makes up for. */
  forDay: number;
  key: HolidayKey;
  /** Why: the holiday fell on Saturday/Sunday, or on another holiday. */
  cause: "weekend" | "overlap";
}

/**
 * Compensatory days off (ngày nghỉ bù). A holiday on a Saturday or Sunday gives the next working day off (Bộ luật
 * Lao động 2019, Điều 111 khoản 3). Two holidays on one day (Giỗ Tổ on 30/4, as in 1947) are treated the same way,
 * so the year keeps its 11 days off. Holidays are taken in date order, so a weekend inside Tết pushes the
 * compensation past the end of Tết.
 */
export function compensations(holidays: readonly Holiday[]): Compensation[] {
  const off = new Set(holidays.map((h) => h.day));
  const seen = new Set<number>();
  const out: Compensation[] = [];
  for (const h of holidays) {
    const overlap = seen.has(h.day);
    seen.add(h.day);
    if (!overlap && !isWeekend(h.day)) continue;
    let day = h.day + 1;
    while (isWeekend(day) || off.has(day)) day++;
    off.add(day);
    out.push({ day, forDay: h.day, key: h.key, cause: overlap ? "overlap" : "weekend" });
  }
  return out;
}
