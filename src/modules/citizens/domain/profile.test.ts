import { describe, expect, it } from "vitest";
import "../../../platform/i18n/catalogues/citizens.js";
import { citizens } from "../../../platform/i18n/catalogues/citizens.js";
import { registerCatalogue } from "../../../platform/i18n/index.js";
import { DEMO_CITIZEN_COUNT, demoCitizen } from "../seed.js";
import { type ProfileFormValues, parseProfile, profileToForm } from "./profile.js";

registerCatalogue(citizens);

const now = new Date("2026-03-16T02:00:00Z");
const base: ProfileFormValues = {
  fullName: "Nguyễn Văn Đức",
  idNumber: "051090001234",
  birthDate: "05/09/1990",
  gender: "male",
  address: "12 Hùng Vương, phường Trần Phú, thành phố Quảng Ngãi",
  businessName: "",
  taxCode: "",
};

describe("the profile form", () => {
  it("stores ISO dates, digits-only tax codes and nulls for empty fields", () => {
    const r = parseProfile(
      { ...base, businessName: "Công ty TNHH Thiên Ấn", taxCode: "4300123456-001" },
      "vi",
      now,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        fullName: "Nguyễn Văn Đức",
        idNumber: "051090001234",
        birthDate: "1990-09-05",
        gender: "male",
        address: base.address,
        businessName: "Công ty TNHH Thiên Ấn",
        taxCode: "4300123456001",
      },
    });
    const minimal = parseProfile(
      { ...base, idNumber: "", birthDate: "", gender: "", address: "" },
      "vi",
      now,
    );
    expect(minimal.ok && minimal.value).toMatchObject({
      idNumber: null,
      birthDate: null,
      gender: null,
      address: null,
    });
  });

  it("explains each mistake in Vietnamese beside its field", () => {
    const r = parseProfile(
      { ...base, fullName: "", idNumber: "12345", birthDate: "31/02/1990", taxCode: "123" },
      "vi",
      now,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.fullName).toBe("Vui lòng nhập Họ và tên.");
    expect(r.errors.idNumber).toContain("12 chữ số");
    expect(r.errors.birthDate).toContain("ngày có thật");
    expect(r.errors.taxCode).toContain("10 hoặc 13 chữ số");
    expect(r.errors.businessName).toContain("Tên tổ chức");
  });

  it("checks the CCCD against the birth year and gender", () => {
    const year = parseProfile({ ...base, birthDate: "05/09/1991" }, "vi", now);
    expect(!year.ok && year.errors.idNumber).toContain("năm sinh");
    const gender = parseProfile({ ...base, gender: "female" }, "vi", now);
    expect(!gender.ok && gender.errors.idNumber).toContain("giới tính");
  });

  it("refuses birth dates in the future or before 1900, and unknown genders", () => {
    const future = parseProfile({ ...base, idNumber: "", birthDate: "17/03/2026" }, "vi", now);
    expect(!future.ok && future.errors.birthDate).toContain("đến hôm nay");
    const old = parseProfile({ ...base, idNumber: "", birthDate: "31/12/1899" }, "vi", now);
    expect(old.ok).toBe(false);
    const odd = parseProfile({ ...base, gender: "x" }, "vi", now);
    expect(!odd.ok && odd.errors.gender).toBeTruthy();
  });

  it("round-trips a stored profile through the form", () => {
    const values = profileToForm({
      fullName: "Trần Thị Hoa",
      idNumber: "051185001234",
      birthDate: "1985-01-31",
      gender: "female",
      address: null,
      businessName: null,
      taxCode: null,
    });
    expect(values.birthDate).toBe("31/01/1985");
    expect(parseProfile(values, "vi", now).ok).toBe(true);
  });

  it("accepts every demo citizen as it is seeded", () => {
    for (let n = 1; n <= DEMO_CITIZEN_COUNT; n++) {
      const c = demoCitizen(n);
      const r = parseProfile(profileToForm(c), "vi", now);
      expect(r.ok, `demo citizen ${n}: ${JSON.stringify(r)}`).toBe(true);
    }
  });
});
