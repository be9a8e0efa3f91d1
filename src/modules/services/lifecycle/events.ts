import type { Insertable } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { DossierEventTable } from "../tables.js";

/** Appends one row to a dossier's history (the control slip's rows); the caller's transaction holds the dossier lock. */
export async function recordDossierEvent(tx: Executor, row: Insertable<DossierEventTable>): Promise<void> {
  await tx.insertInto("dossier_events").values(row).execute();
}
