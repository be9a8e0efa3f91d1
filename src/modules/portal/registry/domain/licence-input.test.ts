import { describe, expect, it } from "vitest";
import { checkLicence, type LicenceFormValues, licenceValuesFromBody } from "./licence-input.js";

const good: LicenceFormValues = {
  licence_number: "15/GP-STTTT",
  issuing_body: "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",
  issued_on: "01/03/2024",
  expires_on: "01/03/2029",
  domains: "sxd.quangngai.gov.vn\nhttps://www.sxd.quangngai.gov.vn/",
  hosting_provider: "Trung tâm Tích hợp dữ liệu tỉnh",
  hosting_location: "Quảng Ngãi",
  contact_name: "Bùi Thanh Tùng",
  contact_phone: "0255 3822 158",
  contact_email: "Tung.BT@quangngai.gov.vn",
  notes: "",
};

describe("checkLicence", () => {
  it("accepts a complete entry, storing ISO dates, clean domains and a lower-case e-mail", () => {
    const r = checkLicence(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.issued_on).toBe("2024-03-01");
    expect(r.input.expires_on).toBe("2029-03-01");
    expect(r.input.domains).toEqual(["sxd.quangngai.gov.vn", "www.sxd.quangngai.gov.vn"]);
    expect(r.input.contact_email).toBe("tung.bt@quangngai.gov.vn");
    expect(r.input.notes).toBeNull();
  });
  it("refuses dates that are not dd/mm/yyyy or not real, and an expiry not after the issue", () => {
    const r = checkLicence({ ...good, issued_on: "2024-03-01", expires_on: "31/02/2029" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.issued_on?.key).toBe("registry.err.date");
    expect(r.problems.expires_on?.key).toBe("registry.err.date");
    const order = checkLicence({ ...good, expires_on: "01/03/2024" });
    expect(!order.ok && order.problems.expires_on?.key).toBe("registry.err.expiryOrder");
  });
  it("needs the issuing body and dates with a licence number, and a number with dates", () => {
    const r = checkLicence({ ...good, issuing_body: "", expires_on: "" });
    expect(!r.ok && r.problems.issuing_body?.key).toBe("registry.err.withLicence");
    expect(!r.ok && r.problems.expires_on?.key).toBe("registry.err.withLicence");
    const noNumber = checkLicence({ ...good, licence_number: "" });
    expect(!noNumber.ok && noNumber.problems.licence_number?.key).toBe("registry.err.numberForDates");
    const none = checkLicence({
      ...good,
      licence_number: "",
      issuing_body: "",
      issued_on: "",
      expires_on: "",
    });
    expect(none.ok).toBe(true);
  });
  it("checks phone, e-mail and domain formats and requires the security contact", () => {
    const r = checkLicence({
      ...good,
      contact_phone: "12345",
      contact_email: "tung@",
      domains: "sxd quang ngai",
    });
    expect(!r.ok && r.problems.contact_phone?.key).toBe("registry.err.phone");
    expect(!r.ok && r.problems.contact_email?.key).toBe("registry.err.email");
    expect(!r.ok && r.problems.domains?.key).toBe("registry.err.domain");
    const missing = checkLicence({ ...good, contact_name: " ", contact_email: "" });
    expect(!missing.ok && missing.problems.contact_name?.key).toBe("registry.err.required");
    expect(!missing.ok && missing.problems.contact_email?.key).toBe("registry.err.required");
  });
  it("reads only strings from the body and normalises to NFC", () => {
    const v = licenceValuesFromBody({ contact_name: "Bu\u0300i", notes: ["x"] });
    expect(v.contact_name).toBe("Bùi");
    expect(v.notes).toBe("");
  });
});
