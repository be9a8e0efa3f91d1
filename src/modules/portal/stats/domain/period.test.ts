import { describe, expect, it } from "vitest";
import { periodSchema, resolvePeriod } from "./period.js";

const input = (q: Record<string, unknown>) => periodSchema.parse(q);

describe("resolvePeriod", () => {
  it("defaults to the last 30 days, today included", () => {
    expect(resolvePeriod(input({}), "2026-03-05")).toEqual({
      ok: true,
      from: "2026-02-04",
      to: "2026-03-05",
      siteId: null,
    });
  });

  it("takes the dates given, and defaults the start to 30 days before the end", () => {
    expect(resolvePeriod(input({ from: "01/02/2026", to: "28/02/2026" }), "2026-03-05")).toMatchObject({
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(resolvePeriod(input({ to: "31/01/2026" }), "2026-03-05")).toMatchObject({ from: "2026-01-02" });
  });

  it("refuses an end before the start and a period over 366 days", () => {
    expect(resolvePeriod(input({ from: "05/03/2026", to: "04/03/2026" }), "2026-03-05")).toEqual({
      ok: false,
      field: "to",
      problem: "dateOrder",
    });
    expect(resolvePeriod(input({ from: "01/01/2024", to: "05/03/2026" }), "2026-03-05")).toMatchObject({
      ok: false,
      problem: "tooLong",
    });
  });

  it("refuses malformed dates and site ids in the schema", () => {
    expect(periodSchema.safeParse({ from: "2026-03-05" }).success).toBe(false);
    expect(periodSchema.safeParse({ site: "'; drop table" }).success).toBe(false);
    expect(periodSchema.safeParse({ from: ["01/01/2026", "02/01/2026"] }).success).toBe(false);
  });
});
