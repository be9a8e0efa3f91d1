import { describe, expect, it } from "vitest";
import { servicesNotify } from "../../../../platform/i18n/catalogues/services-notify.js";
import { registerCatalogue } from "../../../../platform/i18n/index.js";
import { shipmentNotice } from "./notice.js";

registerCatalogue(servicesNotify);

const base = {
  direction: "return" as const,
  status: "handed_over" as const,
  code: "000.00.01.H48-260302-0042",
  service: "vnpost" as const,
  tracking: "EL123456785VN",
  lookupUrl: "https://dvc.example.vn/dich-vu-cong/tra-cuu?ma=x&k=y",
  smsLookupUrl: "https://dvc.example.vn/dich-vu-cong/tra-cuu",
};

describe("shipmentNotice", () => {
  it("tells the applicant that the result was posted, with the tracking number", () => {
    const n = shipmentNotice(base);
    expect(n?.sms).toBe(
      "Ket qua ho so 000.00.01.H48-260302-0042 da duoc gui qua buu chinh (Buu dien Viet Nam (VNPost)), so hieu EL123456785VN. Tra cuu: https://dvc.example.vn/dich-vu-cong/tra-cuu",
    );
    expect(n?.zalo).toContain("Bưu điện Việt Nam (VNPost)");
    expect(n?.zalo).toContain(base.lookupUrl);
    expect(n?.email.subject).toBe("Hồ sơ 000.00.01.H48-260302-0042: Đã bàn giao cho bưu điện");
  });

  it("covers delivery and return to sender", () => {
    expect(shipmentNotice({ ...base, status: "delivered" })?.zalo).toContain("đã được phát thành công");
    expect(shipmentNotice({ ...base, status: "returned_to_sender" })?.sms).toContain("chuyen hoan");
  });

  it("says nothing for a receipt shipment, for a new one, or while in transit", () => {
    expect(shipmentNotice({ ...base, direction: "receipt" })).toBeNull();
    expect(shipmentNotice({ ...base, status: "in_transit" })).toBeNull();
    expect(shipmentNotice({ ...base, status: "created" })).toBeNull();
  });
});
