import type { Executor } from "../../../platform/db/transaction.js";
import { getFeeNotice } from "../fees/notice-store.js";
import type { DossierFeeNotice } from "../fees/tables.js";
import type { HistoryEvent } from "../notifications/domain/lookup.js";
import { dossierByCode, dossierHistory, type LookupDossier } from "../notifications/store.js";
import { listPaymentOrders } from "../payments/orders.js";
import type { PaymentOrder } from "../payments/tables.js";
import { listElectronicDocuments } from "../results/e-documents.js";
import type { ElectronicDocument } from "../results/tables.js";

/** The public lookup's dossier, narrowed to its owner: one query serves both pages. */
export type OwnDossier = LookupDossier;

export function ownDossier(db: Executor, code: string, citizenId: string): Promise<OwnDossier | undefined> {
  return dossierByCode(db, code, citizenId);
}

export interface DossierExtras {
  events: HistoryEvent[];
  notice: DossierFeeNotice | undefined;
  orders: PaymentOrder[];
  documents: ElectronicDocument[];
}

/** Everything else the page shows, one statement per table whatever the number of events, orders or documents. */
export async function dossierExtras(db: Executor, dossierId: string): Promise<DossierExtras> {
  const events = await dossierHistory(db, dossierId);
  const notice = await getFeeNotice(db, dossierId);
  const orders = await listPaymentOrders(db, dossierId);
  const documents = await listElectronicDocuments(db, dossierId);
  return { events, notice, orders, documents };
}

/** The fee still due on a citizen's dossier (the "submitted" page's call to action), or null. */
export async function unpaidFee(db: Executor, dossierId: string): Promise<number | null> {
  const row = await db
    .selectFrom("dossier_fee_notices")
    .select("total_vnd")
    .where("dossier_id", "=", dossierId)
    .where("status", "=", "unpaid")
    .executeTakeFirst();
  return row ? Number(row.total_vnd) : null;
}
