import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refusalText } from "./labels.js";
import {
  ACTION_RULES,
  actionsFrom,
  checkTransitionInput,
  citizenMay,
  DOSSIER_STATES,
  type DossierState,
  FINAL_STATES,
  nextState,
  staffMay,
  TRANSITION_ACTIONS,
  TRANSITIONS,
  type TransitionContext,
} from "./state-machine.js";

const ctx = (over: Partial<TransitionContext> = {}): TransitionContext => ({
  received: true,
  hasAssignee: true,
  requiresApproval: true,
  ...over,
});

describe("nextState", () => {
  it("walks the whole happy path with a leader step", () => {
    let s: DossierState = "submitted";
    const path = [
      ["receive", "received"],
      ["assign", "processing"],
      ["request_supplement", "supplement_requested"],
      ["supplement", "processing"],
      ["transfer", "processing"],
      ["submit_for_approval", "awaiting_approval"],
      ["send_back", "processing"],
      ["submit_for_approval", "awaiting_approval"],
      ["approve", "result_ready"],
      ["return_result", "returned"],
    ] as const;
    for (const [action, expected] of path) {
      const r = nextState(s, action, ctx());
      expect(r, `${action} from ${s}`).toEqual({ ok: true, state: expected });
      if (r.ok) s = r.state;
    }
  });

  it("sends a supplement back to where the dossier was", () => {
    expect(
      nextState("supplement_requested", "supplement", ctx({ received: false, hasAssignee: false })),
    ).toEqual({
      ok: true,
      state: "submitted",
    });
    expect(nextState("supplement_requested", "supplement", ctx({ hasAssignee: false }))).toEqual({
      ok: true,
      state: "received",
    });
    expect(nextState("supplement_requested", "supplement", ctx())).toEqual({ ok: true, state: "processing" });
  });

  it("refuses with the action and the state in Vietnamese", () => {
    const r = nextState("supplement_requested", "return_result", ctx());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(409);
    expect(refusalText(r)).toBe("Không thể trả kết quả: hồ sơ đang ở trạng thái 'Chờ bổ sung'");
    const final = nextState("returned", "withdraw", ctx());
    expect(final.ok).toBe(false);
    if (!final.ok) expect(refusalText(final)).toContain("đã kết thúc");
  });

  it("requires the leader when the procedure has a leader step", () => {
    expect(nextState("processing", "result_ready", ctx()).ok).toBe(false);
    expect(nextState("processing", "result_ready", ctx({ requiresApproval: false }))).toEqual({
      ok: true,
      state: "result_ready",
    });
  });

  it("allows exactly the table", () => {
    for (const s of DOSSIER_STATES) {
      for (const a of TRANSITION_ACTIONS) {
        const r = nextState(s, a, ctx({ requiresApproval: false }));
        expect(r.ok, `${a} from ${s}`).toBe(TRANSITIONS[a].includes(s));
      }
    }
  });

  it("property: no sequence of actions reaches a state outside the table; final states accept nothing", () => {
    const anyCtx = fc.record({
      received: fc.boolean(),
      hasAssignee: fc.boolean(),
      requiresApproval: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...TRANSITION_ACTIONS), anyCtx), { maxLength: 60 }),
        (steps) => {
          let s: DossierState = "submitted";
          for (const [a, c] of steps) {
            const r = nextState(s, a, c);
            if (FINAL_STATES.includes(s)) expect(r.ok).toBe(false);
            if (!r.ok) continue;
            expect(TRANSITIONS[a]).toContain(s);
            expect(DOSSIER_STATES).toContain(r.state);
            // Only a supplement may go back to "submitted"; nothing returns to a state before receipt otherwise.
            if (r.state === "submitted") expect(a).toBe("supplement");
            s = r.state;
          }
        },
      ),
    );
  });

  it("lists the actions of a state", () => {
    expect(actionsFrom("result_ready", ctx())).toEqual(["return_result"]);
    expect(actionsFrom("returned", ctx())).toEqual([]);
  });
});

describe("inputs and roles", () => {
  it("requires a note for reasons, an assignee for assign, a unit for transfer", () => {
    expect(checkTransitionInput("reject", { note: "  " })).toEqual({ note: "lifecycle.input.noteRequired" });
    expect(checkTransitionInput("request_supplement", {})).toHaveProperty("note");
    expect(checkTransitionInput("send_back", {})).toHaveProperty("note");
    expect(checkTransitionInput("withdraw", {})).toHaveProperty("note");
    expect(checkTransitionInput("assign", {})).toEqual({ toAssigneeId: "lifecycle.input.assigneeRequired" });
    expect(checkTransitionInput("transfer", {})).toEqual({ toUnitId: "lifecycle.input.unitRequired" });
    expect(checkTransitionInput("receive", {})).toEqual({});
    expect(checkTransitionInput("approve", { note: "x".repeat(2001) })).toHaveProperty("note");
  });

  it("gives each action to its roles", () => {
    const only = (...roles: ("one_stop_officer" | "specialist" | "leader")[]) => ({
      current: roles,
      receiving: [],
      systemAdmin: false,
    });
    expect(staffMay("receive", only("one_stop_officer"))).toBe(true);
    expect(staffMay("receive", only("specialist", "leader"))).toBe(false);
    expect(staffMay("approve", only("leader"))).toBe(true);
    expect(staffMay("approve", only("specialist", "one_stop_officer"))).toBe(false);
    expect(staffMay("transfer", only("specialist"))).toBe(true);
    expect(staffMay("transfer", only("one_stop_officer"))).toBe(false);
    expect(staffMay("return_result", only("specialist"))).toBe(false);
    // The receiving desk returns a result the other unit prepared.
    expect(
      staffMay("return_result", { current: [], receiving: ["one_stop_officer"], systemAdmin: false }),
    ).toBe(true);
    expect(staffMay("approve", { current: [], receiving: ["leader"], systemAdmin: false })).toBe(false);
    expect(staffMay("approve", { current: [], receiving: [], systemAdmin: true })).toBe(true);
    expect(citizenMay("supplement")).toBe(true);
    expect(citizenMay("withdraw")).toBe(true);
    expect(citizenMay("receive")).toBe(false);
    for (const a of TRANSITION_ACTIONS) expect(ACTION_RULES[a].roles.length).toBeGreaterThan(0);
  });
});
