import { describe, expect, it } from "vitest";
import { decideSettlement, newOrderRef } from "./settlement.js";

describe("decideSettlement", () => {
  const pending = { status: "pending" as const, amountVnd: 50_000 };
  it("settles a pending order with the bank's result", () => {
    expect(decideSettlement(pending, { kind: "paid", amountVnd: 50_000 })).toEqual({
      action: "settle",
      status: "paid",
      rsp: "00",
    });
    expect(decideSettlement(pending, { kind: "cancelled", amountVnd: 50_000 })).toMatchObject({
      status: "cancelled",
    });
  });
  it("refuses another amount and keeps the order", () => {
    expect(decideSettlement(pending, { kind: "paid", amountVnd: 5_000 })).toEqual({
      action: "keep",
      rsp: "04",
      outcome: "amount_mismatch",
    });
  });
  it("never changes a paid order again", () => {
    for (const kind of ["paid", "failed", "cancelled"] as const) {
      expect(decideSettlement({ status: "paid", amountVnd: 1 }, { kind, amountVnd: 1 })).toMatchObject({
        rsp: "02",
      });
    }
  });
  it("records money taken late on an order we gave up on", () => {
    for (const status of ["failed", "cancelled", "expired"] as const) {
      expect(decideSettlement({ status, amountVnd: 1 }, { kind: "paid", amountVnd: 1 })).toMatchObject({
        action: "settle",
        status: "paid",
      });
      expect(decideSettlement({ status, amountVnd: 1 }, { kind: "failed", amountVnd: 1 }).rsp).toBe("02");
    }
  });
});

describe("newOrderRef", () => {
  it("is the Vietnamese day and random hex, within the gateway's 8–34 alphanumerics", () => {
    const ref = newOrderRef(new Date("2026-03-04T17:30:00Z"), Buffer.alloc(12, 0xab));
    expect(ref).toBe(`260305${"AB".repeat(12)}`);
    expect(ref).toMatch(/^[A-Za-z0-9]{8,34}$/);
  });
});
