/**
 * Receipts (biên lai điện tử): numbered per collecting unit and year, rendered as PDF with a QR code to the public
 * verification page, signed, stored as a dossier file of kind `receipt`. Stub: implemented by the results part.
 */
import type { Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import type { PaidVia } from "../fees/tables.js";

export interface IssuedReceipt {
  receiptId: string;
  electronicDocumentId: string;
  verifyCode: string;
}

/** Called by `markNoticePaid` inside its transaction, once per notice (a unique index refuses a second). */
export async function issueReceipt(
  _services: Services,
  _tx: Tx,
  _input: { dossierId: string; orderId: string | null; amountVnd: number; via: PaidVia; at: Date },
): Promise<IssuedReceipt> {
  throw new Error("not implemented");
}
