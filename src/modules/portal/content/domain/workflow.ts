import type { ContentStatus } from "../../tables.js";

/**
 * The editorial workflow (SPEC A2) as a pure state machine:
 *
 *   draft ──submit──▶ submitted ──publish──▶ published ──unpublish──▶ unpublished
 *     ▲                 │  │                   ▲    │                    │  │
 *     │            return  schedule            │  expire (system)        │  submit / publish (republish)
 *     │                 ▼  ▼                   │                         ▼
 *   (edit)          returned  scheduled ──publishDue (system) / publish──┘
 *
 * Editors write and submit; approvers return (with a comment), publish now, schedule, unpublish and republish; a site
 * admin holds both hats. The clock's work (scheduled publication, expiry) is done by the job queue as "system".
 */

export type WorkflowAction =
  | "submit"
  | "return"
  | "publish"
  | "schedule"
  | "unpublish"
  | "publishDue"
  | "expire";

/** Who may ask for an action: the writing side, the approving side, or the system (jobs). */
export type Actor = "editor" | "approver" | "system";

const ACTOR_OF: Record<WorkflowAction, Actor> = {
  submit: "editor",
  return: "approver",
  publish: "approver",
  schedule: "approver",
  unpublish: "approver",
  publishDue: "system",
  expire: "system",
};

/** From which states each action is allowed, and where it leads. */
const TRANSITIONS: Record<WorkflowAction, { from: readonly ContentStatus[]; to: ContentStatus }> = {
  submit: { from: ["draft", "returned", "unpublished"], to: "submitted" },
  return: { from: ["submitted", "scheduled"], to: "returned" },
  publish: { from: ["draft", "submitted", "scheduled", "unpublished"], to: "published" },
  schedule: { from: ["draft", "submitted", "scheduled", "unpublished"], to: "scheduled" },
  unpublish: { from: ["published", "scheduled"], to: "unpublished" },
  publishDue: { from: ["scheduled"], to: "published" },
  expire: { from: ["published"], to: "unpublished" },
};

/** States in which the text may be changed (and a revision restored). Submitted, scheduled and live items are locked. */
export const EDITABLE_STATES: readonly ContentStatus[] = ["draft", "returned", "unpublished"];

export const WORKFLOW_ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[];
export const PERSON_ACTIONS: readonly WorkflowAction[] = WORKFLOW_ACTIONS.filter(
  (a) => ACTOR_OF[a] !== "system",
);

export function isPersonAction(value: string): value is WorkflowAction {
  return (PERSON_ACTIONS as readonly string[]).includes(value);
}

export function actorOf(action: WorkflowAction): Actor {
  return ACTOR_OF[action];
}

/** What the person holds on the item's site. */
export interface Capabilities {
  write: boolean;
  approve: boolean;
}

export interface TransitionContext {
  now: Date;
  /** For schedule: when to publish. */
  publishAt?: Date | null;
  /** For return: why (required). */
  comment?: string;
  /** The item's expiry, if any: publishing must happen before it. */
  expireAt?: Date | null;
}

export type TransitionRefusal =
  | "notAllowedFromState"
  | "forbidden"
  | "commentRequired"
  | "publishAtRequired"
  | "publishAtInPast"
  | "expiryPassed"
  | "expiryBeforePublish";

export type TransitionResult =
  | { ok: true; to: ContentStatus }
  | { ok: false; refusal: TransitionRefusal; status: 403 | 409 | 422 };

function permitted(action: WorkflowAction, caps: Capabilities | "system"): boolean {
  const actor = ACTOR_OF[action];
  if (caps === "system") return actor === "system";
  if (actor === "editor") return caps.write;
  if (actor === "approver") return caps.approve;
  return false;
}

/**
 * Whether `action` may move an item in `from` for someone with `caps`, and to which state. A refusal says why:
 * 403 when the person lacks the role, 409 when the item's state does not allow it, 422 when the input is missing
 * or wrong (a return without a comment, a schedule in the past).
 */
export function transition(
  from: ContentStatus,
  action: WorkflowAction,
  caps: Capabilities | "system",
  ctx: TransitionContext,
): TransitionResult {
  if (!permitted(action, caps)) return { ok: false, refusal: "forbidden", status: 403 };
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) return { ok: false, refusal: "notAllowedFromState", status: 409 };
  if (action === "return" && (ctx.comment ?? "").trim() === "") {
    return { ok: false, refusal: "commentRequired", status: 422 };
  }
  if (action === "schedule") {
    if (!ctx.publishAt) return { ok: false, refusal: "publishAtRequired", status: 422 };
    if (ctx.publishAt.getTime() <= ctx.now.getTime()) {
      return { ok: false, refusal: "publishAtInPast", status: 422 };
    }
    if (ctx.expireAt && ctx.expireAt.getTime() <= ctx.publishAt.getTime()) {
      return { ok: false, refusal: "expiryBeforePublish", status: 422 };
    }
  }
  if ((action === "publish" || action === "publishDue") && ctx.expireAt) {
    if (ctx.expireAt.getTime() <= ctx.now.getTime())
      return { ok: false, refusal: "expiryPassed", status: 422 };
  }
  return { ok: true, to: rule.to };
}

/** The actions to offer a person on an item in `status` (buttons on the edit page). */
export function availableActions(status: ContentStatus, caps: Capabilities): WorkflowAction[] {
  return PERSON_ACTIONS.filter((a) => permitted(a, caps) && TRANSITIONS[a].from.includes(status));
}

export function isEditable(status: ContentStatus): boolean {
  return EDITABLE_STATES.includes(status);
}
