import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "../../../platform/calendar/index.js";
import {
  DOSSIER_STATES,
  type DossierAction,
  type DossierState,
  isTransitionAction,
  nextState,
} from "../lifecycle/domain/state-machine.js";
import { assignCodes, type PlanInput, planDossiers, vnDay } from "./plan.js";

const calendar = createWorkingCalendar([], { cutoffMinutes: null });

/** The transitions of the common brief: action → allowed from-states and the to-states it may give. */
const ALLOWED: Record<DossierAction, { from: (DossierState | null)[]; to: DossierState[] }> = {
  submit: { from: [null], to: ["submitted"] },
  receive: { from: ["submitted"], to: ["received"] },
  request_supplement: { from: ["submitted", "received", "processing"], to: ["supplement_requested"] },
  supplement: { from: ["supplement_requested"], to: ["submitted", "processing", "received"] },
  reject: { from: ["submitted", "received", "processing"], to: ["rejected"] },
  assign: { from: ["received", "processing"], to: ["processing"] },
  transfer: { from: ["processing"], to: ["processing"] },
  submit_for_approval: { from: ["processing"], to: ["awaiting_approval"] },
  approve: { from: ["awaiting_approval"], to: ["result_ready"] },
  send_back: { from: ["awaiting_approval"], to: ["processing"] },
  result_ready: { from: ["processing"], to: ["result_ready"] },
  return_result: { from: ["result_ready"], to: ["returned"] },
  withdraw: { from: ["submitted", "received", "supplement_requested", "processing"], to: ["withdrawn"] },
  // Not a change of state: the apology slip in the history.
  apology: {
    from: ["received", "processing", "awaiting_approval"],
    to: ["received", "processing", "awaiting_approval"],
  },
};

function input(over: Partial<PlanInput> = {}): PlanInput {
  const unit = (id: string, code: string, staff: boolean) => ({
    id,
    identifierCode: code,
    officerId: staff ? `${id}-officer` : null,
    specialistId: staff ? `${id}-specialist` : null,
    leaderId: staff ? `${id}-leader` : null,
  });
  return {
    seed: 7,
    count: 1500,
    procedures: [
      {
        id: "p1",
        unitId: "stp",
        processingDays: 5,
        onlineClass: "full",
        postalReturn: true,
        leaderStep: true,
      },
      {
        id: "p2",
        unitId: "stp",
        processingDays: 0,
        onlineClass: "partial",
        postalReturn: false,
        leaderStep: false,
      },
      {
        id: "p3",
        unitId: "bato",
        processingDays: 15,
        onlineClass: "none",
        postalReturn: true,
        leaderStep: true,
      },
    ],
    units: new Map([
      ["stp", unit("stp", "000.00.11.H48", true)],
      ["bato", unit("bato", "000.00.31.H48", false)],
    ]),
    citizens: [
      {
        id: "c1",
        fullName: "Nguyễn Văn An",
        phone: "0905000001",
        email: null,
        idNumber: null,
        address: null,
      },
    ],
    calendar,
    now: new Date("2026-11-27T10:00:00+07:00"),
    idOf: (kind, i) => `${kind}-${i}`,
    ...over,
  };
}

