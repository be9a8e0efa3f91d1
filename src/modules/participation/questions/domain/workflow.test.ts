import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuestionStatus } from "../../tables.js";
import {
  allowedActions,
  checkActionInput,
  mayAct,
  nextStatus,
  QUESTION_ACTIONS,
  type QuestionRoles,
} from "./workflow.js";

const board: QuestionRoles = { systemAdmin: false, board: true, unit: [] };
const specialist: QuestionRoles = { systemAdmin: false, board: false, unit: ["specialist"] };
const leader: QuestionRoles = { systemAdmin: false, board: false, unit: ["leader"] };
const admin: QuestionRoles = { systemAdmin: true, board: false, unit: [] };
const nobody: QuestionRoles = { systemAdmin: false, board: false, unit: ["editor"] };

describe("question workflow", () => {
  it("moves through route, draft, publish", () => {
    expect(nextStatus("submitted", "route")).toEqual({ ok: true, status: "routed" });
    expect(nextStatus("routed", "route")).toEqual({ ok: true, status: "routed" });
    expect(nextStatus("routed", "draft")).toEqual({ ok: true, status: "drafted" });
    expect(nextStatus("drafted", "draft")).toEqual({ ok: true, status: "drafted" });
    expect(nextStatus("drafted", "return")).toEqual({ ok: true, status: "routed" });
    expect(nextStatus("routed", "send_back")).toEqual({ ok: true, status: "submitted" });
    expect(nextStatus("submitted", "reject")).toEqual({ ok: true, status: "rejected" });
    expect(nextStatus("drafted", "publish")).toEqual({ ok: true, status: "published" });
  });

  it("refuses actions from the wrong status", () => {
    expect(nextStatus("submitted", "publish").ok).toBe(false);
    expect(nextStatus("routed", "publish").ok).toBe(false);
    expect(nextStatus("published", "route").ok).toBe(false);
    expect(nextStatus("rejected", "draft").ok).toBe(false);
    expect(nextStatus("drafted", "reject").ok).toBe(false);
  });

  it("gives each action to its role", () => {
    expect(mayAct("route", board)).toBe(true);
    expect(mayAct("reject", board)).toBe(true);
    expect(mayAct("draft", board)).toBe(false);
    expect(mayAct("route", specialist)).toBe(false);
    expect(mayAct("draft", specialist)).toBe(true);
    expect(mayAct("send_back", specialist)).toBe(true);
    expect(mayAct("publish", specialist)).toBe(false);
    expect(mayAct("return", specialist)).toBe(false);
    expect(mayAct("publish", leader)).toBe(true);
    expect(mayAct("draft", leader)).toBe(true);
    for (const a of QUESTION_ACTIONS) {
      expect(mayAct(a, admin)).toBe(true);
      expect(mayAct(a, nobody)).toBe(false);
    }
    expect(allowedActions("drafted", leader)).toEqual(["draft", "return", "publish"]);
    expect(allowedActions("submitted", board)).toEqual(["route", "reject"]);
    expect(allowedActions("published", admin)).toEqual([]);
  });

  it("asks for what each action needs", () => {
    const here = { unitId: "u1" };
    expect(checkActionInput("route", {}, here)).toEqual({ unitId: "qadmin.input.unitRequired" });
    expect(checkActionInput("route", { unitId: "u1" }, here)).toEqual({ unitId: "qadmin.input.sameUnit" });
    expect(checkActionInput("route", { unitId: "u2" }, here)).toEqual({});
    expect(checkActionInput("reject", { note: "  " }, here)).toEqual({ note: "qadmin.input.reasonRequired" });
    expect(checkActionInput("send_back", {}, here)).toEqual({ note: "qadmin.input.noteRequired" });
    expect(checkActionInput("return", { note: "sửa" }, here)).toEqual({});
    expect(checkActionInput("draft", { answer: "" }, here)).toEqual({
      answer: "qadmin.input.answerRequired",
    });
    expect(checkActionInput("draft", { answer: "x".repeat(20_001) }, here)).toEqual({
      answer: "qadmin.input.answerTooLong",
    });
    expect(checkActionInput("publish", { note: "x".repeat(2001) }, here)).toEqual({
      note: "qadmin.input.noteTooLong",
    });
  });

  it("keeps every status valid and every published question answered over random sequences", () => {
    const statuses: QuestionStatus[] = ["submitted", "routed", "drafted", "published", "rejected"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUESTION_ACTIONS), { maxLength: 40 }), (actions) => {
        let status: QuestionStatus = "submitted";
        let answer: string | null = null;
        let unit: string | null = null;
        for (const action of actions) {
          const next = nextStatus(status, action);
          if (!next.ok) continue;
          if (action === "route") unit = "u";
          if (action === "send_back") unit = null;
          if (action === "draft") answer = "trả lời";
          status = next.status;
          expect(statuses).toContain(status);
          if (status === "published") expect(answer).not.toBeNull();
          if (status === "routed" || status === "drafted") expect(unit).not.toBeNull();
        }
        // Terminal statuses accept nothing.
        if (status === "published" || status === "rejected") {
          for (const a of QUESTION_ACTIONS) expect(nextStatus(status, a).ok).toBe(false);
        }
      }),
    );
  });
});
