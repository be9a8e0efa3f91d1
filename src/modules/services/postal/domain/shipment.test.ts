import { describe, expect, it } from "vitest";
import {
  checkStatusChange,
  checkTrackingNumber,
  normaliseTracking,
  SHIPMENT_STATUSES,
  s10CheckDigit,
} from "./shipment.js";

describe("tracking numbers", () => {
  it("computes the UPU S10 check digit, with 10 → 0 and 11 → 5", () => {
    // 47312482 is the usual worked example of S10 (AA473124829GB): check digit 9.
    expect(s10CheckDigit("47312482")).toBe(9);
    // sum 12 ≡ 1 (mod 11) → 10 → 0
    expect(s10CheckDigit("10020000")).toBe(0);
    expect(s10CheckDigit("12345678")).toBe(5);
    // sum ≡ 0 (mod 11) → 11 → 5
    expect(s10CheckDigit("00000000")).toBe(5);
  });

  it("accepts a VNPost S10 number however it was typed", () => {
    expect(checkTrackingNumber("vnpost", "EL123456785VN")).toEqual({ ok: true, value: "EL123456785VN" });
    expect(checkTrackingNumber("vnpost", "el 1234 5678 5 vn")).toEqual({ ok: true, value: "EL123456785VN" });
    expect(checkTrackingNumber("vnpost", "RR473124829VN")).toEqual({ ok: true, value: "RR473124829VN" });
  });

  it("refuses a wrong check digit, a foreign country code and other shapes for VNPost", () => {
    expect(checkTrackingNumber("vnpost", "EL123456789VN")).toEqual({ ok: false, reason: "check_digit" });
    expect(checkTrackingNumber("vnpost", "EL123456785US")).toEqual({ ok: false, reason: "country" });
    expect(checkTrackingNumber("vnpost", "E123456785VN")).toEqual({ ok: false, reason: "format" });
    expect(checkTrackingNumber("vnpost", "EL12345678VN")).toEqual({ ok: false, reason: "format" });
    expect(checkTrackingNumber("vnpost", "")).toEqual({ ok: false, reason: "format" });
  });

  it("accepts other carriers' codes of 8–20 letters and digits", () => {
    expect(checkTrackingNumber("viettel_post", "1234567890")).toEqual({ ok: true, value: "1234567890" });
    expect(checkTrackingNumber("other", "ghn-ab12 cd34")).toEqual({ ok: true, value: "GHNAB12CD34" });
    expect(checkTrackingNumber("other", "123")).toEqual({ ok: false, reason: "format" });
    expect(checkTrackingNumber("other", "ABC#12345")).toEqual({ ok: false, reason: "format" });
  });

  it("normalises spaces, hyphens and case", () => {
    expect(normaliseTracking(" ee-123 456 785 vn ")).toBe("EE123456785VN");
  });
});

describe("shipment status flow", () => {
  it("follows created → handed_over → in_transit → delivered | returned_to_sender", () => {
    expect(checkStatusChange("created", "handed_over", true)).toEqual({ ok: true });
    expect(checkStatusChange("handed_over", "in_transit", true)).toEqual({ ok: true });
    expect(checkStatusChange("in_transit", "delivered", true)).toEqual({ ok: true });
    expect(checkStatusChange("in_transit", "returned_to_sender", true)).toEqual({ ok: true });
    expect(checkStatusChange("handed_over", "delivered", true)).toEqual({ ok: true });
  });

  it("refuses skipping the hand-over, going back, and leaving a final status", () => {
    expect(checkStatusChange("created", "in_transit", true)).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkStatusChange("created", "delivered", true)).toEqual({ ok: false, reason: "not_allowed" });
    expect(checkStatusChange("in_transit", "handed_over", true)).toEqual({
      ok: false,
      reason: "not_allowed",
    });
    expect(checkStatusChange("delivered", "in_transit", true)).toEqual({ ok: false, reason: "final" });
    expect(checkStatusChange("returned_to_sender", "delivered", true)).toEqual({
      ok: false,
      reason: "final",
    });
    expect(checkStatusChange("in_transit", "in_transit", true)).toEqual({ ok: false, reason: "same" });
  });

  it("needs the tracking number before the item is handed over", () => {
    expect(checkStatusChange("created", "handed_over", false)).toEqual({
      ok: false,
      reason: "tracking_required",
    });
  });

  it("no status can reach 'created' again", () => {
    for (const s of SHIPMENT_STATUSES) expect(checkStatusChange(s, "created", true).ok).toBe(false);
  });
});
