import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  csvTable,
  errorReportCsv,
  IMPORT_COLUMNS,
  importTemplateCsv,
  readTable,
  rowToInput,
} from "./import.js";
import {
  checkProcedure,
  emptyProcedureValues,
  formatDocuments,
  formatFees,
  formatSteps,
  type ProcedureFormValues,
  parseDocuments,
  parseFees,
  parseFormFields,
  parseSteps,
  problemMessage,
} from "./procedure-input.js";
import { ancestorsOf, catalogueScope, mayKeepCatalogue } from "./scope.js";
import { isTemplateType, templateFileName } from "./template-file.js";
import { buildSearchText, foldSearch, likeContains, searchWords, sortVi } from "./text.js";

const UNIT = "0190a0b4-1111-7000-8000-000000000001";

function valid(over: Partial<ProcedureFormValues> = {}): ProcedureFormValues {
  return {
    ...emptyProcedureValues(),
    code: "1.001193.000.00.00.H48",
    name: "Đăng ký khai sinh",
    field: "Hộ tịch",
    unit_id: UNIT,
    level: "4",
    online_submission: true,
    online_payment: true,
    electronic_result: true,
    processing_days: "3",
    documents: "Tờ khai đăng ký khai sinh (bắt buộc)\nGiấy chứng sinh (bắt buộc)\nBản sao CCCD",
    fees: "Lệ phí: 8.000",
    steps: "Tiếp nhận | một cửa | 0,5\nThẩm định | chuyên viên | 2\nKý | lãnh đạo | 0,5",
    ...over,
  };
}

describe("search folding", () => {
  it("strips diacritics including đ, lower-cases, NFC first", () => {
    expect(foldSearch("Đăng ký  KHAI SINH")).toBe("dang ky khai sinh");
    expect(foldSearch("Lý lịch tư pháp".normalize("NFD"))).toBe("ly lich tu phap");
    expect(
      buildSearchText({ code: "1.0", name: "Đăng ký khai sinh", field: "Hộ tịch", unitName: "Sở Tư pháp" }),
    ).toBe("dang ky khai sinh 1.0 ho tich so tu phap");
  });
  it("splits queries into words and escapes LIKE", () => {
    expect(searchWords("  khai   Sinh ")).toEqual(["khai", "sinh"]);
    expect(likeContains("50%_a\\")).toBe("%50\\%\\_a\\\\%");
  });
  it("folding is idempotent and never keeps a combining mark (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = foldSearch(s);
        expect(foldSearch(f)).toBe(f);
        expect(/[\u0300-\u036fđĐ]/.test(f)).toBe(false);
      }),
    );
  });
  it("sorts in Vietnamese order", () => {
    expect(sortVi(["Đăng ký", "Dân tộc", "Ân xá", "An toàn"], (s) => s)).toEqual([
      "An toàn",
      "Ân xá",
      "Dân tộc",
      "Đăng ký",
    ]);
  });
});

