/**
 * The staff workflow of a question, business question or feedback (SPEC §E1, §E4): the editorial board of the main
 * portal routes it to the competent unit (or rejects it), the unit drafts the answer (or sends the question back as
 * not its business), the unit's leader returns the draft or approves and publishes it. Pure: who holds which role
 * comes in as an argument.
 */
import type { QuestionStatus } from "../../tables.js";

export const QUESTION_ACTIONS = ["route", "reject", "send_back", "draft", "return", "publish"] as const;
export type QuestionAction = (typeof QUESTION_ACTIONS)[number];

export function isQuestionAction(value: string): value is QuestionAction {
  return (QUESTION_ACTIONS as readonly string[]).includes(value);
}

/** What a staff member is, for one question: on the editorial board, and their roles over the question's unit. */
export interface QuestionRoles {
  systemAdmin: boolean;
  /** Editor or approver of the main portal site. */
  board: boolean;
  /** Roles granted on the question's unit or a unit above it (empty before routing). */
  unit: readonly string[];
}

const FROM: Record<QuestionAction, readonly QuestionStatus[]> = {
  route: ["submitted", "routed"],
  reject: ["submitted"],
  send_back: ["routed"],
  draft: ["routed", "drafted"],
  return: ["drafted"],
  publish: ["drafted"],
};

const TO: Record<QuestionAction, QuestionStatus> = {
  route: "routed",
  reject: "rejected",
  send_back: "submitted",
  draft: "drafted",
  return: "routed",
  publish: "published",
};

export function mayAct(action: QuestionAction, roles: QuestionRoles): boolean {
  if (roles.systemAdmin) return true;
  switch (action) {
    case "route":
    case "reject":
      return roles.board;
    case "send_back":
    case "draft":
      return roles.unit.includes("specialist") || roles.unit.includes("leader");
    case "return":
    case "publish":
      return roles.unit.includes("leader");
  }
}

export type NextStatus = { ok: true; status: QuestionStatus } | { ok: false; key: string };

export function nextStatus(from: QuestionStatus, action: QuestionAction): NextStatus {
  if (!FROM[action].includes(from)) return { ok: false, key: "qadmin.refused.state" };
  return { ok: true, status: TO[action] };
}

/** The actions a staff member may take on a question in its status (one form each on the question page). */
export function allowedActions(status: QuestionStatus, roles: QuestionRoles): QuestionAction[] {
  return QUESTION_ACTIONS.filter((a) => FROM[a].includes(status) && mayAct(a, roles));
}

export const NOTE_MAX = 2000;
export const ANSWER_MAX = 20_000;

export interface ActionInput {
  unitId?: string | undefined;
  note?: string | undefined;
  answer?: string | undefined;
}

/** What each action needs typed in: field → message key (empty when complete). */
export function checkActionInput(
  action: QuestionAction,
  input: ActionInput,
  current: { unitId: string | null },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const note = input.note?.trim() ?? "";
  const answer = input.answer?.trim() ?? "";
  if (note.length > NOTE_MAX) problems.note = "qadmin.input.noteTooLong";
  switch (action) {
    case "route":
      if (!input.unitId) problems.unitId = "qadmin.input.unitRequired";
      else if (input.unitId === current.unitId) problems.unitId = "qadmin.input.sameUnit";
      break;
    case "reject":
      if (note === "") problems.note = "qadmin.input.reasonRequired";
      break;
    case "send_back":
    case "return":
      if (note === "") problems.note = "qadmin.input.noteRequired";
      break;
    case "draft":
      if (answer === "") problems.answer = "qadmin.input.answerRequired";
      else if (answer.length > ANSWER_MAX) problems.answer = "qadmin.input.answerTooLong";
      break;
    case "publish":
      break;
  }
  return problems;
}
