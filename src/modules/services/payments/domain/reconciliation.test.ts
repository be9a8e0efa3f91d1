import { describe, expect, it } from "vitest";
import { compareOrder } from "./reconciliation.js";

const paid = { status: "paid" as const, refundDue: false, amountVnd: 100 };
const pending = { status: "pending" as const, refundDue: false, amountVnd: 100 };

describe("compareOrder", () => {
  it("is ok when both sides say paid with the same amount", () => {
    expect(compareOrder(paid, { status: "paid", amountVnd: 100 })).toEqual({ kind: "ok" });
  });
  it("settles, and lists, a payment the bank has and we missed", () => {
    for (const status of ["pending", "failed", "cancelled", "expired"] as const) {
      expect(compareOrder({ ...pending, status }, { status: "paid", amountVnd: 100 })).toEqual({
        kind: "settle",
        listed: true,
      });
    }
  });
  it("settles quietly a failure we had not heard of", () => {
    expect(compareOrder(pending, { status: "failed", amountVnd: 0 })).toEqual({
      kind: "settle",
      listed: false,
    });
    expect(compareOrder(pending, { status: "pending", amountVnd: 100 })).toEqual({ kind: "ok" });
  });
  it("asks a person to look when we say paid and the bank does not", () => {
    expect(compareOrder(paid, { status: "unknown", amountVnd: 0 })).toEqual({
      kind: "mismatch",
      resolution: "investigate",
    });
    expect(compareOrder(paid, { status: "error" })).toMatchObject({ resolution: "investigate" });
  });
  it("lists money to give back and amounts that differ", () => {
    expect(compareOrder({ ...paid, refundDue: true }, { status: "paid", amountVnd: 100 })).toMatchObject({
      resolution: "refund_due",
    });
    expect(compareOrder(paid, { status: "paid", amountVnd: 90 })).toMatchObject({ resolution: "amount" });
    expect(compareOrder(pending, { status: "paid", amountVnd: 90 })).toMatchObject({ resolution: "amount" });
  });
});
