import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormField } from "../../catalogue/domain/procedure-form.js";
import { mayOpenAsApplicant, newLookupToken, receiptLookupUrl } from "./access.js";
import {
  applicantCoverage,
  applicantFieldName,
  channelRules,
  parseSubmissionMeta,
} from "./applicant-input.js";
import { checkAttachment, cleanFilename, formatBytes, MAX_FILE_BYTES } from "./attachments.js";
import { agencyCodeOf, formatDossierCode, parseDossierCode, vnIsoDay, vnYymmdd } from "./dossier-code.js";
import { buildFormSchema, formFieldName, normalizeViDate, parseFormData } from "./form-schema.js";
import { EICAR, eicarScanner } from "./virus-scan.js";

const field = (f: Partial<FormField> & Pick<FormField, "key" | "type">): FormField => ({
  label: f.key,
  required: false,
  ...f,
});

describe("dossier code", () => {
  it("uses the agency identifier, the Vietnamese day and a 4-digit sequence", () => {
    // 17:30 UTC on 14 March is 00:30 on 15 March in Vietnam.
    expect(formatDossierCode("000.00.00.H48", new Date("2025-03-14T17:30:00Z"), 42)).toBe(
      "000.00.00.H48-250315-0042",
    );
    expect(formatDossierCode("STP", new Date("2025-03-14T16:59:59Z"), 10_001)).toBe("STP-250314-10001");
    expect(() => formatDossierCode("STP", new Date(), 0)).toThrow();
  });

  it("falls back to the short code when the unit has no identifier", () => {
    expect(agencyCodeOf({ identifier_code: "000.00.12.H48", short_code: "STP" })).toBe("000.00.12.H48");
    expect(agencyCodeOf({ identifier_code: null, short_code: "STP" })).toBe("STP");
    expect(agencyCodeOf({ identifier_code: "  ", short_code: "STP" })).toBe("STP");
  });

  it("round-trips through parseDossierCode for any agency, day and sequence", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9A-Z.]{1,20}$/),
        fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 999_999 }),
        (agency, at, seq) => {
          const parsed = parseDossierCode(formatDossierCode(agency, at, seq));
          expect(parsed).toEqual({ agencyCode: agency, yymmdd: vnYymmdd(at), seq });
          expect(vnIsoDay(at).slice(2).replaceAll("-", "")).toBe(vnYymmdd(at));
        },
      ),
    );
  });
});

describe("form schema built from a procedure's fields", () => {
  const fields: FormField[] = [
    field({ key: "hoTen", type: "text", label: "Họ tên người con", required: true, maxLength: 10 }),
    field({ key: "ghiChu", type: "textarea" }),
    field({ key: "soBan", type: "number", label: "Số bản sao", min: 1, max: 10 }),
    field({ key: "ngaySinh", type: "date", label: "Ngày sinh", required: true }),
    field({ key: "gioiTinh", type: "select", label: "Giới tính", options: ["Nam", "Nữ"], required: true }),
    field({ key: "thu", type: "email", label: "Thư" }),
    field({ key: "dienThoai", type: "phone", label: "Điện thoại" }),
    field({ key: "cccd", type: "id_number", label: "CCCD" }),
    field({ key: "dongY", type: "checkbox", label: "Đồng ý", required: true }),
  ];
  const good = {
    fd_hoTen: " Lê  Văn A ",
    fd_ngaySinh: "1/2/2020",
    fd_gioiTinh: "Nữ",
    fd_soBan: "2",
    fd_thu: "A@B.VN",
    fd_dienThoai: "0905 123 456",
    fd_cccd: "0512 0300 1234",
    fd_dongY: "on",
  };

  it("accepts good input and normalises it", () => {
    const r = parseFormData(fields, good);
    expect(r.ok).toBe(true);
    expect(r.data).toEqual({
      hoTen: "Lê Văn A",
      ghiChu: "",
      soBan: "2",
      ngaySinh: "01/02/2020",
      gioiTinh: "Nữ",
      thu: "a@b.vn",
      dienThoai: "0905 123 456",
      cccd: "051203001234",
      dongY: "true",
    });
    expect(buildFormSchema(fields).safeParse(good).success).toBe(true);
  });

  it("gives a Vietnamese message per field type", () => {
    const r = parseFormData(fields, {
      fd_hoTen: "Một cái tên rất dài",
      fd_soBan: "0",
      fd_ngaySinh: "31/02/2020",
      fd_gioiTinh: "Khác",
      fd_thu: "khong-phai-thu",
      fd_dienThoai: "12345",
      fd_cccd: "12345678901",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      fd_hoTen: "Họ tên người con không được dài quá 10 ký tự.",
      fd_soBan: "Số bản sao không được nhỏ hơn 1.",
      fd_ngaySinh: expect.stringContaining("Ngày sinh phải là một ngày có thật"),
      fd_gioiTinh: "Vui lòng chọn Giới tính trong danh sách.",
      fd_thu: expect.stringContaining("Thư không đúng dạng thư điện tử"),
      fd_dienThoai: expect.stringContaining("Điện thoại không đúng dạng số điện thoại Việt Nam"),
      fd_cccd: "CCCD phải gồm đúng 12 chữ số.",
      fd_dongY: "Vui lòng đánh dấu Đồng ý.",
    });
    expect(parseFormData(fields, { ...good, fd_soBan: "abc" }).ok).toBe(false);
    expect(parseFormData(fields, { ...good, fd_soBan: "11" })).toMatchObject({
      errors: { fd_soBan: "Số bản sao không được lớn hơn 10." },
    });
    expect(parseFormData(fields, { ...good, fd_hoTen: "" })).toMatchObject({
      errors: { fd_hoTen: "Vui lòng nhập Họ tên người con." },
    });
  });

  it("reads dates as dd/mm/yyyy and refuses days that do not exist", () => {
    expect(normalizeViDate("29/02/2024")).toBe("29/02/2024");
    expect(normalizeViDate("29/02/2023")).toBeNull();
    expect(normalizeViDate("2024-02-01")).toBeNull();
    expect(normalizeViDate("1/13/2024")).toBeNull();
    expect(formFieldName("abc")).toBe("fd_abc");
  });
});

