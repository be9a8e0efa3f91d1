/**
 * The daily comparison of one of our orders with the bank's answer. Pure: reconcile.ts asks the bank, asks this what
 * the pair means, settles when told to and lists the rest for a person.
 */
import type { BankStatus } from "../gateway/protocol.js";
import type { PaymentOrderStatus } from "../tables.js";

export type BankView = { status: BankStatus; amountVnd: number } | { status: "error" };

export type Verdict =
  /** Both sides agree (or nothing final happened yet). */
  | { kind: "ok" }
  /** The bank has a final answer we missed: settle from it (quietly when it is not a payment). */
  | { kind: "settle"; listed: boolean }
  | { kind: "mismatch"; resolution: "refund_due" | "investigate" | "amount" };

export function compareOrder(
  ours: { status: PaymentOrderStatus; refundDue: boolean; amountVnd: number },
  bank: BankView,
): Verdict {
  if (ours.status === "paid" && ours.refundDue) return { kind: "mismatch", resolution: "refund_due" };
  if (bank.status === "error") return { kind: "mismatch", resolution: "investigate" };
  const bankPaid = bank.status === "paid";
  if (bankPaid && bank.amountVnd !== ours.amountVnd) return { kind: "mismatch", resolution: "amount" };
  if (ours.status === "paid")
    return bankPaid ? { kind: "ok" } : { kind: "mismatch", resolution: "investigate" };
  if (bankPaid) return { kind: "settle", listed: true };
  if (ours.status === "pending" && (bank.status === "failed" || bank.status === "cancelled")) {
    return { kind: "settle", listed: false };
  }
  return { kind: "ok" };
}
