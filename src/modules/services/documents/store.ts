/** The citizen's document store. Stub signatures fixed for issue 8's parts: implemented by the documents part. */
import type { Tx } from "../../../platform/db/transaction.js";

/**
 * Puts an issued (signed) result into the owner's store, whatever their consent to keep submitted papers: the result
 * is theirs. Called by the results part inside the transaction that issues it. Returns the store entry's id.
 */
export async function addResultToStore(
  _tx: Tx,
  _input: {
    citizenId: string;
    dossierId: string;
    electronicDocumentId: string;
    title: string;
    sha256: string;
    filename: string;
    sizeBytes: number;
    at: Date;
  },
): Promise<string> {
  throw new Error("not implemented");
}
