import { describe, expect, it } from "vitest";
import { formatMonth, monthBounds, monthOf, parseMonth, parseViDay, vnDayOf } from "./month.js";

describe("sheet month", () => {
  it("reads mm/yyyy with or without a leading zero", () => {
    expect(parseMonth("11/2026")).toEqual({ ok: true, value: { year: 2026, month: 11 } });
    expect(parseMonth(" 3/2025 ")).toEqual({ ok: true, value: { year: 2025, month: 3 } });
  });

  it("refuses other shapes and impossible months", () => {
    expect(parseMonth("2026-11")).toEqual({ ok: false, problem: "format" });
    expect(parseMonth("tháng 11")).toEqual({ ok: false, problem: "format" });
    expect(parseMonth("13/2026")).toEqual({ ok: false, problem: "range" });
    expect(parseMonth("00/2026")).toEqual({ ok: false, problem: "range" });
    expect(parseMonth("01/1999")).toEqual({ ok: false, problem: "range" });
  });

  it("bounds a month at Vietnamese midnight", () => {
    const { from, to } = monthBounds({ year: 2026, month: 12 });
    expect(from.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(to.toISOString()).toBe("2026-12-31T17:00:00.000Z");
    expect(formatMonth({ year: 2026, month: 3 })).toBe("03/2026");
  });

  it("places a moment in Vietnam's month and day, not UTC's", () => {
    const lateUtc = new Date("2026-10-31T18:30:00Z"); // 01:30 on 1/11 in Hà Nội
    expect(monthOf(lateUtc)).toEqual({ year: 2026, month: 11 });
    expect(vnDayOf(lateUtc)).toBe("2026-11-01");
  });

  it("reads dd/mm/yyyy dates and refuses impossible ones", () => {
    expect(parseViDay("01/01/2026")).toBe("2026-01-01");
    expect(parseViDay("29/02/2027")).toBeNull();
    expect(parseViDay("2026-01-01")).toBeNull();
  });
});
