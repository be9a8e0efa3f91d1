/** Pure helpers of the citizen's dossier page. */
import type { DossierState } from "../../lifecycle/domain/state-machine.js";
import type { HistoryEvent } from "../../notifications/domain/lookup.js";

/** The note of the latest supplement request, only while the dossier still waits for the supplement. */
export function pendingSupplementNote(state: DossierState, events: readonly HistoryEvent[]): string | null {
  if (state !== "supplement_requested") return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.action === "request_supplement") return e.note;
  }
  return null;
}
