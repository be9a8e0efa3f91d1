import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Breach, dutyStatus, findBreaches, type GapRule } from "./breaches.js";
import { addDays, dayDiff, earlierDay } from "./days.js";

const rule: GapRule = { maxGapDays: 7, remindDaysBefore: 2, startsOn: "2026-10-01" };
const october = { from: "2026-10-01", to: "2026-10-31" };

describe("findBreaches", () => {
  it("puts a person who never acted in breach from the rule's start", () => {
    expect(findBreaches(rule, [], october, "2026-11-27")).toEqual<Breach[]>([
      {
        lastActivity: null,
        dueOn: "2026-10-08",
        overdueFrom: "2026-10-09",
        resumedOn: null,
        daysOverdue: 23,
      },
    ]);
  });
  it("accepts exactly the maximum gap and flags one day more", () => {
    expect(
      findBreaches(rule, ["2026-10-08", "2026-10-15", "2026-10-22", "2026-10-29"], october, "2026-10-31"),
    ).toEqual([]);
    const late = findBreaches(
      rule,
      ["2026-10-05", "2026-10-13", "2026-10-20", "2026-10-27"],
      october,
      "2026-10-31",
    );
    expect(late).toEqual([
      {
        lastActivity: "2026-10-05",
        dueOn: "2026-10-12",
        overdueFrom: "2026-10-13",
        resumedOn: "2026-10-13",
        daysOverdue: 1,
      },
    ]);
  });
  it("ignores activity before the rule starts and days after today", () => {
    const r = findBreaches(rule, ["2026-09-30"], { from: "2026-10-01", to: "2026-12-31" }, "2026-10-10");
    expect(r).toHaveLength(1);
    expect(r[0]?.lastActivity).toBeNull();
    expect(r[0]?.resumedOn).toBeNull();
    expect(r[0]?.daysOverdue).toBe(2);
  });
  it("reports only gaps overlapping the period", () => {
    const days = ["2026-10-03", "2026-10-20", "2026-11-20"];
    const nov = findBreaches(rule, days, { from: "2026-11-01", to: "2026-11-30" }, "2026-11-30");
    expect(nov.map((b) => b.lastActivity)).toEqual(["2026-10-20", "2026-11-20"]);
  });

  it("marks exactly the days whose distance to the last activity (or the start) exceeds the rule", () => {
    const start = "2026-01-01";
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        fc.uniqueArray(fc.integer({ min: -5, max: 90 }), { maxLength: 25 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (gap, offsets, fromOff, len, todayOff) => {
          const r: GapRule = { maxGapDays: gap, remindDaysBefore: 1, startsOn: start };
          const days = offsets.map((o) => addDays(start, o));
          const period = { from: addDays(start, fromOff), to: addDays(start, fromOff + len) };
          const today = addDays(start, todayOff);
          const breaches = findBreaches(r, days, period, today);
          const flagged = new Set<string>();
          for (const b of breaches) {
            expect(b.overdueFrom).toBe(addDays(b.dueOn, 1));
            const last = b.resumedOn ? addDays(b.resumedOn, -1) : earlierDay(period.to, today);
            for (let d = b.overdueFrom; d <= last; d = addDays(d, 1)) flagged.add(d);
          }
          const end = earlierDay(period.to, today);
          // Brute force: a day is in breach when more than `gap` days passed since the last activity or the start.
          for (let d = period.from; d <= end; d = addDays(d, 1)) {
            if (d < start) continue;
            const past = days.filter((x) => x >= start && x <= d).sort();
            const anchor = past.length ? (past[past.length - 1] as string) : start;
            expect(flagged.has(d), `day ${d}`).toBe(dayDiff(anchor, d) > gap);
          }
        },
      ),
    );
  });
});

describe("dutyStatus", () => {
  it("is due maxGap days after the last activity, with a reminder window before", () => {
    expect(dutyStatus(rule, ["2026-10-20"], "2026-10-25")).toEqual({
      lastActivity: "2026-10-20",
      dueOn: "2026-10-27",
      remindOn: "2026-10-25",
      overdue: false,
      remindNow: true,
    });
    expect(dutyStatus(rule, ["2026-10-20"], "2026-10-28").overdue).toBe(true);
    expect(dutyStatus(rule, [], "2026-10-05")).toMatchObject({
      lastActivity: null,
      dueOn: "2026-10-08",
      remindNow: false,
    });
  });
});