describe("list cells", () => {
  it("reads documents with the (bắt buộc) mark and keeps existing keys and templates", () => {
    const sha = "a".repeat(64);
    const r = parseDocuments("Tờ khai (bắt buộc); Bản sao CCCD (không bắt buộc); Ảnh (bat buoc)", ";", [
      {
        key: "to-khai-cu",
        name: "TO KHAI",
        required: false,
        copies: 2,
        templateSha256: sha,
        templateName: "tk.docx",
      },
    ]);
    expect(r.problems).toEqual([]);
    expect(r.items.map((d) => [d.key, d.name, d.required])).toEqual([
      ["to-khai-cu", "Tờ khai", true],
      ["ban-sao-cccd", "Bản sao CCCD", false],
      ["anh", "Ảnh", true],
    ]);
    expect(r.items[0]?.templateSha256).toBe(sha);
    expect(formatDocuments(r.items, "; ")).toBe("Tờ khai (bắt buộc); Bản sao CCCD; Ảnh (bắt buộc)");
  });
  it("gives duplicate names distinct keys", () => {
    const r = parseDocuments("Giấy tờ\nGiấy tờ", "line");
    expect(r.items.map((d) => d.key)).toEqual(["giay-to", "giay-to-2"]);
  });
  it("reads fees and refuses a line without an amount", () => {
    expect(parseFees("Lệ phí cấp phiếu: 200.000; Phí: 5,000 đồng", ";").items).toEqual([
      { label: "Lệ phí cấp phiếu", amountVnd: 200000 },
      { label: "Phí", amountVnd: 5000 },
    ]);
    const bad = parseFees("Lệ phí cấp phiếu", ";");
    expect(bad.items).toEqual([]);
    expect(bad.problems[0]?.key).toBe("svcCat.err.feeItem");
    expect(formatFees([{ label: "Lệ phí", amountVnd: 100 }], "\n")).toBe("Lệ phí: 100");
  });
  it("reads steps with Vietnamese role names and decimal commas", () => {
    const r = parseSteps("Tiếp nhận | Một cửa | 0,5\nThẩm định | chuyen vien | 7\nKý | lãnh đạo | 1", "line");
    expect(r.items).toEqual([
      { name: "Tiếp nhận", role: "one_stop_officer", days: 0.5 },
      { name: "Thẩm định", role: "specialist", days: 7 },
      { name: "Ký", role: "leader", days: 1 },
    ]);
    expect(formatSteps(r.items, "; ")).toBe(
      "Tiếp nhận | một cửa | 0,5; Thẩm định | chuyên viên | 7; Ký | lãnh đạo | 1",
    );
    expect(parseSteps("Ký | giám đốc | 1", "line").problems).toHaveLength(1);
  });
  it("checks the form fields JSON item by item", () => {
    expect(parseFormFields("").items).toEqual([]);
    expect(parseFormFields("{").problems[0]?.key).toBe("svcCat.err.formJson");
    const bad = parseFormFields(
      '[{"key":"ok","label":"A","type":"text"},{"key":"Bad Key","label":"B","type":"text"}]',
    );
    expect(bad.problems[0]).toEqual({ key: "svcCat.err.formItem", params: { n: 2, part: "key" } });
    expect(parseFormFields('[{"key":"s","label":"S","type":"select"}]').problems[0]?.key).toBe(
      "svcCat.err.formOptions",
    );
    expect(
      parseFormFields('[{"key":"a","label":"A","type":"text"},{"key":"a","label":"B","type":"text"}]')
        .problems[0]?.key,
    ).toBe("svcCat.err.formDuplicate");
  });
});

