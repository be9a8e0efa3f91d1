import type { Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import type { Dossier, DossierEvent } from "../tables.js";

/**
 * Tells the applicant about a change of their dossier (SPEC §B4): SMS, Zalo OA and email as their contacts allow,
 * each a durable job enqueued in `tx` (so nothing is sent for a change that rolls back, and nothing is lost when a
 * gateway is down). Called by the transition service for every event. Implemented by the notifications part.
 */
export async function notifyDossierChange(
  _services: Services,
  _tx: Tx,
  _dossier: Dossier,
  _event: Pick<DossierEvent, "action" | "from_state" | "to_state" | "note" | "due_on">,
): Promise<void> {}
