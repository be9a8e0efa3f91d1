import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../../../platform/calendar/index.js";
import type { Grant } from "../../../../platform/rbac/access.js";
import { DOSSIER_STATES, type DossierState } from "../../lifecycle/domain/state-machine.js";
import { filterInput, likeEscape, parseFilters } from "./filters.js";
import {
  bannerCounts,
  bannerParts,
  daysLeftOf,
  deadlineLimits,
  defaultQueue,
  inQueue,
  isDueSoon,
  isOverdue,
  needsApology,
  needsWarning,
  QUEUES,
  type QueueSubject,
  workspaceUnits,
} from "./queues.js";

const calendar = createWorkingCalendar([], { cutoffMinutes: null });
/** Wednesday 25/11/2026, 10:00 in Quảng Ngãi. */
const WED = new Date("2026-11-25T03:00:00Z");
/** Friday 27/11/2026, 10:00. */
const FRI = new Date("2026-11-27T03:00:00Z");

const d = (
  state: DossierState,
  due_on: string | null,
  apology_due_on: string | null = null,
): QueueSubject => ({
  state,
  due_on,
  apology_due_on,
});

describe("deadline limits", () => {
  it("puts the soon limit at the second working day after today", () => {
    expect(deadlineLimits(calendar, WED)).toEqual({ today: "2026-11-25", soonBefore: "2026-11-27" });
    // Over a weekend: Monday is the first working day, Tuesday the second.
    expect(deadlineLimits(calendar, FRI)).toEqual({ today: "2026-11-27", soonBefore: "2026-12-01" });
  });

  it("skips the announced days off", () => {
    const cal = createWorkingCalendar([{ date: "2026-11-26", kind: "day_off" }], { cutoffMinutes: null });
    expect(deadlineLimits(cal, WED).soonBefore).toBe("2026-11-30");
  });

  it("uses the Vietnamese day (UTC+7), not the UTC one", () => {
    // 18:00 UTC on Tuesday is already Wednesday 01:00 in Vietnam.
    expect(deadlineLimits(calendar, new Date("2026-11-24T18:00:00Z")).today).toBe("2026-11-25");
  });
});

describe("queue predicates", () => {
  const limits = deadlineLimits(calendar, FRI);

  it("calls a running dossier due today, on the weekend or next working day 'soon', and one due yesterday overdue", () => {
    expect(isDueSoon(d("processing", "2026-11-27"), limits)).toBe(true);
    expect(isDueSoon(d("received", "2026-11-28"), limits)).toBe(true);
    expect(isDueSoon(d("awaiting_approval", "2026-11-30"), limits)).toBe(true);
    expect(isDueSoon(d("processing", "2026-12-01"), limits)).toBe(false);
    expect(isDueSoon(d("processing", "2026-11-26"), limits)).toBe(false);
    expect(isOverdue(d("processing", "2026-11-26"), limits)).toBe(true);
    expect(isOverdue(d("processing", "2026-11-27"), limits)).toBe(false);
  });

  it("never calls a paused, finished or resolved dossier soon or overdue", () => {
    for (const state of [
      "supplement_requested",
      "result_ready",
      "returned",
      "rejected",
      "withdrawn",
      "submitted",
    ] as const) {
      expect(isDueSoon(d(state, "2026-11-27"), limits), state).toBe(false);
      expect(isOverdue(d(state, "2026-01-01"), limits), state).toBe(false);
    }
  });

  it("asks for an apology slip unless one promises a day from today on", () => {
    expect(needsApology(d("processing", "2026-11-20"), limits)).toBe(true);
    expect(needsApology(d("processing", "2026-11-20", "2026-12-04"), limits)).toBe(false);
    expect(needsApology(d("processing", "2026-11-20", "2026-11-27"), limits)).toBe(false);
    expect(needsApology(d("processing", "2026-11-20", "2026-11-26"), limits)).toBe(true);
    expect(needsApology(d("processing", "2026-11-30"), limits)).toBe(false);
  });

  it("puts every state in exactly one state queue", () => {
    const stateQueues = QUEUES.filter((q) => q !== "soon" && q !== "overdue");
    for (const state of DOSSIER_STATES) {
      const holding = stateQueues.filter((q) => inQueue(q, d(state, null), limits));
      expect(holding, state).toHaveLength(1);
    }
    expect(inQueue("supplement", d("supplement_requested", null), limits)).toBe(true);
    expect(inQueue("approval", d("awaiting_approval", null), limits)).toBe(true);
    expect(inQueue("done", d("withdrawn", null), limits)).toBe(true);
    expect(inQueue("soon", d("processing", "2026-11-30"), limits)).toBe(true);
    expect(inQueue("overdue", d("processing", "2026-11-30"), limits)).toBe(false);
  });

  it("warns about a dossier soon due or overdue without apology, once", () => {
    expect(needsWarning(d("processing", "2026-11-27"), limits)).toBe("soon");
    expect(needsWarning(d("processing", "2026-11-02"), limits)).toBe("overdue");
    expect(needsWarning(d("processing", "2026-11-02", "2026-12-10"), limits)).toBeNull();
    expect(needsWarning(d("processing", "2026-12-10"), limits)).toBeNull();
  });
});

