/**
 * Settlement: the one path by which a word from the bank (callback, browser return, status query) changes an order.
 * Each runs in one transaction holding the order's row lock, so identical callbacks arriving together settle once,
 * and every word is logged in payment_callbacks whatever we made of it.
 */
import { type AuditActor, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction, type Tx } from "../../../platform/db/transaction.js";
import type { Services } from "../../../platform/services.js";
import { markNoticePaid } from "../fees/notice-store.js";
import { decideSettlement } from "./domain/settlement.js";
import type { PaymentGateway, QueryOutcome } from "./gateway/http-gateway.js";
import {
  type GatewayResult,
  type Params,
  type ResultKind,
  type RspCode,
  resultKind,
} from "./gateway/protocol.js";
import type { PaymentOrder, PaymentSource } from "./tables.js";

export interface BankResult {
  orderRef: string;
  merchant: string | null;
  kind: ResultKind;
  amountVnd: number;
  responseCode: string;
  transactionNo: string | null;
  bankCode: string | null;
}

export type SettleAnswer =
  | { kind: "malformed" }
  | { kind: "forged" }
  | { kind: "answered"; rsp: RspCode; outcome: string; order: PaymentOrder | null };

export interface Arrival {
  source: PaymentSource;
  /** The parameters as received (null when a name came twice), for the log. */
  params: Params | null;
  rawQuery: string;
  ip: string | null;
}

async function logArrival(
  db: Services["db"] | Tx,
  a: Arrival,
  row: { orderRef: string | null; signatureValid: boolean; outcome: string },
): Promise<void> {
  await db
    .insertInto("payment_callbacks")
    .values({
      source: a.source,
      order_ref: row.orderRef?.slice(0, 64) ?? null,
      params: JSON.stringify(a.params ?? { _query: a.rawQuery.slice(0, 4000) }),
      signature_valid: row.signatureValid,
      outcome: row.outcome,
      ip: a.ip,
    })
    .execute();
}

function systemActor(ip: string | null, requestId: string | null = null): AuditActor {
  return { id: null, name: "Cổng thanh toán", ip, requestId };
}

/**
 * Applies a result to its order under the row lock and answers what the bank is told. A paid result pays the fee
 * notice through markNoticePaid (which issues the receipt); when the notice was already paid by another order, or
 * cannot be paid any more, the money is recorded as owed back (refund_due).
 */