describe("checkProcedure", () => {
  it("accepts a complete procedure", () => {
    const r = checkProcedure(valid());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.level).toBe(4);
    expect(r.input.documents).toHaveLength(3);
    expect(r.input.steps.reduce((s, x) => s + x.days, 0)).toBe(3);
  });
  it("names each wrong field in Vietnamese", () => {
    const r = checkProcedure(
      valid({ code: "mã có dấu", name: "", unit_id: "x", level: "7", processing_days: "-1", fees: "abc" }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.problems).sort()).toEqual([
      "code",
      "fees",
      "level",
      "name",
      "processing_days",
      "unit_id",
    ]);
    expect(problemMessage("name", r.problems.name ?? { key: "" })).toBe("Tên thủ tục: không được để trống.");
    expect(problemMessage("level", r.problems.level ?? { key: "" })).toBe(
      "Mức độ (1–4): phải là số từ 1 đến 4.",
    );
  });
  it("derives the Decree 42 online class from the settings and matches it with the level", () => {
    const full = checkProcedure(valid());
    expect(full.ok && full.input.onlineClass).toBe("full");
    const full3 = checkProcedure(valid({ level: "3" }));
    expect(full3.ok).toBe(false);
    if (!full3.ok) expect(full3.problems.level?.key).toBe("svcCat.err.classLevel.full");
    const partial = checkProcedure(valid({ electronic_result: false, level: "3" }));
    expect(partial.ok && partial.input.onlineClass).toBe("partial");
    // A fee paid only at the counter keeps it partial; no fee at all needs no online payment.
    const unpaid = checkProcedure(valid({ online_payment: false }));
    expect(unpaid.ok && unpaid.input.onlineClass).toBe("partial");
    const free = checkProcedure(valid({ online_payment: false, fees: "" }));
    expect(free.ok && free.input.onlineClass).toBe("full");
    expect(checkProcedure(valid({ online_submission: false, level: "3" })).ok).toBe(false);
    const none = checkProcedure(valid({ online_submission: false, level: "2" }));
    expect(none.ok && none.input.onlineClass).toBe("none");
  });
  it("reads computed fee lines and exemptions, and checks the fields they name", () => {
    const form = JSON.stringify([
      { key: "soBanSao", label: "Số bản sao", type: "number" },
      { key: "loaiCap", label: "Loại cấp", type: "select", options: ["Cấp mới", "Cấp lại"] },
      { key: "ghiChu", label: "Ghi chú", type: "text" },
    ]);
    const fees =
      "Lệ phí: 8.000\nPhí bản sao: 2.000 × soBanSao bản\nLệ phí cấp lại: 30.000 khi loaiCap = Cấp lại";
    const r = checkProcedure(
      valid({
        form_fields: form,
        fees,
        fee_exemptions: "Người có công với cách mạng: 100% | Giấy chứng sinh\nHộ nghèo: 50%",
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.fees[1]).toEqual({
      label: "Phí bản sao",
      amountVnd: 2000,
      perField: "soBanSao",
      unit: "bản",
    });
    expect(r.input.fees[2]).toMatchObject({ whenField: "loaiCap", whenEquals: "Cấp lại" });
    expect(r.input.feeExemptions).toEqual([
      {
        key: "nguoi-co-cong-voi-cach-mang",
        label: "Người có công với cách mạng",
        percent: 100,
        proofDocumentKey: "giay-chung-sinh",
      },
      { key: "ho-ngheo", label: "Hộ nghèo", percent: 50 },
    ]);
    expect(formatFees(r.input.fees, "\n")).toBe(
      "Lệ phí: 8000\nPhí bản sao: 2000 × soBanSao bản\nLệ phí cấp lại: 30000 khi loaiCap = Cấp lại",
    );
    const bad = (over: Partial<ProcedureFormValues>) => {
      const c = checkProcedure(valid({ form_fields: form, ...over }));
      return c.ok
        ? null
        : problemMessage("fees", c.problems.fees ?? c.problems.fee_exemptions ?? { key: "" });
    };
    expect(bad({ fees: "Phí: 2.000 × soTrang trang" })).toContain("«soTrang» không có trong biểu mẫu");
    expect(bad({ fees: "Phí: 1% × ghiChu" })).toContain("không phải trường số");
    expect(bad({ fees: "Phí: 1.000 khi soBanSao = 2" })).toContain("chỉ dùng được trường chọn");
    expect(bad({ fees: "Phí: 1.000 khi loaiCap = Cấp đổi" })).toContain(
      "«Cấp đổi», không có trong các lựa chọn",
    );
    expect(bad({ fees: "Phí: 1% × soBanSao tối thiểu 9.000 tối đa 100" })).toContain("tối thiểu lớn hơn");
    expect(bad({ fee_exemptions: "Hộ nghèo: 150%" })).toContain("phải có dạng");
    expect(bad({ fee_exemptions: "Hộ nghèo: 50% | Sổ hộ nghèo" })).toContain(
      "không có trong thành phần hồ sơ",
    );
  });
  it("refuses steps longer than the processing time", () => {
    const r = checkProcedure(valid({ processing_days: "2" }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(problemMessage("steps", r.problems.steps ?? { key: "" })).toContain("(3)");
  });
});

describe("import", () => {
  const units = [
    { id: UNIT, name_vi: "UBND thành phố Quảng Ngãi", short_code: "TPQN", identifier_code: "000.00.32.H48" },
  ];
  const header = IMPORT_COLUMNS.map((c) => c.header).join(",");

  it("the template reads back as one valid row", () => {
    const table = csvTable(importTemplateCsv());
    if ("key" in table) throw new Error(table.key);
    const read = readTable(table);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows).toHaveLength(1);
    const row = read.rows[0];
    if (!row) return;
    const r = rowToInput(row, units, undefined);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.input.formFields.map((f) => f.key)).toContain("phone");
      expect(r.input.documents[0]?.required).toBe(true);
    }
  });

  it("reports bad rows with row number, column and a Vietnamese message", () => {
    const csv = [
      "Mã thủ tục;Tên thủ tục;Linh vuc;Cơ quan thực hiện;Mức độ;Hình thức trực tuyến;Thời hạn (ngày làm việc);Công khai;Cột lạ",
      "2.000001;Đăng ký khai sinh;Hộ tịch;TPQN;4;Toàn trình;1;Có;x",
      "2.000002;;Hộ tịch;XYZ;5;Toàn trình;mười;Có lẽ;x",
      "2.000003;Chứng thực;Chứng thực;000.00.32.H48;2;Không;0;;",
    ].join("\n");
    const table = csvTable(csv);
    if ("key" in table) throw new Error(table.key);
    const read = readTable(table);
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.ignoredHeaders).toEqual(["Cột lạ"]);
    const results = read.rows.map((r) => rowToInput(r, units, undefined));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const bad = results[1];
    if (!bad || bad.ok) return;
    const byColumn = Object.fromEntries(bad.errors.map((e) => [e.column, e.message]));
    expect(bad.errors.every((e) => e.row === 3)).toBe(true);
    expect(byColumn["Tên thủ tục"]).toBe("Tên thủ tục: không được để trống.");
    expect(byColumn["Cơ quan thực hiện"]).toContain("«XYZ»");
    expect(byColumn["Mức độ"]).toBe("Mức độ: phải là số từ 1 đến 4.");
    expect(byColumn["Thời hạn (ngày làm việc)"]).toContain("số nguyên");
    expect(byColumn["Công khai"]).toBe("Công khai: ghi «Có» hoặc «Không».");
    const report = errorReportCsv(bad.errors);
    expect(report.startsWith("\uFEFFDòng,Cột,Lỗi\r\n3,")).toBe(true);
  });

  it("refuses a file without the required columns or rows", () => {
    const t1 = csvTable("Tên thủ tục\nA");
    if ("key" in t1) throw new Error(t1.key);
    const r1 = readTable(t1);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.problem.key).toBe("svcCat.import.missingColumns");
    const t2 = csvTable(`${header}\n`);
    if ("key" in t2) throw new Error(t2.key);
    expect(readTable(t2).ok).toBe(false);
    expect(csvTable("   ")).toEqual({ key: "svcCat.import.empty" });
  });

  it("keeps an existing procedure's form when the cell is empty", () => {
    const form = [{ key: "x", label: "X", type: "text" as const, required: false }];
    const table = csvTable(importTemplateCsv());
    if ("key" in table) throw new Error(table.key);
    const read = readTable(table);
    if (!read.ok || !read.rows[0]) throw new Error("no row");
    const r = rowToInput(read.rows[0], units, { id: "p", unit_id: UNIT, documents: [], form_fields: form });
    expect(r.ok && r.input.formFields).toEqual(form);
  });
});

