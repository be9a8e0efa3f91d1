/**
 * What a word from the bank does to one of our orders. Pure: the settlement service reads the order under its row
 * lock, asks this, and writes what it says.
 */
import type { ResultKind, RspCode } from "../gateway/protocol.js";
import type { PaymentOrderStatus } from "../tables.js";

export type SettlementDecision =
  | { action: "settle"; status: ResultKind; rsp: "00" }
  | { action: "keep"; rsp: RspCode; outcome: "amount_mismatch" | "already_settled" };

/**
 * - An amount other than the order's is refused and the order stays as it is: the bank and we disagree, a person
 *   must look (reconciliation), and paying the notice from a wrong amount is exactly what an attacker would want.
 * - A pending order takes the bank's result.
 * - An order we gave up on (failed, cancelled, expired) still becomes paid when the bank says the money was taken:
 *   the citizen paid, so the notice is paid or the money is owed back; any other late word changes nothing.
 * - A paid order never changes again (replays, a second callback, a late failure).
 */
export function decideSettlement(
  order: { status: PaymentOrderStatus; amountVnd: number },
  result: { kind: ResultKind; amountVnd: number },
): SettlementDecision {
  if (result.amountVnd !== order.amountVnd) return { action: "keep", rsp: "04", outcome: "amount_mismatch" };
  if (order.status === "pending") return { action: "settle", status: result.kind, rsp: "00" };
  if (order.status !== "paid" && result.kind === "paid")
    return { action: "settle", status: "paid", rsp: "00" };
  return { action: "keep", rsp: "02", outcome: "already_settled" };
}

/** Order references are what the bank sees: alphanumeric, dated for people, random so nobody can guess another's. */
export function newOrderRef(at: Date, random: Buffer): string {
  const day = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(2, 10).replace(/-/g, "");
  return `${day}${random.toString("hex").toUpperCase()}`.slice(0, 34);
}
