import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../../../platform/calendar/index.js";
import {
  type ClockColumns,
  checkApologyDate,
  clockPatch,
  daysLeftOf,
  lateness,
  needsApology,
  resolution,
  vnIsoDay,
} from "./clock.js";
import { type DossierState, nextState, TRANSITION_ACTIONS } from "./state-machine.js";

// 2026: Thursday 30/4 and Friday 1/5 are holidays; an announced day off on Wednesday 6/5.
const calendar = createWorkingCalendar([{ date: "2026-05-06", kind: "day_off" }], { cutoffMinutes: 16 * 60 });
/** An instant at hh:mm Vietnamese time. */
const vn = (day: string, hhmm = "09:00") => new Date(`${day}T${hhmm}:00+07:00`);

const fresh = (): ClockColumns & { state: DossierState } => ({
  state: "submitted",
  received_at: null,
  due_on: null,
  paused_at: null,
  paused_days_left: null,
  resolved_at: null,
  returned_at: null,
  ended_at: null,
  end_kind: null,
  end_reason: null,
});

describe("clock", () => {
  it("dates a receipt, pauses and resumes across holidays", () => {
    let d = { ...fresh(), ...clockPatch("receive", fresh(), vn("2026-04-27"), 5, calendar, null) };
    // Mon 27/4 is the day off for Hùng Kings' day (Sun 26/4), so the receipt counts from Tue 28/4:
    // 29, (30/4, 1/5 holidays, weekend) 4, 5, (6 announced off) 7, 8 → due Friday 8/5.
    expect(d.due_on).toBe("2026-05-08");
    expect(d.received_at).toEqual(vn("2026-04-27"));
    // After the cut-off hour the receipt counts from the next working day.
    expect(clockPatch("receive", fresh(), vn("2026-04-27", "16:30"), 1, calendar, null).due_on).toBe(
      "2026-04-29",
    );

    d = { ...d, ...clockPatch("request_supplement", d, vn("2026-04-29"), 5, calendar, "thiếu bản sao") };
    expect(d.paused_days_left).toBe(4); // 4/5, 5/5, 7/5, 8/5 left after 29/4
    expect(d.paused_at).toEqual(vn("2026-04-29"));
    d = { ...d, ...clockPatch("supplement", d, vn("2026-05-11"), 5, calendar, null) };
    expect(d.due_on).toBe("2026-05-15"); // Mon 11/5 + 4: 12, 13, 14, 15
    expect(d.paused_days_left).toBeNull();
    expect(d.paused_at).toBeNull();
  });

  it("gives at least one working day after a late supplement, and none before receipt", () => {
    const late = { ...fresh(), received_at: vn("2026-04-01"), due_on: "2026-04-03", paused_days_left: -2 };
    expect(clockPatch("supplement", late, vn("2026-04-09"), 5, calendar, null).due_on).toBe("2026-04-10");
    expect(
      clockPatch("supplement", { ...fresh(), paused_days_left: null }, vn("2026-04-09"), 5, calendar, null),
    ).toEqual({ due_on: null, paused_at: null, paused_days_left: null });
  });

  it("ends and resolves", () => {
    expect(clockPatch("reject", fresh(), vn("2026-04-09"), 5, calendar, "sai thẩm quyền")).toEqual({
      ended_at: vn("2026-04-09"),
      end_kind: "rejected",
      end_reason: "sai thẩm quyền",
    });
    expect(clockPatch("approve", fresh(), vn("2026-04-09"), 5, calendar, null)).toEqual({
      resolved_at: vn("2026-04-09"),
    });
    expect(clockPatch("return_result", fresh(), vn("2026-04-09"), 5, calendar, null)).toEqual({
      returned_at: vn("2026-04-09"),
    });
  });

  it("classifies early, on time and late by the Vietnamese day", () => {
    expect(resolution(vn("2026-05-06"), "2026-05-07")).toBe("early");
    expect(resolution(vn("2026-05-07", "23:30"), "2026-05-07")).toBe("on_time");
    expect(resolution(new Date("2026-05-07T17:30:00Z"), "2026-05-07")).toBe("late"); // 00:30 on 8/5 in Vietnam
    expect(vnIsoDay(new Date("2026-05-07T17:30:00Z"))).toBe("2026-05-08");
  });

  it("warns when due soon, flags overdue, freezes while paused", () => {
    const d = {
      ...fresh(),
      state: "processing" as const,
      received_at: vn("2026-04-27"),
      due_on: "2026-05-07",
    };
    expect(lateness(d, vn("2026-04-28"), calendar)).toBe("on_time");
    expect(lateness(d, vn("2026-05-05"), calendar)).toBe("due_soon"); // only 7/5 left
    expect(lateness(d, vn("2026-05-07"), calendar)).toBe("due_soon");
    expect(lateness(d, vn("2026-05-08"), calendar)).toBe("overdue");
    const paused = { ...d, state: "supplement_requested" as const, paused_days_left: 3 };
    expect(lateness(paused, vn("2026-06-30"), calendar)).toBe("on_time");
    expect(daysLeftOf(paused, vn("2026-06-30"), calendar)).toBe(3);
    expect(lateness({ ...d, resolved_at: vn("2026-05-08") }, vn("2026-05-20"), calendar)).toBe("overdue");
    expect(lateness({ ...d, resolved_at: vn("2026-05-07") }, vn("2026-05-20"), calendar)).toBe("on_time");
  });

  it("needs an apology when late, until a slip promises a date not yet passed", () => {
    const d = {
      ...fresh(),
      state: "result_ready" as const,
      received_at: vn("2026-04-27"),
      due_on: "2026-05-07",
      resolved_at: vn("2026-05-11"),
    };
    expect(needsApology(d, [], vn("2026-05-12"), calendar)).toBe(true);
    expect(
      needsApology(
        d,
        [{ previous_due_on: "2026-05-07", new_due_on: "2026-05-12" }],
        vn("2026-05-12"),
        calendar,
      ),
    ).toBe(false);
    // A promise already broken needs a new slip.
    expect(
      needsApology(
        d,
        [{ previous_due_on: "2026-05-07", new_due_on: "2026-05-08" }],
        vn("2026-05-12"),
        calendar,
      ),
    ).toBe(true);
    // A slip for an earlier due date (before a supplement moved it) does not count.
    expect(
      needsApology(
        d,
        [{ previous_due_on: "2026-05-04", new_due_on: "2026-05-20" }],
        vn("2026-05-12"),
        calendar,
      ),
    ).toBe(true);
    expect(needsApology({ ...d, resolved_at: vn("2026-05-07") }, [], vn("2026-05-20"), calendar)).toBe(false);
  });

  it("checks the apology's new date", () => {
    const now = vn("2026-05-08");
    expect(checkApologyDate("2026-05-08", "2026-05-07", now, calendar)).toBe(
      "lifecycle.apology.notAfterToday",
    );
    expect(checkApologyDate("2026-05-12", "2026-05-12", now, calendar)).toBe("lifecycle.apology.notAfterDue");
    expect(checkApologyDate("2026-05-09", "2026-05-07", now, calendar)).toBe(
      "lifecycle.apology.notWorkingDay",
    );
    expect(checkApologyDate("2026-05-11", "2026-05-07", now, calendar)).toBeNull();
  });

  it("property: the clock never runs in supplement_requested, and a resumed clock keeps the days left", () => {
    const cal = createWorkingCalendar([], { cutoffMinutes: null }, { years: { from: 2025, to: 2028 } });
    const start = vn("2026-01-05").getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...TRANSITION_ACTIONS), fc.integer({ min: 0, max: 10 })), {
          maxLength: 40,
        }),
        (days, steps) => {
          let d = { ...fresh(), assignee: false };
          let now = start;
          for (const [action, gap] of steps) {
            now += gap * 86_400_000;
            const at = new Date(now);
            const r = nextState(d.state, action, {
              received: d.received_at !== null,
              hasAssignee: d.assignee,
              requiresApproval: false,
            });
            if (!r.ok) continue;
            const before = d;
            d = { ...d, ...clockPatch(action, d, at, days, cal, "lý do"), state: r.state };
            if (action === "assign") d.assignee = true;
            if (before.state === "supplement_requested" && action === "supplement" && before.received_at) {
              expect(d.due_on).toBe(cal.addWorkingDays(at, Math.max(before.paused_days_left ?? 0, 1)));
            }
            if (d.state === "supplement_requested") {
              // Frozen: whatever day it is, the days left stay what they were when paused.
              const frozen = daysLeftOf(d, at, cal);
              expect(daysLeftOf(d, new Date(now + 30 * 86_400_000), cal)).toBe(frozen);
              expect(d.paused_at).not.toBeNull();
            } else if (d.state !== "withdrawn") {
              expect(d.paused_at).toBeNull();
            }
            if (d.received_at !== null) expect(d.due_on).not.toBeNull();
          }
        },
      ),
    );
  });
});
