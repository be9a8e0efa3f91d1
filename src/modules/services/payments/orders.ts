/** Payment orders of a dossier. Stub: implemented by the payments part. */
import type { Executor } from "../../../platform/db/transaction.js";
import type { PaymentOrder } from "./tables.js";

export async function listPaymentOrders(db: Executor, dossierId: string): Promise<PaymentOrder[]> {
  return db
    .selectFrom("payment_orders")
    .selectAll()
    .where("dossier_id", "=", dossierId)
    .orderBy("created_at")
    .execute();
}
