import { describe, expect, it } from "vitest";
import { presetPeriod, resolveStatsQuery } from "./period.js";

const blank = { from: "", to: "", preset: "", by: "", unit: "" };

describe("statistics period", () => {
  it("resolves presets against today, ending today for the current period", () => {
    expect(presetPeriod("month", "2026-11-27")).toEqual({ from: "2026-11-01", to: "2026-11-27" });
    expect(presetPeriod("quarter", "2026-11-27")).toEqual({ from: "2026-10-01", to: "2026-11-27" });
    expect(presetPeriod("quarter", "2026-02-10")).toEqual({ from: "2026-01-01", to: "2026-02-10" });
    expect(presetPeriod("year", "2026-11-27")).toEqual({ from: "2026-01-01", to: "2026-11-27" });
    expect(presetPeriod("lastYear", "2026-11-27")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("takes typed dates over the preset, defaults to this year by unit", () => {
    expect(resolveStatsQuery(blank, "2026-05-02")).toEqual({
      ok: true,
      from: "2026-01-01",
      to: "2026-05-02",
      by: "unit",
      unitId: null,
    });
    const r = resolveStatsQuery(
      { ...blank, from: "1/3/2026", to: "31/03/2026", preset: "lastYear", by: "field" },
      "2026-05-02",
    );
    expect(r).toMatchObject({ ok: true, from: "2026-03-01", to: "2026-03-31", by: "field" });
  });

  it("refuses bad dates, reversed or too long periods, unknown grouping and units", () => {
    expect(resolveStatsQuery({ ...blank, from: "31/02/2026" }, "2026-05-02")).toEqual({
      ok: false,
      errors: { from: "servicesStats.errors.dateFormat" },
    });
    expect(resolveStatsQuery({ ...blank, from: "01/04/2026", to: "01/03/2026" }, "2026-05-02")).toMatchObject(
      {
        ok: false,
        errors: { to: "servicesStats.errors.dateOrder" },
      },
    );
    expect(resolveStatsQuery({ ...blank, from: "01/01/2010", to: "01/03/2026" }, "2026-05-02")).toMatchObject(
      {
        ok: false,
        errors: { from: "servicesStats.errors.tooLong" },
      },
    );
    expect(resolveStatsQuery({ ...blank, by: "staff", unit: "x" }, "2026-05-02")).toMatchObject({
      ok: false,
      errors: { by: "servicesStats.errors.by", unit: "servicesStats.errors.unit" },
    });
  });
});
