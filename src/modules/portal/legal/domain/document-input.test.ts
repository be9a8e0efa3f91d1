import { describe, expect, it } from "vitest";
import { columnHeaderFor, csvTemplate, readCsv, rowToValues } from "./csv-import.js";
import {
  checkDocumentValues,
  type DocumentFormValues,
  emptyDocumentValues,
  OTHER_ISSUER,
} from "./document-input.js";
import { ownerUnitFor, registerScope } from "./scope.js";

const UBND = "0190aaaa-0000-7000-8000-000000000001";
const VP = "0190aaaa-0000-7000-8000-000000000002";
const SXD = "0190aaaa-0000-7000-8000-000000000003";
const HUYEN = "0190aaaa-0000-7000-8000-000000000004";
const XA = "0190aaaa-0000-7000-8000-000000000005";
const SITE_SXD = "0190bbbb-0000-7000-8000-000000000003";
const SITE_MAIN = "0190bbbb-0000-7000-8000-000000000001";
const TODAY = "2024-06-01";

function form(over: Partial<DocumentFormValues> = {}): DocumentFormValues {
  return {
    ...emptyDocumentValues(),
    number_symbol: "1234/QĐ-UBND",
    doc_type: "quyet-dinh",
    issuer_unit_id: UBND,
    signer_name: "Trần Phước Hiền",
    signer_position: "Phó Chủ tịch",
    issued_on: "15/03/2024",
    effective_on: "15/03/2024",
    field: "xay-dung",
    summary: "Về việc phê duyệt quy hoạch xây dựng",
    ...over,
  };
}

