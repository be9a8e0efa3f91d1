import type { Executor } from "../../../platform/db/transaction.js";
import { getFeeNotice } from "../fees/notice-store.js";
import type { DossierFeeNotice } from "../fees/tables.js";
import type { DossierState } from "../lifecycle/domain/state-machine.js";
import type { HistoryEvent } from "../notifications/domain/lookup.js";
import { dossierHistory } from "../notifications/store.js";
import { listPaymentOrders } from "../payments/orders.js";
import type { PaymentOrder } from "../payments/tables.js";
import { listElectronicDocuments } from "../results/e-documents.js";
import type { ElectronicDocument } from "../results/tables.js";

export interface OwnDossier {
  id: string;
  code: string;
  state: DossierState;
  submitted_at: Date;
  received_at: Date | null;
  due_on: string | null;
  apology_due_on: string | null;
  lookup_token: string;
  procedure_name: string;
  unit_name: string;
}

/**
 * The dossier of this code only when this citizen owns it: another citizen's dossier and an unknown code give the same
 * `undefined`, so the page cannot be used to learn which codes exist.
 */
export async function ownDossier(
  db: Executor,
  code: string,
  citizenId: string,
): Promise<OwnDossier | undefined> {
  return db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .innerJoin("units as u", "u.id", "d.unit_id")
    .select([
      "d.id",
      "d.code",
      "d.state",
      "d.submitted_at",
      "d.received_at",
      "d.due_on",
      "d.apology_due_on",
      "d.lookup_token",
      "p.name as procedure_name",
      "u.name_vi as unit_name",
    ])
    .where("d.code", "=", code)
    .where("d.citizen_id", "=", citizenId)
    .executeTakeFirst();
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
