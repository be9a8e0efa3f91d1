import { describe, expect, it } from "vitest";
import { checkOverride, formatCutoff, parseCutoff } from "./override-input.js";
import { createWorkingCalendar } from "./working-calendar.js";

const plain = () => createWorkingCalendar([], { cutoffMinutes: null });
const form = (over: Partial<Record<"date" | "kind" | "reason" | "legal_basis", string>>) => ({
  date: "02/05/2025",
  kind: "day_off",
  reason: "Hoán đổi ngày làm việc",
  legal_basis: "",
  ...over,
});

describe("calendar form input", () => {
  it("accepts a day off on a working weekday, tidying the text", () => {
    const r = checkOverride(form({ date: "2/5/2025", reason: "  Hoán đổi\n ngày  làm việc " }), plain);
    expect(r).toEqual({
      ok: true,
      input: { day: "2025-05-02", kind: "day_off", reason: "Hoán đổi ngày làm việc", legalBasis: null },
    });
  });

  it("accepts a make-up Saturday and cancelling a holiday", () => {
    expect(checkOverride(form({ date: "26/04/2025", kind: "working_day" }), plain).ok).toBe(true);
    expect(checkOverride(form({ date: "30/04/2025", kind: "working_day" }), plain).ok).toBe(true);
  });

  it("names the field and the reason for each refusal", () => {
    const problems = (over: Parameters<typeof form>[0]) => {
      const r = checkOverride(form(over), plain);
      return r.ok ? {} : r.problems;
    };
    expect(problems({ date: "29/02/2025" })).toEqual({ date: "calendar.error.dateInvalid" });
    expect(problems({ date: "2025-05-02" })).toEqual({ date: "calendar.error.dateInvalid" });
    expect(problems({ date: "01/01/2200" })).toEqual({ date: "calendar.error.dateRange" });
    expect(problems({ date: "03/05/2025" })).toEqual({ date: "calendar.error.alreadyWeekend" });
    expect(problems({ date: "30/04/2025" })).toEqual({ date: "calendar.error.alreadyOff" });
    expect(problems({ date: "05/05/2025", kind: "working_day" })).toEqual({
      date: "calendar.error.alreadyWorking",
    });
    expect(problems({ kind: "" })).toEqual({ kind: "calendar.error.kindRequired" });
    expect(problems({ reason: " abc " })).toEqual({ reason: "calendar.error.reasonShort" });
    expect(problems({ legal_basis: "x".repeat(301) })).toEqual({
      legal_basis: "calendar.error.legalBasisLong",
    });
  });

  it("reads the cut-off hour as staff type it", () => {
    expect(parseCutoff("16:00")).toBe(960);
    expect(parseCutoff("16h")).toBe(960);
    expect(parseCutoff("15h30")).toBe(930);
    expect(parseCutoff("7:05")).toBe(425);
    expect(parseCutoff(" ")).toBeNull();
    for (const bad of ["24:00", "16:60", "16.00", "abc", "1600"]) expect(parseCutoff(bad)).toBeUndefined();
    expect(formatCutoff(425)).toBe("07:05");
    expect(formatCutoff(null)).toBe("");
  });
});
