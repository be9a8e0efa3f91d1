import { describe, expect, it } from "vitest";
import { CalendarRangeError, createWorkingCalendar } from "./working-calendar.js";

/** An instant given in Vietnamese local time. */
const vn = (local: string) => new Date(`${local}:00+07:00`);
const CUTOFF_16H = { cutoffMinutes: 16 * 60 };

describe("due dates counted by hand", () => {
  const cal = createWorkingCalendar([], CUTOFF_16H);

  it("skips Tết 2026 (16–20/02): received Friday 13/02 morning, 3 working days → 25/02", () => {
    // Counting starts the next working day: 23/02 (1), 24/02 (2), 25/02 (3).
    expect(cal.addWorkingDays(vn("2026-02-13T09:00"), 3)).toBe("2026-02-25");
  });

  it("counts a receipt after 16:00 from the next working day: 13/02 at 16:30 → received 23/02 → due 26/02", () => {
    expect(cal.receiptDay(vn("2026-02-13T16:30"))).toBe("2026-02-23");
    expect(cal.addWorkingDays(vn("2026-02-13T16:30"), 3)).toBe("2026-02-26");
    expect(cal.addWorkingDays(vn("2026-02-13T15:59"), 3)).toBe("2026-02-25");
  });

  it("reads the instant in Vietnamese time: 12/02 at 23:30 UTC is Friday 13/02 at 06:30 there", () => {
    expect(cal.receiptDay(new Date("2026-02-12T23:30:00Z"))).toBe("2026-02-13");
  });

  it("skips Giỗ Tổ's compensation (27/04) and 30/04–01/05/2026: Friday 24/04, 5 days → 06/05", () => {
    // 28/04 (1), 29/04 (2), 04/05 (3), 05/05 (4), 06/05 (5).
    expect(cal.addWorkingDays(vn("2026-04-24T10:00"), 5)).toBe("2026-05-06");
    expect(cal.isWorkingDay("2026-04-27")).toBe(false);
    expect(cal.workingDaysBetween("2026-04-24", "2026-05-06")).toBe(5);
  });

  it("treats a receipt on a weekend as received the next working day", () => {
    expect(cal.receiptDay(vn("2026-02-21T08:00"))).toBe("2026-02-23");
    expect(cal.addWorkingDays(vn("2026-02-21T08:00"), 1)).toBe("2026-02-24");
    expect(cal.addWorkingDays(vn("2026-02-23T08:00"), 0)).toBe("2026-02-23");
  });

  it("without a cut-off hour every hour of a working day counts", () => {
    const open = createWorkingCalendar([], { cutoffMinutes: null });
    expect(open.addWorkingDays(vn("2026-02-13T23:59"), 3)).toBe("2026-02-25");
  });

  it("counts days left and days late", () => {
    expect(cal.daysLeft("2026-02-25", vn("2026-02-13T09:00"))).toBe(3);
    expect(cal.daysLeft("2026-02-25", vn("2026-02-25T17:00"))).toBe(0);
    expect(cal.daysLeft("2026-02-25", vn("2026-02-27T08:00"))).toBe(-2);
  });

  it("refuses counts and years it cannot answer for", () => {
    expect(() => cal.addWorkingDays(vn("2026-02-13T09:00"), -1)).toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays(vn("2026-02-13T09:00"), 1.5)).toThrow(CalendarRangeError);
    expect(() => cal.isWorkingDay("2200-01-02")).toThrow(CalendarRangeError);
    expect(() => cal.isWorkingDay("2026-02-30")).toThrow(CalendarRangeError);
  });
});

describe("the yearly announced changes", () => {
  // 2025: Thủ tướng agreed to give Friday 02/05 off in exchange for working Saturday 26/04.
  const swap = createWorkingCalendar(
    [
      { date: "2025-05-02", kind: "day_off" },
      { date: "2025-04-26", kind: "working_day" },
    ],
    CUTOFF_16H,
  );
  const plain = createWorkingCalendar([], CUTOFF_16H);

  it("moves due dates: Thursday 24/04/2025, 3 days → 29/04 by default, 28/04 with the make-up Saturday", () => {
    expect(plain.addWorkingDays(vn("2025-04-24T09:00"), 3)).toBe("2025-04-29");
    expect(swap.addWorkingDays(vn("2025-04-24T09:00"), 3)).toBe("2025-04-28");
    // 02/05 off: 29/04 (1), 05/05 (2) instead of 02/05.
    expect(plain.addWorkingDays(vn("2025-04-28T09:00"), 2)).toBe("2025-05-02");
    expect(swap.addWorkingDays(vn("2025-04-28T09:00"), 2)).toBe("2025-05-05");
  });

  it("can cancel a computed compensation day", () => {
    const cal = createWorkingCalendar([{ date: "2026-04-27", kind: "working_day" }], CUTOFF_16H);
    expect(cal.isWorkingDay("2026-04-27")).toBe(true);
  });
});