describe("applicant and channels", () => {
  const online = { online_class: "full" as const, postal_return: false };
  const base = {
    [applicantFieldName("fullName")]: "Nguyễn Văn B",
    [applicantFieldName("phone")]: "0905123456",
    receiptChannel: "online",
    returnChannel: "online",
    consent: "on",
  };

  it("needs a phone or an email, consent, and valid channels", () => {
    expect(parseSubmissionMeta(base, online, "online").ok).toBe(true);
    const r = parseSubmissionMeta({ ...base, ap_phone: "", consent: "" }, online, "online");
    expect(r).toMatchObject({
      ok: false,
      errors: {
        ap_phone: expect.stringContaining("số điện thoại hoặc thư điện tử"),
        consent: expect.any(String),
      },
    });
    expect(parseSubmissionMeta({ ...base, ap_phone: "090" }, online, "online")).toMatchObject({
      errors: { ap_phone: expect.stringContaining("không đúng dạng số điện thoại") },
    });
  });

  it("offers post for the return only where the procedure allows it, and post needs an address", () => {
    expect(channelRules(online, "online").return).toEqual(["online", "counter"]);
    expect(channelRules({ online_class: "partial", postal_return: true }, "online").return).toEqual([
      "counter",
      "post",
    ]);
    expect(channelRules(online, "counter").receipt).toEqual(["counter"]);
    expect(parseSubmissionMeta({ ...base, returnChannel: "post" }, online, "online")).toMatchObject({
      errors: { returnChannel: "Thủ tục này không trả kết quả qua bưu chính." },
    });
    const postal = { online_class: "full" as const, postal_return: true };
    expect(parseSubmissionMeta({ ...base, returnChannel: "post" }, postal, "online")).toMatchObject({
      errors: { ap_address: "Vui lòng nhập địa chỉ để gửi và nhận qua bưu chính." },
    });
    const ok = parseSubmissionMeta(
      { ...base, returnChannel: "post", ap_address: "12 Hùng Vương" },
      postal,
      "online",
    );
    expect(ok).toMatchObject({ ok: true, value: { returnChannel: "post", receiptChannel: "online" } });
    // At the counter the receipt channel is the counter whatever is sent, and no consent box is asked for.
    const counter = parseSubmissionMeta(
      { ...base, receiptChannel: "post", returnChannel: "counter", consent: "" },
      online,
      "counter",
    );
    expect(counter).toMatchObject({ ok: true, value: { receiptChannel: "counter" } });
  });
});

