import type { Executor } from "../../../platform/db/transaction.js";
import { getFeeNotice } from "../fees/notice-store.js";
import type { DossierFeeNotice } from "../fees/tables.js";
import { listPaymentOrders } from "../payments/orders.js";
import type { PaymentOrder } from "../payments/tables.js";
import { listElectronicDocuments } from "../results/e-documents.js";
import type { ElectronicDocument } from "../results/tables.js";

/** What the staff dossier page shows of fees, payments, receipts and signed results (issue 8). */
export interface OnlineExtras {
  fee: DossierFeeNotice | null;
  orders: PaymentOrder[];
  documents: ElectronicDocument[];
}

export async function loadOnlineExtras(db: Executor, dossierId: string): Promise<OnlineExtras> {
  const [fee, orders, documents] = await Promise.all([
    getFeeNotice(db, dossierId),
    listPaymentOrders(db, dossierId),
    listElectronicDocuments(db, dossierId),
  ]);
  return { fee: fee ?? null, orders, documents };
}