describe("scope", () => {
  const units = [
    { id: "p", parent_id: null },
    { id: "d", parent_id: "p" },
    { id: "c", parent_id: "d" },
    { id: "s", parent_id: "p" },
  ];
  it("a unit grant covers the unit and the units below", () => {
    expect(ancestorsOf(units, "c")).toEqual(["d", "p"]);
    const officer = { grants: [{ role: "one_stop_officer" as const, unitId: "d", siteId: null }] };
    expect(mayKeepCatalogue(officer, units, "d")).toBe(true);
    expect(mayKeepCatalogue(officer, units, "c")).toBe(true);
    expect(mayKeepCatalogue(officer, units, "s")).toBe(false);
    const scope = catalogueScope(officer, units);
    expect(scope === "all" ? scope : scope.map((u) => u.id)).toEqual(["d", "c"]);
    const specialist = { grants: [{ role: "specialist" as const, unitId: "d", siteId: null }] };
    expect(mayKeepCatalogue(specialist, units, "d")).toBe(false);
    expect(catalogueScope({ grants: [{ role: "system_admin", unitId: null, siteId: null }] }, units)).toBe(
      "all",
    );
  });
});

describe("template files", () => {
  it("accepts office documents and PDFs by their sniffed type", () => {
    expect(isTemplateType("application/pdf")).toBe(true);
    expect(isTemplateType("application/x-cfb")).toBe(true);
    expect(isTemplateType("image/png")).toBe(false);
    expect(isTemplateType(undefined)).toBe(false);
    expect(templateFileName("C:\\tmp\\Tờ khai.docx", "application/pdf")).toBe("Tờ khai.docx");
    expect(templateFileName("", "application/pdf")).toBe("mau.pdf");
  });
});

describe("the small import fixture", () => {
  it("has one valid and one bad row (used by the browser test)", async () => {
    const fs = await import("node:fs");
    const text = fs.readFileSync(
      new URL("../../../../../test/fixtures/procedures/small-import.csv", import.meta.url),
      "utf8",
    );
    const table = csvTable(text);
    if ("key" in table) throw new Error(table.key);
    const read = readTable(table);
    if (!read.ok) throw new Error(read.problem.key);
    const unit = { id: UNIT, name_vi: "Sở Tư pháp", short_code: "STP", identifier_code: "000.00.11.H48" };
    const results = read.rows.map((r) => rowToInput(r, [unit], undefined));
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    const first = results[0];
    if (first?.ok) expect(first.input.fees).toEqual([{ label: "Phí chứng thực hợp đồng", amountVnd: 50000 }]);
    const bad = results[1];
    if (bad && !bad.ok)
      expect(bad.errors.map((e) => [e.row, e.column])).toEqual([[3, "Hình thức trực tuyến"]]);
  });
});
