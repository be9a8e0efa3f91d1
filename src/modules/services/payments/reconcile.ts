/**
 * Daily reconciliation: every order created on one Vietnamese day, compared with the bank's answer to a status
 * query. Payments we missed are settled now; what needs a person (money to give back, a payment the bank does not
 * know, an amount that differs) is listed. Each run is kept as a payment_reconciliations row.
 */
import { v7 as uuidv7 } from "uuid";
import { vnDayStart } from "../../../platform/calendar/vn-day.js";
import type { Services } from "../../../platform/services.js";
import { type BankView, compareOrder } from "./domain/reconciliation.js";
import type { PaymentGateway, QueryOutcome } from "./gateway/http-gateway.js";
import { settleFromQuery } from "./settle.js";
import type { PaymentReconciliation, ReconciliationMismatch } from "./tables.js";

/** Queries run a few at a time: a bank rate-limits, and a day has at most some thousands of orders. */
const PARALLEL_QUERIES = 4;

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function bankView(q: QueryOutcome): BankView {
  return q.ok ? { status: q.answer.status, amountVnd: q.answer.amount } : { status: "error" };
}

export async function reconcileDay(
  services: Services,
  gateway: PaymentGateway,
  day: string,
  opts: { runBy: string | null; now?: Date },
): Promise<PaymentReconciliation> {
  const now = opts.now ?? new Date();
  const { db } = services;
  const orders = await db
    .selectFrom("payment_orders as o")
    .innerJoin("dossiers as d", "d.id", "o.dossier_id")
    .select(["o.id", "o.order_ref", "o.status", "o.refund_due", "o.amount_vnd", "d.code"])
    .where("o.created_at", ">=", vnDayStart(day))
    .where("o.created_at", "<", vnDayStart(day, 1))
    .orderBy("o.created_at")
    .execute();

  const results = await mapLimited(orders, PARALLEL_QUERIES, async (o) => {
    const q = await gateway.queryStatus(o.order_ref);
    const bank = bankView(q);
    const ours = { status: o.status, refundDue: o.refund_due, amountVnd: Number(o.amount_vnd) };
    const verdict = compareOrder(ours, bank);
    let finalStatus = o.status;
    let mismatch: ReconciliationMismatch | null = null;
    const listed = (resolution: string, oursStatus = o.status): ReconciliationMismatch => ({
      orderRef: o.order_ref,
      dossierCode: o.code,
      ours: oursStatus,
      bank: bank.status,
      amountVnd: ours.amountVnd,
      resolution,
    });
    if (verdict.kind === "mismatch") mismatch = listed(verdict.resolution);
    if (verdict.kind === "settle") {
      try {
        const settled = await settleFromQuery(services, o.order_ref, q, now);
        finalStatus = settled?.order?.status ?? o.status;
        if (verdict.listed) {
          mismatch = listed(settled?.order?.refund_due ? "refund_due" : "settled", o.status);
        }
      } catch {
        // One order that cannot be settled now must not stop the day's report: a person looks at it.
        mismatch = listed("investigate");
      }
    }
    return { status: finalStatus, amountVnd: ours.amountVnd, mismatch };
  });

  const paid = results.filter((r) => r.status === "paid");
  const row = {
    id: uuidv7(),
    day,
    run_at: now,
    orders: orders.length,
    paid_count: paid.length,
    paid_vnd: paid.reduce((sum, r) => sum + r.amountVnd, 0),
    mismatches: JSON.stringify(results.flatMap((r) => (r.mismatch ? [r.mismatch] : []))),
    run_by: opts.runBy,
  };
  return db.insertInto("payment_reconciliations").values(row).returningAll().executeTakeFirstOrThrow();
}

export async function latestReconciliation(
  db: Services["db"],
  day: string,
): Promise<PaymentReconciliation | undefined> {
  return db
    .selectFrom("payment_reconciliations")
    .selectAll()
    .where("day", "=", day)
    .orderBy("run_at", "desc")
    .limit(1)
    .executeTakeFirst();
}