describe("checking a register entry", () => {
  it("accepts a complete entry and returns typed fields", () => {
    const r = checkDocumentValues(form(), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({
      type: { key: "quyet-dinh" },
      issuer: { kind: "unit", unitId: UBND },
      issuedOn: "2024-03-15",
      effectiveOn: "2024-03-15",
      expiresOn: null,
      field: { vi: "Xây dựng" },
      published: true,
    });
    expect(r.data.numberSymbol.text).toBe("1234/QĐ-UBND");
  });

  it("reports every problem by field", () => {
    const r = checkDocumentValues(
      form({
        number_symbol: "12/CT-UBND",
        issued_on: "31/02/2024",
        expires_on: "hôm qua",
        field: "vu-tru",
        summary: "",
        issuer_unit_id: "",
      }),
      TODAY,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.fromEntries(Object.entries(r.problems).map(([k, v]) => [k, v.key]))).toEqual({
      number_symbol: "legal.ns.abbreviationMismatch",
      issued_on: "legal.date.invalid",
      expires_on: "legal.date.invalid",
      field: "legal.field.unknown",
      summary: "legal.summary.required",
      issuer_unit_id: "legal.issuer.required",
    });
  });

  it("refuses an issue date after today and dates out of order", () => {
    const r = checkDocumentValues(form({ issued_on: "02/06/2024", effective_on: "01/06/2024" }), TODAY);
    expect(r.ok ? {} : r.problems.issued_on?.key).toBe("legal.date.issuedInFuture");
    const r2 = checkDocumentValues(form({ effective_on: "14/03/2024", expires_on: "01/01/2024" }), TODAY);
    expect(r2.ok ? null : [r2.problems.effective_on?.key, r2.problems.expires_on?.key]).toEqual([
      "legal.date.effectiveBeforeIssued",
      "legal.date.expiryNotAfterEffective",
    ]);
  });

  it("takes an outside body as free text, and requires it", () => {
    const r = checkDocumentValues(
      form({
        number_symbol: "42/2022/NĐ-CP",
        doc_type: "nghi-dinh",
        issued_on: "30/09/2022",
        effective_on: "",
        issuer_unit_id: OTHER_ISSUER,
        issuer_other: "  Chính   phủ ",
      }),
      TODAY,
    );
    expect(r.ok && r.data.issuer).toEqual({ kind: "other", name: "Chính phủ" });
    const r2 = checkDocumentValues(form({ issuer_unit_id: OTHER_ISSUER }), TODAY);
    expect(r2.ok ? null : r2.problems.issuer_other?.key).toBe("legal.issuer.otherRequired");
    const r3 = checkDocumentValues(form({ issuer_unit_id: "not-a-uuid" }), TODAY);
    expect(r3.ok ? null : r3.problems.issuer_unit_id?.key).toBe("legal.issuer.notAllowed");
  });

  it("checks the year in the number against the issue date", () => {
    const r = checkDocumentValues(
      form({
        number_symbol: "42/2022/NĐ-CP",
        doc_type: "nghi-dinh",
        issued_on: "05/01/2023",
        effective_on: "",
      }),
      TODAY,
    );
    expect(r.ok ? null : r.problems.number_symbol?.key).toBe("legal.ns.yearMismatch");
  });

  it("bounds long text", () => {
    const r = checkDocumentValues(
      form({ summary: "x".repeat(1_000_000), signer_name: "y".repeat(500) }),
      TODAY,
    );
    expect(r.ok ? null : [r.problems.summary?.key, r.problems.signer_name?.key]).toEqual([
      "legal.tooLong",
      "legal.tooLong",
    ]);
  });
});

describe("who may register what", () => {
  const units = [
    { id: UBND, parent_id: null, kind: "province" },
    { id: VP, parent_id: UBND, kind: "office" },
    { id: SXD, parent_id: UBND, kind: "department" },
    { id: HUYEN, parent_id: UBND, kind: "district" },
    { id: XA, parent_id: HUYEN, kind: "commune" },
  ];
  const sites = [
    { id: SITE_SXD, unit_id: SXD },
    { id: SITE_MAIN, unit_id: UBND },
  ];

  it("gives a clerk their unit and its sub-units", () => {
    const scope = registerScope([{ role: "clerk", unitId: HUYEN, siteId: null }], units, sites);
    expect(scope === "all" ? [] : [...scope].sort()).toEqual([HUYEN, XA].sort());
  });

  it("lets the Office's clerk keep the People's Committee's register, not its departments'", () => {
    const scope = registerScope([{ role: "clerk", unitId: VP, siteId: null }], units, sites);
    expect(scope === "all" ? [] : [...scope].sort()).toEqual([UBND, VP].sort());
  });

  it("gives site roles their site's unit, system admins everything, other roles nothing", () => {
    const editor = registerScope([{ role: "editor", unitId: null, siteId: SITE_SXD }], units, sites);
    expect(editor === "all" ? [] : [...editor]).toEqual([SXD]);
    const portal = registerScope([{ role: "approver", unitId: null, siteId: SITE_MAIN }], units, sites);
    expect(portal === "all" ? 0 : portal.size).toBe(5);
    expect(registerScope([{ role: "system_admin", unitId: null, siteId: null }], units, sites)).toBe("all");
    const leader = registerScope([{ role: "leader", unitId: UBND, siteId: null }], units, sites);
    expect(leader === "all" ? -1 : leader.size).toBe(0);
  });

  it("files an outside body's document under the person's own unit", () => {
    const scope = registerScope([{ role: "clerk", unitId: VP, siteId: null }], units, sites);
    expect(ownerUnitFor(SXD, VP, scope, units)).toBe(SXD);
    expect(ownerUnitFor(null, VP, scope, units)).toBe(VP);
    expect(ownerUnitFor(null, null, scope, units)).toBe(UBND);
    expect(ownerUnitFor(null, null, "all", units)).toBe(UBND);
  });
});

describe("CSV import", () => {
  const units = [
    { id: UBND, name_vi: "Ủy ban nhân dân tỉnh Quảng Ngãi", short_code: "UBND" },
    { id: SXD, name_vi: "Sở Xây dựng", short_code: "SXD" },
  ];

  it("offers a template that reads back with every column", () => {
    const template = csvTemplate();
    expect(template.startsWith("\uFEFF")).toBe(true);
    const r = readCsv(template);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]?.rowNumber).toBe(2);
    const { values, problems } = rowToValues(r.rows[0] as (typeof r.rows)[0], units);
    expect(problems).toEqual({});
    expect(checkDocumentValues(values, TODAY).ok).toBe(true);
  });

  it("matches headers without diacritics, reads semicolons, reports row numbers as a spreadsheet does", () => {
    const csv = [
      "so ky hieu;LOAI VAN BAN;Co quan ban hanh;Ngay ban hanh;Trich yeu;Cột lạ",
      "12/QĐ-UBND;QĐ;ubnd;01/02/2024;Về việc giao chỉ tiêu;x",
      "",
      "13/CT-SXD;Chỉ thị;Sở Xây Dựng;02/02/2024;Về an toàn lao động;y",
      '14/KH-SXD;Kế hoạch;Bộ Xây dựng;03/02/2024;"Kế hoạch; có dấu chấm phẩy";z',
    ].join("\n");
    const r = readCsv(csv);
    if (!r.ok) throw new Error(r.problem.key);
    expect(r.ignoredHeaders).toEqual(["Cột lạ"]);
    expect(r.rows.map((x) => x.rowNumber)).toEqual([2, 4, 5]);
    const [a, b, c] = r.rows.map((row) => rowToValues(row, units).values);
    expect(a).toMatchObject({ doc_type: "quyet-dinh", issuer_unit_id: UBND });
    expect(b).toMatchObject({ doc_type: "chi-thi", issuer_unit_id: SXD });
    expect(c).toMatchObject({ issuer_unit_id: OTHER_ISSUER, issuer_other: "Bộ Xây dựng" });
    expect(c?.summary).toBe("Kế hoạch; có dấu chấm phẩy");
  });

  it("refuses a file without the required columns or that cannot be read", () => {
    const missing = readCsv("Số ký hiệu,Trích yếu\n1/QĐ-UBND,abc\n");
    expect(missing.ok ? null : missing.problem).toMatchObject({
      key: "legal.import.missingColumns",
      params: { columns: "Loại văn bản, Cơ quan ban hành, Ngày ban hành" },
    });
    expect(readCsv("").ok ? null : "empty").toBe("empty");
    const broken = readCsv('Số ký hiệu,Loại văn bản\n"1/QĐ-UBND,abc\n');
    expect(broken.ok ? null : broken.problem.key).toBe("legal.import.unreadable");
  });

  it("marks unknown kinds and yes/no values, and names columns for the report", () => {
    const r = readCsv(
      "Số ký hiệu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Trích yếu,Công khai\n1/QĐ-UBND,Sắc lệnh,UBND,01/02/2024,abcdef,có lẽ\n",
    );
    if (!r.ok) throw new Error(r.problem.key);
    const { values, problems } = rowToValues(r.rows[0] as (typeof r.rows)[0], units);
    expect(problems.published?.key).toBe("legal.import.yesNo");
    const check = checkDocumentValues(values, TODAY);
    expect(check.ok ? null : check.problems.doc_type?.key).toBe("legal.type.unknown");
    expect(columnHeaderFor("issuer_other")).toBe("Cơ quan ban hành");
    expect(columnHeaderFor("doc_type")).toBe("Loại văn bản");
  });
});
