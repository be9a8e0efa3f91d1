/**
 * The dossier lifecycle of SPEC §B3 (Decree 61/2018/NĐ-CP, Decree 107/2021/NĐ-CP) as an explicit state machine.
 * Pure: the transition service applies `nextState` and records the event; nothing else changes `dossiers.state`.
 */
import type { Role } from "../../../../platform/rbac/roles.js";

export const DOSSIER_STATES = [
  "submitted", // nộp trực tuyến / qua bưu chính, chờ tiếp nhận
  "received", // đã tiếp nhận, chưa phân công
  "supplement_requested", // yêu cầu bổ sung: the clock is paused
  "processing", // đang xử lý (assigned to a specialist, possibly transferred between units)
  "awaiting_approval", // chờ lãnh đạo phê duyệt
  "result_ready", // có kết quả, chờ trả
  "returned", // đã trả kết quả
  "rejected", // từ chối (with a reason)
  "withdrawn", // công dân rút hồ sơ
] as const;
export type DossierState = (typeof DOSSIER_STATES)[number];

export const DOSSIER_ACTIONS = [
  "submit", // the citizen (or the counter) files it: → submitted (or straight to received at the counter)
  "receive",
  "request_supplement",
  "supplement", // the citizen's supplement arrives: the clock restarts
  "reject",
  "assign",
  "transfer",
  "submit_for_approval",
  "approve",
  "send_back", // the leader sends it back for rework
  "result_ready",
  "return_result",
  "withdraw",
  // Not a change of state: the apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả) is recorded in the history.
  "apology",
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** The actions that move a dossier through `applyTransition` (creation and apology slips are recorded elsewhere). */
export type TransitionAction = Exclude<DossierAction, "submit" | "apology">;
export const TRANSITION_ACTIONS: readonly TransitionAction[] = DOSSIER_ACTIONS.filter(
  (a): a is TransitionAction => a !== "submit" && a !== "apology",
);

/** States in which the processing clock runs (the dossier is with the administration, not waiting for the citizen). */
export const CLOCK_RUNNING_STATES: readonly DossierState[] = ["received", "processing", "awaiting_approval"];
export const FINAL_STATES: readonly DossierState[] = ["returned", "rejected", "withdrawn"];

export function isDossierState(value: string): value is DossierState {
  return (DOSSIER_STATES as readonly string[]).includes(value);
}

export function isTransitionAction(value: string): value is TransitionAction {
  return (TRANSITION_ACTIONS as readonly string[]).includes(value);
}

/** Facts about the dossier that some transitions depend on. */
export interface TransitionContext {
  /** The centre has received it once (received_at set): a supplement then goes back to processing, not to submitted. */
  received: boolean;
  /** A specialist holds it (assignee_id set). */
  hasAssignee: boolean;
  /** The procedure's step template has a leader step: the result needs `approve`, not `result_ready`. */
  requiresApproval: boolean;
}

/** The transition table (common brief): from which states each action is allowed. */
export const TRANSITIONS: Record<TransitionAction, readonly DossierState[]> = {
  receive: ["submitted"],
  request_supplement: ["submitted", "received", "processing"],
  supplement: ["supplement_requested"],
  reject: ["submitted", "received", "processing"],
  assign: ["received", "processing"],
  transfer: ["processing"],
  submit_for_approval: ["processing"],
  approve: ["awaiting_approval"],
  send_back: ["awaiting_approval"],
  result_ready: ["processing"],
  return_result: ["result_ready"],
  withdraw: ["submitted", "received", "supplement_requested", "processing"],
};

function target(action: TransitionAction, ctx: TransitionContext): DossierState {
  switch (action) {
    case "receive":
      return "received";
    case "request_supplement":
      return "supplement_requested";
    case "supplement":
      if (!ctx.received) return "submitted";
      return ctx.hasAssignee ? "processing" : "received";
    case "reject":
      return "rejected";
    case "assign":
    case "transfer":
    case "send_back":
      return "processing";
    case "submit_for_approval":
      return "awaiting_approval";
    case "approve":
    case "result_ready":
      return "result_ready";
    case "return_result":
      return "returned";
    case "withdraw":
      return "withdrawn";
  }
}

/** Why a transition is refused: an i18n key of the services-lifecycle catalogue and its raw parameters. */
export interface Refusal {
  ok: false;
  status: 409 | 422;
  reason: "state" | "final" | "needs_approval";
  key: string;
  action: TransitionAction;
  state: DossierState;
}

export type NextState = { ok: true; state: DossierState } | Refusal;

/**
 * The state after `action` from `state`, or why it is refused. The refusal's text (`refusalText`) names the action
 * and the current state: "Không thể trả kết quả: hồ sơ đang ở trạng thái 'Chờ bổ sung'".
 */
export function nextState(state: DossierState, action: TransitionAction, ctx: TransitionContext): NextState {
  const refuse = (reason: Refusal["reason"]): Refusal => ({
    ok: false,
    status: 409,
    reason,
    key: `lifecycle.refused.${reason}`,
    action,
    state,
  });
  if (!TRANSITIONS[action]?.includes(state)) {
    return refuse(FINAL_STATES.includes(state) ? "final" : "state");
  }
  if (action === "result_ready" && ctx.requiresApproval) return refuse("needs_approval");
  return { ok: true, state: target(action, ctx) };
}

/** Actions allowed from a state (before roles), for the dossier page's forms. */
export function actionsFrom(state: DossierState, ctx: TransitionContext): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((a) => nextState(state, a, ctx).ok);
}

