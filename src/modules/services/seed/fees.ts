import { v5 as uuidv5 } from "uuid";
import type { Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { markNoticePaid } from "../fees/notice-store.js";
import type { FeePlanProcedure, PlannedFee } from "./fees-plan.js";

/** The procedures' fee settings, for the fee plan. */
export async function loadFeeProcedures(tx: Tx): Promise<Map<string, FeePlanProcedure>> {
  const rows = await tx
    .selectFrom("procedures")
    .select(["id", "fees", "fee_exemptions", "form_fields", "online_payment"])
    .where("published", "=", true)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        fees: r.fees,
        fee_exemptions: r.fee_exemptions,
        form_fields: r.form_fields,
        onlinePayment: r.online_payment,
      },
    ]),
  );
}

const CHUNK = 500;

/**
 * Writes the planned notices (unpaid, or exempt when nothing is left to pay), then pays the chosen ones the way the
 * product does: an online order settled by the bank's callback, or the counter, each through markNoticePaid, which
 * issues the signed receipt.
 */
export async function insertPlannedFees(
  services: Services,
  tx: Tx,
  fees: readonly PlannedFee[],
): Promise<void> {
  for (let i = 0; i < fees.length; i += CHUNK) {
    await tx
      .insertInto("dossier_fee_notices")
      .values(
        fees.slice(i, i + CHUNK).map((f) => ({
          dossier_id: f.dossierId,
          lines: JSON.stringify(f.notice.lines),
          subtotal_vnd: f.notice.subtotalVnd,
          exemption_key: f.notice.exemption?.key ?? null,
          exemption_label: f.notice.exemption?.label ?? null,
          exemption_percent: f.notice.exemption?.percent ?? null,
          exempt_vnd: f.notice.exemptVnd,
          total_vnd: f.notice.totalVnd,
          status: f.notice.totalVnd === 0 ? ("exempt" as const) : ("unpaid" as const),
          created_at: f.createdAt,
          updated_at: f.createdAt,
        })),
      )
      .execute();
  }
  for (const f of fees) {
    const p = f.payment;
    if (!p) continue;
    let orderId: string | null = null;
    if (p.via === "online") {
      orderId = demoOrderId(p.orderRef);
      await tx
        .insertInto("payment_orders")
        .values({
          id: orderId,
          order_ref: p.orderRef,
          dossier_id: f.dossierId,
          citizen_id: p.citizenId,
          amount_vnd: f.notice.totalVnd,
          gateway: "sandbox",
          created_at: new Date(p.at.getTime() - 60_000),
          expires_at: new Date(p.at.getTime() + 14 * 60_000),
        })
        .execute();
    }
    const paid = await markNoticePaid(services, tx, {
      dossierId: f.dossierId,
      amountVnd: f.notice.totalVnd,
      via: p.via,
      orderId,
      staffId: p.via === "counter" ? p.staffId : null,
      at: p.at,
    });
    if (paid.outcome !== "paid") throw new Error(`demo fee of ${f.dossierId}: ${paid.outcome}`);
    if (p.via === "online" && orderId) {
      await tx
        .updateTable("payment_orders")
        .set({
          status: "paid",
          settled_via: "callback",
          settled_at: p.at,
          response_code: "00",
          gateway_txn: `SB${p.orderRef.slice(4)}`,
          bank_code: "NCB",
        })
        .where("id", "=", orderId)
        .execute();
    }
  }
}

const ORDER_NAMESPACE = "5b0f3c1e-8a47-4d2b-9e61-3f7a2c9d4b18";

/** The same id for the same demo order on every machine. */
function demoOrderId(orderRef: string): string {
  return uuidv5(`order:${orderRef}`, ORDER_NAMESPACE);
}