export async function applyBankResult(
  services: Services,
  tx: Tx,
  result: BankResult,
  via: PaymentSource,
  now: Date,
): Promise<{ rsp: RspCode; outcome: string; order: PaymentOrder | null }> {
  const order = await tx
    .selectFrom("payment_orders")
    .selectAll()
    .where("order_ref", "=", result.orderRef)
    .forUpdate()
    .executeTakeFirst();
  if (!order) return { rsp: "01", outcome: "order_not_found", order: null };
  if (result.merchant !== null && result.merchant !== services.config.payment.merchantId) {
    return { rsp: "99", outcome: "wrong_merchant", order };
  }
  const decision = decideSettlement(
    { status: order.status, amountVnd: order.amount_vnd },
    { kind: result.kind, amountVnd: result.amountVnd },
  );
  if (decision.action === "keep") return { rsp: decision.rsp, outcome: decision.outcome, order };

  let refundDue = false;
  let outcome: string = decision.status;
  if (decision.status === "paid") {
    const paid = await markNoticePaid(services, tx, {
      dossierId: order.dossier_id,
      amountVnd: order.amount_vnd,
      via: "online",
      orderId: order.id,
      staffId: null,
      at: now,
    });
    if (paid.outcome !== "paid") {
      refundDue = true;
      outcome = "paid_refund_due";
    }
  }
  const updated = await tx
    .updateTable("payment_orders")
    .set({
      status: decision.status,
      refund_due: refundDue,
      settled_via: via,
      settled_at: now,
      response_code: result.responseCode,
      gateway_txn: result.transactionNo,
      bank_code: result.bankCode,
      version: order.version + 1,
    })
    .where("id", "=", order.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(tx, systemActor(null), {
    action: `payment.${decision.status}`,
    entityType: "dossier",
    entityId: order.dossier_id,
    summary: `Đơn thanh toán ${order.order_ref}: ${outcome} (${via})`,
    before: { status: order.status },
    after: { status: decision.status, refund_due: refundDue, gateway_txn: result.transactionNo },
  });
  return { rsp: "00", outcome, order: updated };
}

/** A callback or a browser return: checked, logged, settled. */
export async function settleArrival(
  services: Services,
  gateway: PaymentGateway,
  arrival: Arrival,
  log: { warn(obj: object, msg: string): void },
  requestId: string | null,
): Promise<SettleAnswer> {
  const checked = gateway.verify(arrival.params);
  if (!checked.ok) {
    if (checked.problem === "malformed") {
      await logArrival(services.db, arrival, {
        orderRef: arrival.params?.orderRef ?? null,
        signatureValid: false,
        outcome: "malformed",
      });
      return { kind: "malformed" };
    }
    log.warn(
      { orderRef: checked.orderRef, ip: arrival.ip, source: arrival.source },
      "payment: forged signature refused",
    );
    await inTransaction(services.db, async (tx) => {
      await logArrival(tx, arrival, {
        orderRef: checked.orderRef,
        signatureValid: false,
        outcome: "forged_signature",
      });
      await recordAudit(tx, systemActor(arrival.ip, requestId), {
        action: "payment.forged_signature",
        entityType: "payment_order",
        entityId: checked.orderRef,
        summary: `Từ chối thông báo thanh toán có chữ ký giả (${arrival.source}, IP ${arrival.ip ?? "?"})`,
        after: { params: arrival.params },
      });
    });
    return { kind: "forged" };
  }
  const r = checked.value;
  const now = new Date();
  try {
    return await settleChecked(services, arrival, r, now);
  } catch (err) {
    // The bank retries a callback that was not confirmed, and the expiry sweep asks again: failing here loses
    // nothing, but the bank must hear "99", not a 500, and the attempt must be on record.
    log.warn({ err, orderRef: r.orderRef, source: arrival.source }, "payment: settlement failed");
    await logArrival(services.db, arrival, { orderRef: r.orderRef, signatureValid: true, outcome: "error" });
    const order = await services.db
      .selectFrom("payment_orders")
      .selectAll()
      .where("order_ref", "=", r.orderRef)
      .executeTakeFirst();
    return { kind: "answered", rsp: "99", outcome: "error", order: order ?? null };
  }
}

async function settleChecked(
  services: Services,
  arrival: Arrival,
  r: GatewayResult,
  now: Date,
): Promise<SettleAnswer> {
  return inTransaction(services.db, async (tx) => {
    const answer = await applyBankResult(
      services,
      tx,
      {
        orderRef: r.orderRef,
        merchant: r.merchant,
        kind: resultKind(r.responseCode),
        amountVnd: Number(r.amount),
        responseCode: r.responseCode,
        transactionNo: r.transactionNo,
        bankCode: r.bankCode || null,
      },
      arrival.source,
      now,
    );
    await logArrival(tx, arrival, { orderRef: r.orderRef, signatureValid: true, outcome: answer.outcome });
    return { kind: "answered", ...answer };
  });
}

/**
 * Settles an order from the bank's answer to a status query, when the answer is final (paid, failed, cancelled).
 * Returns null when the bank has nothing final to say (pending, unknown) or could not be asked.
 */
export async function settleFromQuery(
  services: Services,
  orderRef: string,
  q: QueryOutcome,
  now: Date,
): Promise<{ rsp: RspCode; outcome: string; order: PaymentOrder | null } | null> {
  const arrival: Arrival = {
    source: "query",
    params: q.ok ? Object.fromEntries(Object.entries(q.answer).map(([k, v]) => [k, String(v)])) : null,
    rawQuery: q.ok ? "" : `problem=${q.problem}`,
    ip: null,
  };
  if (!q.ok) {
    await logArrival(services.db, arrival, { orderRef, signatureValid: false, outcome: `query_failed` });
    return null;
  }
  const a = q.answer;
  const status = a.status;
  if (status === "pending" || status === "unknown") {
    await logArrival(services.db, arrival, { orderRef, signatureValid: true, outcome: `bank_${status}` });
    return null;
  }
  return inTransaction(services.db, async (tx) => {
    const answer = await applyBankResult(
      services,
      tx,
      {
        orderRef,
        merchant: null,
        kind: status,
        amountVnd: a.amount,
        responseCode: a.responseCode,
        transactionNo: a.transactionNo || null,
        bankCode: null,
      },
      "query",
      now,
    );
    await logArrival(tx, arrival, { orderRef, signatureValid: true, outcome: answer.outcome });
    return answer;
  });
}

/** After expiry, a bank with nothing final to say means the citizen never paid: the order is closed as expired. */
export async function expireOrder(services: Services, orderId: string, now: Date): Promise<boolean> {
  const res = await services.db
    .updateTable("payment_orders")
    .set((eb) => ({ status: "expired", settled_at: now, version: eb("version", "+", 1) }))
    .where("id", "=", orderId)
    .where("status", "=", "pending")
    .where("expires_at", "<", now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
