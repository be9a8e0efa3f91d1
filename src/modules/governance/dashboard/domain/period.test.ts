import { describe, expect, it } from "vitest";
import { lastMonth, parseViDate, resolvePeriod, vnDay } from "./period.js";

describe("dashboard period", () => {
  it("defaults to the previous calendar month, across a year end too", () => {
    expect(lastMonth("2026-11-27")).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(lastMonth("2026-01-05")).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(resolvePeriod({}, "2026-03-10")).toEqual({ ok: true, from: "2026-02-01", to: "2026-02-28" });
  });

  it("reads dd/mm/yyyy and refuses impossible dates, reversed and over-long periods", () => {
    expect(parseViDate("29/02/2024")).toBe("2024-02-29");
    expect(parseViDate("29/02/2026")).toBeNull();
    expect(resolvePeriod({ from: "01/01/2018", to: "31/12/2018" }, "2026-11-27")).toEqual({
      ok: true,
      from: "2018-01-01",
      to: "2018-12-31",
    });
    expect(resolvePeriod({ from: "2018-01-01" }, "2026-11-27")).toEqual({
      ok: false,
      field: "from",
      problem: "dateFormat",
    });
    expect(resolvePeriod({ from: "10/10/2026", to: "01/10/2026" }, "2026-11-27")).toMatchObject({
      ok: false,
      problem: "dateOrder",
    });
    expect(resolvePeriod({ from: "01/01/2000", to: "01/01/2026" }, "2026-11-27")).toMatchObject({
      ok: false,
      problem: "tooLong",
    });
  });

  it("takes the day in Việt Nam", () => {
    expect(vnDay(new Date("2026-03-04T17:00:00Z"))).toBe("2026-03-05");
  });
});
