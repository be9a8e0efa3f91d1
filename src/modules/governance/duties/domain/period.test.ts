import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./period.js";

describe("resolvePeriod", () => {
  it("defaults to the last 30 days", () => {
    expect(resolvePeriod("", "", "2026-11-27")).toEqual({ ok: true, from: "2026-10-29", to: "2026-11-27" });
  });
  it("reads dd/mm/yyyy and refuses bad, reversed or too long periods", () => {
    expect(resolvePeriod("1/11/2026", "30/11/2026", "2026-11-27")).toEqual({
      ok: true,
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(resolvePeriod("2026-11-01", "", "2026-11-27")).toEqual({
      ok: false,
      errors: { from: "duties.err.period" },
    });
    expect(resolvePeriod("30/11/2026", "01/11/2026", "2026-11-27")).toEqual({
      ok: false,
      errors: { to: "duties.err.order" },
    });
    expect(resolvePeriod("01/01/2025", "01/06/2026", "2026-11-27")).toEqual({
      ok: false,
      errors: { from: "duties.err.tooLongPeriod" },
    });
  });
});
