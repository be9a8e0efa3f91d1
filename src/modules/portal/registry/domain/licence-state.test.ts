import { describe, expect, it } from "vitest";
import { dayDiff, licenceState, reminderPlan } from "./licence-state.js";

describe("licenceState", () => {
  it("is missing without a number or an expiry date", () => {
    expect(licenceState(null, "2027-01-01", "2026-11-27")).toEqual({ state: "missing", daysLeft: null });
    expect(licenceState("12/GP-STTTT", null, "2026-11-27")).toEqual({ state: "missing", daysLeft: null });
  });
  it("is expiring within 30 days, the expiry day included, and expired the day after", () => {
    expect(licenceState("1/GP", "2026-12-28", "2026-11-27")).toEqual({ state: "valid", daysLeft: 31 });
    expect(licenceState("1/GP", "2026-12-27", "2026-11-27")).toEqual({ state: "expiring", daysLeft: 30 });
    expect(licenceState("1/GP", "2026-11-27", "2026-11-27")).toEqual({ state: "expiring", daysLeft: 0 });
    expect(licenceState("1/GP", "2026-11-26", "2026-11-27")).toEqual({ state: "expired", daysLeft: -1 });
  });
  it("counts days across months and leap years", () => {
    expect(dayDiff("2028-02-28", "2028-03-01")).toBe(2);
    expect(dayDiff("2026-12-31", "2027-01-01")).toBe(1);
  });
});

describe("reminderPlan", () => {
  it("schedules both reminders on their days when the expiry is far", () => {
    expect(reminderPlan("2027-06-30", "2026-11-27")).toEqual([
      { thresholdDays: 30, sendOn: "2027-05-31" },
      { thresholdDays: 7, sendOn: "2027-06-23" },
    ]);
  });
  it("sends the 30-day notice today when entered 20 days before expiry, the 7-day one later", () => {
    expect(reminderPlan("2026-12-17", "2026-11-27")).toEqual([
      { thresholdDays: 30, sendOn: "2026-11-27" },
      { thresholdDays: 7, sendOn: "2026-12-10" },
    ]);
  });
  it("sends only the 7-day notice when entered 5 days before expiry", () => {
    expect(reminderPlan("2026-12-02", "2026-11-27")).toEqual([{ thresholdDays: 7, sendOn: "2026-11-27" }]);
  });
  it("sends nothing for an expired licence", () => {
    expect(reminderPlan("2026-11-26", "2026-11-27")).toEqual([]);
  });
});
