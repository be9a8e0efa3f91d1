/** The receipts and results issued for a dossier. Stub: implemented by the results part. */
import type { Executor } from "../../../platform/db/transaction.js";
import type { ElectronicDocument } from "./tables.js";

export async function listElectronicDocuments(
  db: Executor,
  dossierId: string,
): Promise<ElectronicDocument[]> {
  return db
    .selectFrom("electronic_documents")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("signed_at")
    .execute();
}
