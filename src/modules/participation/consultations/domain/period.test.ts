import { describe, expect, it } from "vitest";
import { checkPeriod, daysLeft, effectiveStatus, MIN_PERIOD_DAYS } from "./period.js";

const c = { status: "published" as const, opens_on: "2026-03-10", closes_on: "2026-04-08" };

describe("effectiveStatus", () => {
  it("follows the dates while published", () => {
    expect(effectiveStatus(c, "2026-03-09")).toBe("upcoming");
    expect(effectiveStatus(c, "2026-03-10")).toBe("open");
    expect(effectiveStatus(c, "2026-04-08")).toBe("open");
    expect(effectiveStatus(c, "2026-04-09")).toBe("closed");
  });
  it("keeps draft, closed and concluded whatever the date", () => {
    expect(effectiveStatus({ ...c, status: "draft" }, "2026-03-20")).toBe("draft");
    expect(effectiveStatus({ ...c, status: "closed" }, "2026-03-20")).toBe("closed");
    expect(effectiveStatus({ ...c, status: "concluded" }, "2026-03-01")).toBe("concluded");
  });
});

describe("daysLeft", () => {
  it("counts today and is 1 on the last day", () => {
    expect(daysLeft(c, "2026-03-10")).toBe(30);
    expect(daysLeft(c, "2026-04-08")).toBe(1);
    expect(daysLeft(c, "2026-04-09")).toBe(0);
    expect(daysLeft(c, "2026-03-01")).toBe(0);
  });
});

describe("checkPeriod", () => {
  it("refuses a close before the opening", () => {
    expect(checkPeriod("2026-03-10", "2026-03-09").errors).toEqual([
      { field: "closes_on", code: "closes_before_opens" },
    ]);
  });
  it("warns below the minimum length, across a month end", () => {
    expect(checkPeriod("2026-02-20", "2026-03-10")).toEqual({ errors: [], shortPeriod: true, days: 19 });
    expect(checkPeriod("2026-02-20", "2026-03-11")).toEqual({
      errors: [],
      shortPeriod: false,
      days: MIN_PERIOD_DAYS,
    });
    expect(checkPeriod("2026-03-10", "2026-03-10").shortPeriod).toBe(true);
  });
});
