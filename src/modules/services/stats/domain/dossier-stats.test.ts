import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCounts,
  COUNT_KEYS,
  computeStats,
  emptyCounts,
  type StatsCounts,
  type StatsDossier,
  totalsOf,
  vnDayOf,
} from "./dossier-stats.js";

const at = (s: string) => new Date(s.length === 10 ? `${s}T09:00:00+07:00` : s);

function dossier(p: Partial<StatsDossier> & { unitId?: string }): StatsDossier {
  return {
    unitId: "A",
    procedureId: "P1",
    field: "Hộ tịch",
    receivedAt: null,
    resolvedAt: null,
    endedAt: null,
    endKind: null,
    dueOn: null,
    receiptChannel: "counter",
    onlineClass: "partial",
    level: 2,
    paidAt: null,
    paidVia: null,
    ...p,
  };
}

const MARCH = { from: "2026-03-01", to: "2026-03-31" };

describe("dossier statistics (SPEC §B6)", () => {
  it("computes a hand-checked month: carried over, new, early / on time / late, in progress, withdrawn, rejected", () => {
    const rows: StatsDossier[] = [
      // Resolved before the period: not in it.
      dossier({ receivedAt: at("2026-02-10"), resolvedAt: at("2026-02-20"), dueOn: "2026-02-25" }),
      dossier({ receivedAt: at("2026-02-15"), resolvedAt: at("2026-03-05"), dueOn: "2026-03-06" }),
      dossier({
        receivedAt: at("2026-03-02"),
        resolvedAt: at("2026-03-10"),
        dueOn: "2026-03-10",
        receiptChannel: "online",
        onlineClass: "full",
        level: 4,
      }),
      // Resolved after the period: still in progress (overdue) at its end.
      dossier({ receivedAt: at("2026-03-03"), resolvedAt: at("2026-04-02"), dueOn: "2026-03-20" }),
      dossier({ receivedAt: at("2026-03-04"), dueOn: "2026-04-10", receiptChannel: "online" }),
      dossier({
        receivedAt: at("2026-02-01"),
        endedAt: at("2026-03-15"),
        endKind: "withdrawn",
        dueOn: "2026-03-01",
      }),
      // Refused at the desk without being received: not counted.
      dossier({ endedAt: at("2026-03-05"), endKind: "rejected" }),
      dossier({ receivedAt: at("2026-04-01"), dueOn: "2026-04-20" }),
      // Vietnamese days: 23:30 on 10/03 and 23:00 on 31/03 (UTC still the same day) count in March; 00:30 on 01/04 not.
      dossier({
        unitId: "B",
        receivedAt: at("2026-03-10T23:30:00+07:00"),
        resolvedAt: at("2026-03-31T23:00:00+07:00"),
        dueOn: "2026-03-30",
      }),
      dossier({ unitId: "B", receivedAt: at("2026-04-01T00:30:00+07:00"), dueOn: "2026-04-10" }),
      dossier({ unitId: "B", receivedAt: at("2026-02-27"), endedAt: at("2026-03-01"), endKind: "rejected" }),
      dossier({ unitId: "B", receivedAt: at("2026-01-05"), dueOn: "2026-02-01" }),
    ];
    const { groups, total } = computeStats(rows, MARCH, "unit");
    expect(groups.get("A")).toEqual({
      ...emptyCounts(),
      carried: 2,
      new: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      inProgressWithin: 1,
      inProgressOverdue: 1,
      withdrawn: 1,
      newOnline: 2,
      newFullOnline: 1,
      newLevel34: 1,
    });
    expect(groups.get("B")).toEqual({
      ...emptyCounts(),
      carried: 2,
      new: 1,
      resolvedLate: 1,
      inProgressOverdue: 1,
      rejected: 1,
    });
    const x = totalsOf(total);
    expect(x).toEqual({
      received: 8,
      resolved: 3,
      inProgress: 3,
      ended: 2,
      onTimeRate: 2 / 3,
      onlineShare: 2 / 4,
      fullOnlineShare: 1 / 4,
      paidOnlineShare: null,
    });
  });

  it("judges in progress at the period end: due on the last day is within time, the day before is overdue", () => {
    const rows = [
      dossier({ receivedAt: at("2026-03-02"), dueOn: "2026-03-31" }),
      dossier({ receivedAt: at("2026-03-02"), dueOn: "2026-03-30" }),
    ];
    const { total } = computeStats(rows, MARCH, "unit");
    expect(total.inProgressWithin).toBe(1);
    expect(total.inProgressOverdue).toBe(1);
    expect(totalsOf(emptyCounts()).onTimeRate).toBeNull();
  });

  it("groups by procedure and by field", () => {
    const rows = [
      dossier({ receivedAt: at("2026-03-02"), procedureId: "P1", field: "Hộ tịch" }),
      dossier({ receivedAt: at("2026-03-02"), procedureId: "P2", field: "Hộ tịch" }),
      dossier({ receivedAt: at("2026-03-02"), procedureId: "P3", field: "Đất đai" }),
    ];
    expect([...computeStats(rows, MARCH, "procedure").groups.keys()].sort()).toEqual(["P1", "P2", "P3"]);
    const byField = computeStats(rows, MARCH, "field").groups;
    expect(byField.get("Hộ tịch")?.new).toBe(2);
    expect(byField.get("Đất đai")?.new).toBe(1);
  });

  it("keeps the invariant carried + new = resolved + in progress + withdrawn/rejected over generated histories", () => {
    const DAY = 86_400_000;
    const base = Date.parse("2025-01-01T00:00:00Z");
    const history = fc
      .record({
        unitId: fc.constantFrom("A", "B", "C"),
        procedureId: fc.constantFrom("P1", "P2", "P3", "P4"),
        received: fc.option(fc.integer({ min: 0, max: 700 * 24 }), { nil: null }),
        // Hours after receipt (or after submission when never received) to the outcome.
        outcomeAfter: fc.integer({ min: 0, max: 200 * 24 }),
        outcome: fc.constantFrom("resolved", "withdrawn", "rejected", "open"),
        dueAfterDays: fc.integer({ min: 0, max: 60 }),
        channel: fc.constantFrom("online", "counter", "post"),
        onlineClass: fc.constantFrom("full", "partial", "none"),
        level: fc.integer({ min: 1, max: 4 }),
        paid: fc.constantFrom(null, "online", "counter"),
        paidAfter: fc.integer({ min: 0, max: 60 * 24 }),
      })
      .map((h): StatsDossier => {
        const received = h.received === null ? null : new Date(base + h.received * 3_600_000);
        const startMs = received ? received.getTime() : base + 10 * DAY;
        const outcomeAt = new Date(startMs + h.outcomeAfter * 3_600_000);
        return {
          unitId: h.unitId,
          procedureId: h.procedureId,
          field: h.procedureId === "P4" ? "Đất đai" : "Hộ tịch",
          receivedAt: received,
          resolvedAt: received && h.outcome === "resolved" ? outcomeAt : null,
          endedAt: h.outcome === "withdrawn" || h.outcome === "rejected" ? outcomeAt : null,
          endKind: h.outcome === "withdrawn" ? "withdrawn" : h.outcome === "rejected" ? "rejected" : null,
          dueOn: received ? vnDayOf(new Date(startMs + h.dueAfterDays * DAY)) : null,
          receiptChannel: h.channel as StatsDossier["receiptChannel"],
          onlineClass: h.onlineClass as StatsDossier["onlineClass"],
          level: h.level,
          paidAt: received && h.paid ? new Date(received.getTime() + h.paidAfter * 3_600_000) : null,
          paidVia: received && h.paid ? h.paid : null,
        };
      });
    const period = fc
      .tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 400 }))
      .map(([start, len]) => ({
        from: new Date(base + start * DAY).toISOString().slice(0, 10),
        to: new Date(base + (start + len) * DAY).toISOString().slice(0, 10),
      }));
    fc.assert(
      fc.property(
        fc.array(history, { maxLength: 80 }),
        period,
        fc.constantFrom("unit", "procedure", "field" as const),
        (rows, p, by) => {
          const { groups, total } = computeStats(rows, p, by);
          const holds = (c: StatsCounts) => {
            const x = totalsOf(c);
            return (
              x.received === x.resolved + x.inProgress + x.ended &&
              c.newOnline <= c.new &&
              c.newPaidOnline <= c.newPaid &&
              c.newPaid <= c.new
            );
          };
          expect(holds(total)).toBe(true);
          const sum = emptyCounts();
          for (const c of groups.values()) {
            expect(holds(c)).toBe(true);
            addCounts(sum, c);
          }
          for (const k of COUNT_KEYS) expect(sum[k]).toBe(total[k]);
          // A dossier never received never counts; every received one before the end is counted at most once.
          const received = rows.filter((r) => r.receivedAt && vnDayOf(r.receivedAt) <= p.to).length;
          expect(totalsOf(total).received).toBeLessThanOrEqual(received);
        },
      ),
      { numRuns: 300 },
    );
  });
});
