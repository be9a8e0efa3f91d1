import type { Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import type { Dossier } from "../tables.js";
import type { DossierAction } from "./domain/state-machine.js";

/** Who acts: a staff member (with their unit), a citizen (the owner), or the applicant at a public form (null). */
export type TransitionActor =
  | { kind: "staff"; staffId: string }
  | { kind: "citizen"; citizenId: string | null };

export interface TransitionRequest {
  dossierId: string;
  action: DossierAction;
  actor: TransitionActor;
  /** Reason (reject, supplement request, send back, withdraw) or a free note. */
  note?: string | undefined;
  /** assign / transfer: the specialist and the unit it goes to. */
  toUnitId?: string | undefined;
  toAssigneeId?: string | undefined;
  /** Optimistic lock: refuse when the dossier changed since the page was shown. */
  expectedVersion?: number | undefined;
  /** Defaults to now; tests and the demo seed pass a clock. */
  at?: Date | undefined;
}

/**
 * THE way a dossier changes state (SPEC §B3): locks the row, checks the transition in the pure state machine, updates
 * the clock fields (receipt day, due date, pause/resume), writes the dossier event (the control slip's row), the audit
 * row for staff, and the notifications, all inside `tx`. Throws an HttpError 409/422 with a Vietnamese message when
 * the transition is not allowed. Implemented by the lifecycle part (issue 6 item 4).
 */
export async function applyTransition(
  _services: Services,
  _tx: Tx,
  _req: TransitionRequest,
): Promise<Dossier> {
  throw new Error("applyTransition: not implemented yet");
}