describe("demo dossier plan", () => {
  const plan = planDossiers(input());
  assignCodes(plan);

  it("is deterministic and differs with the seed", () => {
    const again = planDossiers(input());
    assignCodes(again);
    expect(again.map((d) => [d.code, d.state, d.events.length])).toEqual(
      plan.map((d) => [d.code, d.state, d.events.length]),
    );
    const other = planDossiers(input({ seed: 8 }));
    expect(other.map((d) => d.state)).not.toEqual(plan.map((d) => d.state));
  });

  it("has dossiers in every state", () => {
    const states = new Set(plan.map((d) => d.state));
    expect([...states].sort()).toEqual([...DOSSIER_STATES].sort());
  });

  it("follows the lifecycle: legal transitions, times in order, all before today", () => {
    const cutoff = new Date("2026-11-27T00:00:00+07:00");
    for (const d of plan) {
      let state: DossierState | null = null;
      let last = 0;
      for (const e of d.events) {
        const rule = ALLOWED[e.action];
        expect(rule.from, `${d.code} ${e.action} from ${state}`).toContain(state);
        expect(e.from_state).toBe(state);
        expect(rule.to).toContain(e.to_state);
        if (e.action === "apology") expect(e.to_state).toBe(state);
        else if (e.action !== "submit" && isTransitionAction(e.action)) {
          // The lifecycle's own state machine agrees with every step.
          const next = nextState(state as DossierState, e.action, {
            received: d.events.some((x) => x.action === "receive" && x.at < e.at),
            hasAssignee: true,
            requiresApproval: e.action === "approve" || d.events.some((x) => x.action === "approve"),
          });
          expect(next.ok, `${d.code} ${e.action}`).toBe(true);
        }
        expect(e.at.getTime()).toBeGreaterThan(last);
        expect(e.at.getTime()).toBeLessThan(cutoff.getTime());
        last = e.at.getTime();
        state = e.to_state;
      }
      expect(state).toBe(d.state);
    }
  });

  it("sets the clock columns by the rules", () => {
    for (const d of plan) {
      const receive = d.events.find((e) => e.action === "receive");
      if (receive) {
        expect(d.receivedAt).toEqual(receive.at);
        const procedure = input().procedures.find((p) => p.id === d.procedureId);
        expect(receive.due_on).toBe(calendar.addWorkingDays(receive.at, procedure?.processingDays ?? -1));
        const supplement = d.events.findLast((e) => e.action === "supplement");
        expect(d.dueOn).toBe(supplement ? supplement.due_on : receive.due_on);
      } else {
        expect(d.receivedAt).toBeNull();
        expect(d.dueOn).toBeNull();
      }
      if (d.state === "supplement_requested") expect(d.pausedAt).not.toBeNull();
      else if (d.state !== "withdrawn") expect(d.pausedAt).toBeNull();
      expect(d.resolvedAt !== null).toBe(d.state === "result_ready" || d.state === "returned");
      expect(d.returnedAt !== null).toBe(d.state === "returned");
      expect(d.endedAt !== null).toBe(d.state === "rejected" || d.state === "withdrawn");
      if (d.endKind) expect(d.endKind).toBe(d.state);
      for (const a of d.apologies) {
        expect(a.new_due_on > a.previous_due_on).toBe(true);
        expect(d.apologyDueOn).toBe(a.new_due_on);
      }
      expect(d.events.filter((e) => e.action === "apology").length).toBe(d.apologies.length);
    }
    const resolved = plan.filter((d) => d.resolvedAt && d.dueOn);
    const early = resolved.filter((d) => vnDay(d.resolvedAt as Date) < (d.dueOn as string)).length;
    const late = resolved.filter((d) => vnDay(d.resolvedAt as Date) > (d.dueOn as string)).length;
    expect(early).toBeGreaterThan(0);
    expect(late).toBeGreaterThan(0);
    expect(resolved.length - early - late).toBeGreaterThan(0);
    expect(plan.some((d) => d.apologies.length > 0)).toBe(true);
    expect(plan.some((d) => d.citizenId === "c1")).toBe(true);
    expect(plan.some((d) => d.events.some((e) => e.action === "transfer"))).toBe(true);
  });

  it("numbers codes per agency and day in submission order, unique", () => {
    const codes = new Set(plan.map((d) => d.code));
    expect(codes.size).toBe(plan.length);
    for (const d of plan) {
      const day = vnDay(d.submittedAt);
      expect(d.code).toMatch(
        new RegExp(
          `^${d.agencyCode.replaceAll(".", "\\.")}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8)}-\\d{4}$`,
        ),
      );
    }
    const sameDay = plan.filter((d) => d.code.startsWith(plan[0]?.code.slice(0, -5) ?? "?"));
    const sorted = [...sameDay].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    expect(sorted.map((d) => d.code)).toEqual(sameDay.map((d) => d.code).sort());
    // Continuing after existing counters.
    const more = planDossiers(input({ count: 3, firstIndex: 5000 }));
    const start = new Map(more.map((d) => [`${d.agencyCode}|${vnDay(d.submittedAt)}`, 41]));
    assignCodes(more, start);
    for (const d of more) expect(Number(d.code.slice(-4))).toBeGreaterThanOrEqual(42);
  });
});
