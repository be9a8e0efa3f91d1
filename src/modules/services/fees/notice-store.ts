/**
 * Fee notices in the database. Stub signatures fixed for issue 8's parts: implemented by the fees part.
 */

import type { Executor, Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import type { FeeNotice } from "./domain/fee-notice.js";
import type { DossierFeeNotice, PaidVia } from "./tables.js";

export async function getFeeNotice(db: Executor, dossierId: string): Promise<DossierFeeNotice | undefined> {
  return db
    .selectFrom("dossier_fee_notices")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .executeTakeFirst();
}

/** Writes the notice of a new dossier (in its creating transaction); status `exempt` when the total is 0. */
export async function createFeeNotice(
  _tx: Tx,
  _dossierId: string,
  _notice: FeeNotice,
  _at: Date,
): Promise<void> {}

export type MarkPaidResult =
  | { outcome: "paid"; receiptId: string; verifyCode: string }
  | { outcome: "already_paid" }
  | { outcome: "not_payable"; reason: "exempt" | "no_notice" | "amount_mismatch" };

/**
 * Marks the notice paid under its row lock and issues the receipt (results/receipts.ts) in the same transaction. The
 * one place a notice becomes paid: online settlement and the counter both call it; a second call answers
 * `already_paid` and changes nothing.
 */
export async function markNoticePaid(
  _services: Services,
  _tx: Tx,
  _input: {
    dossierId: string;
    amountVnd: number;
    via: PaidVia;
    orderId: string | null;
    staffId: string | null;
    at: Date;
  },
): Promise<MarkPaidResult> {
  throw new Error("not implemented");
}
