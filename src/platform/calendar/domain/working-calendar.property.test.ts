import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, isoOf } from "./civil-date.js";
import { STATUTORY_HOLIDAY_COUNT, statutoryHolidays } from "./holidays.js";
import { type CalendarOverride, createWorkingCalendar } from "./working-calendar.js";

// Far enough from MIN_YEAR/MAX_YEAR that a long deadline stays inside the supported years.
const FIRST = dayOf(1990, 1, 1);
const LAST = dayOf(2150, 12, 31);

const instant = fc.date({
  min: new Date(Date.UTC(1990, 0, 1)),
  max: new Date(Date.UTC(2150, 0, 1)),
  noInvalidDate: true,
});
const isoDay = fc.integer({ min: FIRST, max: LAST }).map(isoOf);
const override = fc.record({
  date: isoDay,
  kind: fc.constantFrom("day_off", "working_day") as fc.Arbitrary<CalendarOverride["kind"]>,
});
/** Overrides clustered in a few years, so they actually meet the deadlines drawn near them. */
const nearOverrides = (around: Date) =>
  fc.array(
    fc.integer({ min: -60, max: 400 }).chain((offset) =>
      fc.constantFrom("day_off", "working_day").map(
        (kind): CalendarOverride => ({
          date: isoOf(Math.floor(around.getTime() / 86_400_000) + offset),
          kind: kind as CalendarOverride["kind"],
        }),
      ),
    ),
    { maxLength: 12 },
  );
const cutoff = fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: null });
const workingDays = fc.integer({ min: 0, max: 300 });

/** A start instant with overrides near it. */
const scenario = instant.chain((start) =>
  fc.record({
    start: fc.constant(start),
    overrides: fc.oneof(nearOverrides(start), fc.array(override, { maxLength: 5 })),
    cutoffMinutes: cutoff,
  }),
);

describe("working calendar properties", () => {
  it("a due date is a working day", () => {
    fc.assert(
      fc.property(scenario, workingDays, ({ start, overrides, cutoffMinutes }, n) => {
        const cal = createWorkingCalendar(overrides, { cutoffMinutes });
        expect(cal.isWorkingDay(cal.addWorkingDays(start, n))).toBe(true);
      }),
    );
  });

  it("counting the working days from receipt to due date gives back n", () => {
    fc.assert(
      fc.property(scenario, workingDays, ({ start, overrides, cutoffMinutes }, n) => {
        const cal = createWorkingCalendar(overrides, { cutoffMinutes });
        const due = cal.addWorkingDays(start, n);
        expect(cal.workingDaysBetween(cal.receiptDay(start), due)).toBe(n);
      }),
    );
  });

  it("for a receipt in office hours on a working day, workingDaysBetween(d, addWorkingDays(d, n)) = n", () => {
    fc.assert(
      fc.property(scenario, workingDays, ({ start, overrides }, n) => {
        const cal = createWorkingCalendar(overrides, { cutoffMinutes: null });
        fc.pre(cal.isWorkingDay(start));
        expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n))).toBe(n);
      }),
    );
  });

  it("more working days never give an earlier due date, and one more gives a later one", () => {
    fc.assert(
      fc.property(scenario, workingDays, workingDays, ({ start, overrides, cutoffMinutes }, a, b) => {
        const cal = createWorkingCalendar(overrides, { cutoffMinutes });
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingDays(start, lo) <= cal.addWorkingDays(start, hi)).toBe(true);
        expect(cal.addWorkingDays(start, lo) < cal.addWorkingDays(start, lo + 1)).toBe(true);
      }),
    );
  });

  it("adding a make-up working day never lengthens a due date; adding a day off never shortens one", () => {
    fc.assert(
      fc.property(
        scenario,
        workingDays,
        fc.integer({ min: -30, max: 400 }),
        ({ start, overrides, cutoffMinutes }, n, offset) => {
          const extra = isoOf(Math.floor(start.getTime() / 86_400_000) + offset);
          const base = createWorkingCalendar(overrides, { cutoffMinutes }).addWorkingDays(start, n);
          const more = createWorkingCalendar([...overrides, { date: extra, kind: "working_day" }], {
            cutoffMinutes,
          }).addWorkingDays(start, n);
          const fewer = createWorkingCalendar([...overrides, { date: extra, kind: "day_off" }], {
            cutoffMinutes,
          }).addWorkingDays(start, n);
          expect(more <= base).toBe(true);
          expect(fewer >= base).toBe(true);
        },
      ),
    );
  });

  it("workingDaysBetween is antisymmetric and adds up over consecutive spans", () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, fc.array(override, { maxLength: 5 }), (a, b, c, overrides) => {
        const cal = createWorkingCalendar(overrides, { cutoffMinutes: null });
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, a)).toBe(0);
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(
          cal.workingDaysBetween(a, c),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("every year has exactly the statutory number of holidays before compensations", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const holidays = statutoryHolidays(year);
        expect(holidays).toHaveLength(STATUTORY_HOLIDAY_COUNT);
        for (const h of holidays) {
          expect(h.day).toBeGreaterThanOrEqual(dayOf(year, 1, 1));
          expect(h.day).toBeLessThanOrEqual(dayOf(year, 12, 31));
        }
      }),
    );
  });

  it("without overrides a year gives every holiday off: weekday holidays plus compensations = 11 days off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
        const cal = createWorkingCalendar([], { cutoffMinutes: null });
        let weekdaysOff = 0;
        for (let d = dayOf(year, 1, 1); d <= dayOf(year, 12, 31); d++) {
          const w = (((d + 4) % 7) + 7) % 7;
          if (w !== 0 && w !== 6 && !cal.isWorkingDay(isoOf(d))) weekdaysOff++;
        }
        expect(weekdaysOff).toBe(STATUTORY_HOLIDAY_COUNT);
      }),
      { numRuns: 60 },
    );
  });
});