describe("banner", () => {
  const limits = deadlineLimits(calendar, WED);
  it("counts soon and overdue-without-apology dossiers and words them", () => {
    const counts = bannerCounts(
      [
        d("processing", "2026-11-25"),
        d("received", "2026-11-26"),
        d("awaiting_approval", "2026-11-26"),
        d("processing", "2026-11-27"),
        d("processing", "2026-11-20"),
        d("processing", "2026-11-20", "2026-12-01"),
        d("supplement_requested", "2026-11-20"),
        d("result_ready", "2026-11-20"),
      ],
      limits,
    );
    expect(counts).toEqual({ soon: 3, overdueWithoutApology: 1 });
    const tr = (key: string, p: Record<string, number>) => `${key}:${p.count}`;
    expect(bannerParts(counts, tr)).toEqual(["workspace.banner.soon:3", "workspace.banner.overdue:1"]);
    expect(bannerParts({ soon: 0, overdueWithoutApology: 0 }, tr)).toEqual([]);
    expect(bannerParts({ soon: 0, overdueWithoutApology: 2 }, tr)).toEqual(["workspace.banner.overdue:2"]);
  });
});

describe("days left", () => {
  it("counts working days while the clock runs, keeps the paused days, and shows nothing otherwise", () => {
    const row = (state: DossierState, due: string | null, paused: number | null = null) => ({
      ...d(state, due),
      paused_days_left: paused,
    });
    expect(daysLeftOf(row("processing", "2026-12-01"), calendar, FRI)).toEqual({ kind: "running", days: 2 });
    expect(daysLeftOf(row("processing", "2026-11-27"), calendar, FRI)).toEqual({ kind: "running", days: 0 });
    expect(daysLeftOf(row("processing", "2026-11-25"), calendar, FRI)).toEqual({ kind: "running", days: -2 });
    expect(daysLeftOf(row("supplement_requested", null, 3), calendar, FRI)).toEqual({
      kind: "paused",
      days: 3,
    });
    expect(daysLeftOf(row("result_ready", "2026-11-25"), calendar, FRI)).toBeNull();
    expect(daysLeftOf(row("submitted", null), calendar, FRI)).toBeNull();
  });
});

describe("default queue and scope", () => {
  const g = (role: Grant["role"], unitId: string | null = "u1"): Grant => ({ role, unitId, siteId: null });
  it("lands the counter on submissions, the leader on approvals, the specialist on their own work", () => {
    expect(defaultQueue([g("one_stop_officer")])).toEqual({ queue: "submitted", mine: false });
    expect(defaultQueue([g("leader")])).toEqual({ queue: "approval", mine: false });
    expect(defaultQueue([g("specialist")])).toEqual({ queue: "processing", mine: true });
    expect(defaultQueue([g("specialist"), g("one_stop_officer")])).toEqual({
      queue: "submitted",
      mine: false,
    });
  });

  it("scopes to the units of the workspace roles, or everything for a system administrator", () => {
    expect(workspaceUnits([g("specialist", "u1"), g("leader", "u2"), g("editor", "u3")])).toEqual([
      "u1",
      "u2",
    ]);
    expect(workspaceUnits([g("specialist", "u1"), g("system_admin", null)])).toBe("all");
    expect(workspaceUnits([{ role: "editor", unitId: null, siteId: "s1" }])).toEqual([]);
  });
});

describe("filters", () => {
  it("reads the filters, dates as dd/mm/yyyy", () => {
    const r = parseFilters({
      tab: "overdue",
      procedure: "0190A0B0-0000-7000-8000-000000000001",
      field: "Hộ tịch",
      channel: "post",
      assignee: "me",
      from: "1/11/2026",
      to: "30/11/2026",
      q: "nguyen",
      page: "2",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.filters).toEqual({
      queue: "overdue",
      procedureId: "0190a0b0-0000-7000-8000-000000000001",
      field: "Hộ tịch",
      channel: "post",
      assignee: { kind: "me" },
      from: "2026-11-01",
      to: "2026-11-30",
      q: "nguyen",
      page: 2,
    });
  });

  it("refuses bad values field by field, keeping what was typed", () => {
    const r = parseFilters({
      tab: "x",
      channel: "fax",
      from: "31/02/2026",
      to: "01/01/2026",
      page: "0",
      assignee: "y",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.problems).sort()).toEqual(["assignee", "channel", "from", "page", "tab"]);
    expect(r.problems.from?.key).toBe("workspace.err.date");
    expect(r.input.from).toBe("31/02/2026");
    const order = parseFilters({ from: "02/01/2026", to: "01/01/2026" });
    expect(order.ok ? null : order.problems.to?.key).toBe("workspace.err.dateOrder");
  });

  it("ignores repeated keys and blanks, and escapes LIKE wildcards", () => {
    expect(filterInput({ q: ["a", "b"], field: "  ", tab: "done" })).toEqual({ tab: "done" });
    expect(likeEscape("50%_a\\b")).toBe("50\\%\\_a\\\\b");
  });
});
