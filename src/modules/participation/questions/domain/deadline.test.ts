import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../../../platform/calendar/index.js";
import { answerDueOn, deadlineFlag, deadlineLimits } from "./deadline.js";

// A fixed week in 2026 without holidays: Mon 2026-03-02 … Fri 2026-03-06, weekend 07–08.
const calendar = createWorkingCalendar([], { cutoffMinutes: null });
// 09:00 in Vietnam on the given day.
const at = (day: string) => new Date(`${day}T02:00:00Z`);

describe("question deadlines", () => {
  it("counts 10 working days from routing, skipping weekends", () => {
    // Routed Friday 06/03: due Friday 20/03 (two weekends skipped).
    expect(answerDueOn("business", at("2026-03-06"), calendar)).toBe("2026-03-20");
    // Routed on Saturday: counted from Monday 09/03, the day it counts as received.
    expect(answerDueOn("citizen", at("2026-03-07"), calendar)).toBe("2026-03-23");
  });

  it("skips holidays and announced changes", () => {
    // Hùng Kings' day 2026 falls on Sunday 26/04, so Monday 27/04 is off: 10 working days from 13/04 end on 28/04.
    expect(answerDueOn("feedback", at("2026-04-13"), calendar)).toBe("2026-04-28");
    const plain = Date.parse("2026-05-11");
    expect(Date.parse(answerDueOn("feedback", at("2026-04-27"), calendar))).toBeGreaterThan(plain);
    const withDayOff = createWorkingCalendar([{ date: "2026-03-09", kind: "day_off" }], {
      cutoffMinutes: null,
    });
    expect(answerDueOn("business", at("2026-03-06"), withDayOff)).toBe("2026-03-23");
  });

  it("flags due soon, overdue and waiting to be routed", () => {
    // Thursday 05/03: soon until Monday 09/03 (Fri, Mon = 2 working days).
    const limits = deadlineLimits(calendar, at("2026-03-05"));
    expect(limits.today).toBe("2026-03-05");
    expect(limits.soonUntil).toBe("2026-03-09");
    const open = (due_on: string) => ({ status: "routed" as const, due_on, created_at: at("2026-03-01") });
    expect(deadlineFlag(open("2026-03-04"), limits)).toBe("overdue");
    expect(deadlineFlag(open("2026-03-05"), limits)).toBe("soon");
    expect(deadlineFlag(open("2026-03-09"), limits)).toBe("soon");
    expect(deadlineFlag(open("2026-03-10"), limits)).toBeNull();
    expect(deadlineFlag({ ...open("2026-03-01"), status: "published" }, limits)).toBeNull();
    // Sent Monday 02/03: Tue, Wed, Thu = 3 working days waiting.
    const sent = (day: string) => ({ status: "submitted" as const, due_on: null, created_at: at(day) });
    expect(deadlineFlag(sent("2026-03-02"), limits)).toBe("waiting");
    expect(deadlineFlag(sent("2026-03-03"), limits)).toBeNull();
    // Sent on Friday evening, looked at on Wednesday: Mon, Tue, Wed.
    const wed = deadlineLimits(calendar, at("2026-03-11"));
    expect(deadlineFlag(sent("2026-03-06"), wed)).toBe("waiting");
    expect(deadlineFlag(sent("2026-03-09"), wed)).toBeNull();
  });
});