// ---------------------------------------------------------------------------------------------------------------
// Required inputs

export interface TransitionInput {
  note?: string | undefined;
  toUnitId?: string | undefined;
  toAssigneeId?: string | undefined;
}

/** Field → i18n key of the problem. */
export type InputProblems = Partial<Record<"note" | "toUnitId" | "toAssigneeId", string>>;

/** Actions that need a reason written in the note (it goes to the applicant and onto the control slip). */
export const NOTE_REQUIRED: readonly TransitionAction[] = [
  "reject",
  "request_supplement",
  "send_back",
  "withdraw",
];

export const NOTE_MAX = 2000;

/** Checks the inputs an action needs: a note for reasons, the assignee for assign, the unit for transfer. */
export function checkTransitionInput(action: TransitionAction, input: TransitionInput): InputProblems {
  const problems: InputProblems = {};
  const note = input.note?.trim() ?? "";
  if (NOTE_REQUIRED.includes(action) && note === "") problems.note = "lifecycle.input.noteRequired";
  if (note.length > NOTE_MAX) problems.note = "lifecycle.input.noteTooLong";
  if (action === "assign" && !input.toAssigneeId) problems.toAssigneeId = "lifecycle.input.assigneeRequired";
  if (action === "transfer" && !input.toUnitId) problems.toUnitId = "lifecycle.input.unitRequired";
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Who may act

/**
 * Which staff roles may take each action, and over which unit: `current` — the unit holding the dossier now;
 * `either` — the holding unit or the receiving unit (the one-stop desk that received it receives it back to return).
 * system_admin may do everything. Citizens (the owner, or the applicant with the receipt's secret) may supplement
 * and withdraw.
 */
export const ACTION_RULES: Record<
  TransitionAction,
  { roles: readonly Role[]; scope: "current" | "either"; citizen: boolean }
> = {
  receive: { roles: ["one_stop_officer"], scope: "either", citizen: false },
  request_supplement: {
    roles: ["one_stop_officer", "specialist", "leader"],
    scope: "current",
    citizen: false,
  },
  supplement: { roles: ["one_stop_officer"], scope: "either", citizen: true },
  reject: { roles: ["one_stop_officer", "specialist", "leader"], scope: "current", citizen: false },
  assign: { roles: ["one_stop_officer", "leader", "specialist"], scope: "current", citizen: false },
  transfer: { roles: ["specialist", "leader"], scope: "current", citizen: false },
  submit_for_approval: { roles: ["specialist", "leader"], scope: "current", citizen: false },
  approve: { roles: ["leader"], scope: "current", citizen: false },
  send_back: { roles: ["leader"], scope: "current", citizen: false },
  result_ready: { roles: ["specialist", "leader"], scope: "current", citizen: false },
  return_result: { roles: ["one_stop_officer"], scope: "either", citizen: false },
  withdraw: { roles: ["one_stop_officer"], scope: "either", citizen: true },
};

/** Roles (of one staff member) held over the units that matter for a dossier. */
export interface RolesOver {
  /** Roles covering the dossier's current unit. */
  current: readonly Role[];
  /** Roles covering the receiving unit. */
  receiving: readonly Role[];
  systemAdmin: boolean;
}

/** Whether a staff member with these roles may take the action on the dossier (pure; scope already resolved). */
export function staffMay(action: TransitionAction, roles: RolesOver): boolean {
  if (roles.systemAdmin) return true;
  const rule = ACTION_RULES[action];
  const held = rule.scope === "either" ? [...roles.current, ...roles.receiving] : roles.current;
  return rule.roles.some((r) => held.includes(r));
}

export function citizenMay(action: TransitionAction): boolean {
  return ACTION_RULES[action].citizen;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels (Vietnamese is the default; the catalogue holds both languages under these keys)

export const stateLabelKey = (state: DossierState) => `lifecycle.state.${state}`;
export const actionLabelKey = (action: DossierAction) => `lifecycle.action.${action}`;