describe("attachments", () => {
  const pdf = {
    filename: "to-khai.pdf",
    declaredMime: "application/pdf",
    size: 1000,
    sniffedMime: "application/pdf",
  };

  it("accepts a known type whose name and declared type match", () => {
    expect(checkAttachment(pdf)).toEqual({ ok: true, mime: "application/pdf", ext: "pdf" });
    expect(checkAttachment({ ...pdf, declaredMime: "application/octet-stream" }).ok).toBe(true);
    expect(
      checkAttachment({ ...pdf, filename: "anh.JPEG", sniffedMime: "image/jpeg", declaredMime: "image/jpeg" })
        .ok,
    ).toBe(true);
  });

  it("refuses empty, too large, unknown and disguised files", () => {
    expect(checkAttachment({ ...pdf, size: 0 })).toMatchObject({ problem: "empty" });
    expect(checkAttachment({ ...pdf, size: MAX_FILE_BYTES })).toMatchObject({ ok: true });
    expect(checkAttachment({ ...pdf, size: MAX_FILE_BYTES + 1 })).toMatchObject({ problem: "tooLarge" });
    expect(checkAttachment({ ...pdf, sniffedMime: undefined })).toMatchObject({ problem: "type" });
    expect(checkAttachment({ ...pdf, sniffedMime: "application/x-msdownload" })).toMatchObject({
      problem: "type",
    });
    expect(checkAttachment({ ...pdf, filename: "anh.png" })).toMatchObject({
      problem: "mismatch",
      actual: "PDF",
    });
    expect(checkAttachment({ ...pdf, declaredMime: "image/png" })).toMatchObject({ problem: "mismatch" });
  });

  it("formats sizes and cleans names", () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe("10 MB");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1,5 MB");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(cleanFilename("C:\\Users\\x\\Tờ khai<1>.pdf")).toBe("Tờ khai1.pdf");
    expect(cleanFilename("")).toBe("tep");
  });
});

describe("virus scan hook", () => {
  it("refuses the EICAR test file wherever it appears and passes other bytes", async () => {
    expect(await eicarScanner.scanFile(Buffer.from(EICAR))).toEqual({ ok: false, reason: "EICAR-Test-File" });
    expect(
      await eicarScanner.scanFile(Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(EICAR)])),
    ).toMatchObject({
      ok: false,
    });
    expect(await eicarScanner.scanFile(Buffer.from("%PDF-1.4 sạch"))).toEqual({ ok: true });
  });
});

describe("applicant access", () => {
  it("lets the owner or the token holder in, nobody else", () => {
    const token = newLookupToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const owned = { citizen_id: "c1", lookup_token: token };
    expect(mayOpenAsApplicant(owned, { citizenId: "c1", token: undefined })).toBe(true);
    expect(mayOpenAsApplicant(owned, { citizenId: "c2", token: undefined })).toBe(false);
    expect(mayOpenAsApplicant(owned, { citizenId: "c2", token })).toBe(true);
    const anonymous = { citizen_id: null, lookup_token: token };
    expect(mayOpenAsApplicant(anonymous, { citizenId: null, token: undefined })).toBe(false);
    expect(mayOpenAsApplicant(anonymous, { citizenId: null, token: `${token.slice(0, -1)}x` })).toBe(false);
    expect(mayOpenAsApplicant(anonymous, { citizenId: null, token: "" })).toBe(false);
    expect(receiptLookupUrl("https://x.vn/", "/tra-cuu", "A-250101-0001", "t_k")).toBe(
      "https://x.vn/tra-cuu?ma=A-250101-0001&k=t_k",
    );
  });
});

describe("applicant details asked by the procedure's own form", () => {
  it("reads them from the form fields instead of asking twice", () => {
    const coverage = applicantCoverage([
      { key: "hoTen", prefill: "fullName" },
      { key: "dienThoai", prefill: "phone" },
      { key: "ngaySinh", prefill: "birthDate" },
      { key: "khac" },
    ]);
    expect(coverage).toEqual({ fullName: "fd_hoTen", phone: "fd_dienThoai" });
    const proc = { online_class: "full" as const, postal_return: false };
    const body = {
      fd_hoTen: "Lê Thị C",
      fd_dienThoai: "0905123456",
      returnChannel: "counter",
      receiptChannel: "online",
      consent: "on",
    };
    expect(parseSubmissionMeta(body, proc, "online", "vi", coverage)).toMatchObject({
      ok: true,
      value: { applicant: { fullName: "Lê Thị C", phone: "0905123456" } },
    });
    expect(parseSubmissionMeta({ ...body, fd_dienThoai: "" }, proc, "online", "vi", coverage)).toMatchObject({
      ok: false,
      errors: { fd_dienThoai: expect.stringContaining("số điện thoại hoặc thư điện tử") },
    });
  });
});
