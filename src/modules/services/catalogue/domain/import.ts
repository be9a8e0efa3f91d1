import {
  type CsvRecord,
  cellsByColumn,
  csvDocument,
  matchHeaders,
  parseCsvTable,
  toCsv,
} from "../../../../platform/csv/csv-table.js";
import { t } from "../../../../platform/i18n/index.js";
import type { FeeExemption } from "../../fees/domain/fee-notice.js";
import type { ProcedureDocument } from "./procedure.js";
import type { FormField } from "./procedure-form.js";
import {
  checkProcedure,
  defaultFormFields,
  emptyProcedureValues,
  type ProcedureFieldName,
  type ProcedureFormValues,
  type ProcedureInput,
  problemMessage,
} from "./procedure-input.js";
import { foldSearch } from "./text.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/**
 * The catalogue import (SPEC §B1 "import from CSV/XLSX, ~950–2,000 procedures"): one procedure per row, headers in
 * Vietnamese matched without regard to case or diacritics, lists (documents, fees, steps) as ";"-separated items in
 * one cell. Pure: the route reads the file (CSV here, XLSX in xlsx-rows.ts) and the store writes the rows.
 */
export type ImportColumnKey = Exclude<keyof ProcedureFormValues, "unit_id"> | "unit" | "online_class";

export interface ImportColumn {
  key: ImportColumnKey;
  header: string;
  required: boolean;
  hint: string;
  example: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: "code",
    header: "Mã thủ tục",
    required: true,
    hint: "Mã trên CSDL quốc gia về TTHC; trùng mã thì cập nhật.",
    example: "1.001193.000.00.00.H48",
  },
  {
    key: "name",
    header: "Tên thủ tục",
    required: true,
    hint: "Tối đa 500 ký tự.",
    example: "Đăng ký khai sinh",
  },
  { key: "field", header: "Lĩnh vực", required: true, hint: "Ví dụ Hộ tịch.", example: "Hộ tịch" },
  {
    key: "unit",
    header: "Cơ quan thực hiện",
    required: true,
    hint: "Mã viết tắt (STP, TPQN) hoặc mã định danh (000.00.11.H48) của đơn vị.",
    example: "TPQN",
  },
  { key: "level", header: "Mức độ", required: true, hint: "1, 2, 3 hoặc 4.", example: "4" },
  {
    key: "online_class",
    header: "Hình thức trực tuyến",
    required: false,
    hint: "Cột cũ, dùng khi không có ba cột Nộp/Thanh toán/Kết quả trực tuyến: Toàn trình bật cả ba, Một phần chỉ nộp trực tuyến, Không tắt cả ba.",
    example: "",
  },
  {
    key: "online_submission",
    header: "Nộp hồ sơ trực tuyến",
    required: false,
    hint: "Có hoặc Không. Hình thức toàn trình hay một phần được tính từ ba cột này và danh sách phí.",
    example: "Có",
  },
  {
    key: "online_payment",
    header: "Thanh toán trực tuyến",
    required: false,
    hint: "Có hoặc Không; trống là Không.",
    example: "Có",
  },
  {
    key: "electronic_result",
    header: "Kết quả điện tử",
    required: false,
    hint: "Có hoặc Không; trống là Không.",
    example: "Có",
  },
  {
    key: "processing_days",
    header: "Thời hạn (ngày làm việc)",
    required: true,
    hint: "Số nguyên 0–365.",
    example: "1",
  },
  {
    key: "legal_basis",
    header: "Căn cứ pháp lý",
    required: false,
    hint: "Các văn bản, cách nhau bởi dấu chấm phẩy hoặc xuống dòng.",
    example: "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP",
  },
  {
    key: "documents",
    header: "Thành phần hồ sơ",
    required: false,
    hint: "Cách nhau bởi «;»; thêm «(bắt buộc)» sau giấy tờ bắt buộc.",
    example: "Tờ khai đăng ký khai sinh (bắt buộc); Giấy chứng sinh (bắt buộc); Bản sao CCCD của cha, mẹ",
  },
  {
    key: "fees",
    header: "Phí, lệ phí",
    required: false,
    hint: "«Tên khoản: số tiền», cách nhau bởi «;».",
    example: "Lệ phí đăng ký khai sinh đúng hạn: 0",
  },
  {
    key: "fee_exemptions",
    header: "Miễn, giảm phí",
    required: false,
    hint: "«Đối tượng: phần trăm | giấy tờ chứng minh», cách nhau bởi «;».",
    example: "Người có công với cách mạng: 100% | Bản sao CCCD của cha, mẹ",
  },
  { key: "fee_note", header: "Ghi chú phí", required: false, hint: "Khi phí tùy trường hợp.", example: "" },
  {
    key: "steps",
    header: "Quy trình",
    required: false,
    hint: "«Tên bước | một cửa / chuyên viên / lãnh đạo | số ngày», cách nhau bởi «;».",
    example: "Tiếp nhận hồ sơ | một cửa | 0; Thẩm định, ký | lãnh đạo | 1",
  },
  {
    key: "result_type",
    header: "Kết quả",
    required: false,
    hint: "Giấy tờ người dân nhận.",
    example: "Giấy khai sinh (bản chính)",
  },
  {
    key: "postal_return",
    header: "Trả qua bưu chính",
    required: false,
    hint: "Có hoặc Không; trống là Không.",
    example: "Có",
  },
  {
    key: "applicants",
    header: "Đối tượng thực hiện",
    required: false,
    hint: "Công dân, tổ chức …",
    example: "Công dân Việt Nam",
  },
  { key: "conditions", header: "Yêu cầu, điều kiện", required: false, hint: "", example: "" },
  {
    key: "form_fields",
    header: "Biểu mẫu (JSON)",
    required: false,
    hint: "Mảng JSON các trường; trống: thủ tục mới dùng các trường người nộp tiêu chuẩn, thủ tục đã có giữ nguyên.",
    example: "",
  },
  {
    key: "published",
    header: "Công khai",
    required: false,
    hint: "Có hoặc Không; trống là Có.",
    example: "Có",
  },
];

export const IMPORT_MAX_ROWS = 5000;

/** The template to download: BOM (spreadsheets read it as UTF-8), headers, one example row. */
export function importTemplateCsv(): string {
  return csvDocument([IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)]);
}

export interface RawTable {
  /** Header cells, then data rows, each with the row number a spreadsheet shows (header = 1). */
  header: string[];
  rows: CsvRecord[];
}

export interface ImportRow {
  rowNumber: number;
  cells: Partial<Record<ImportColumnKey, string>>;
}

export interface ReadProblem {
  key: string;
  params?: Record<string, string | number>;
}

export type ReadResult =
  | { ok: true; rows: ImportRow[]; ignoredHeaders: string[] }
  | { ok: false; problem: ReadProblem };

/** A CSV file's text (decoded as UTF-8) as header and rows. */
export function csvTable(text: string): RawTable | ReadProblem {
  const parsed = parseCsvTable(text);
  if (parsed.ok) return { header: parsed.header, rows: parsed.rows };
  if (parsed.problem === "empty") return { key: "svcCat.import.empty" };
  return { key: "svcCat.import.unreadable", params: { line: parsed.line } };
}

/** Matches the header to the columns and keeps the non-empty rows. */
export function readTable(table: RawTable): ReadResult {
  const { columns, missing, ignoredHeaders } = matchHeaders(table.header, IMPORT_COLUMNS, foldSearch);
  if (missing.length > 0)
    return {
      ok: false,
      problem: {
        key: "svcCat.import.missingColumns",
        params: { columns: missing.map((c) => c.header).join(", ") },
      },
    };
  const rows: ImportRow[] = [];
  for (const r of table.rows) {
    if (r.cells.every((c) => c.trim() === "")) continue;
    rows.push({ rowNumber: r.rowNumber, cells: cellsByColumn(r.cells, columns, (c) => c.key) });
  }
  if (rows.length === 0) return { ok: false, problem: { key: "svcCat.import.empty" } };
  if (rows.length > IMPORT_MAX_ROWS)
    return { ok: false, problem: { key: "svcCat.import.tooManyRows", params: { max: IMPORT_MAX_ROWS } } };
  return { ok: true, rows, ignoredHeaders };
}

export interface ImportUnit {
  id: string;
  name_vi: string;
  short_code: string;
  identifier_code: string | null;
}

/** A unit by its short code ("STP") or identifier code ("000.00.11.H48"), ignoring case. */
export function matchUnit(text: string, units: readonly ImportUnit[]): ImportUnit | undefined {
  const key = foldSearch(text);
  if (key === "") return undefined;
  return (
    units.find((u) => u.short_code.toLowerCase() === key) ??
    units.find((u) => (u.identifier_code ?? "").toLowerCase() === key)
  );
}

const CLASS_WORDS: Record<string, string> = {
  "toan trinh": "full",
  full: "full",
  "mot phan": "partial",
  partial: "partial",
  khong: "none",
  "khong truc tuyen": "none",
  none: "none",
};
type YesNoColumn =
  | "postal_return"
  | "published"
  | "online_submission"
  | "online_payment"
  | "electronic_result";
const YES = new Set(["co", "x", "1", "yes", "true"]);
const NO = new Set(["khong", "0", "no", "false"]);

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** The existing procedure with a row's code: its documents keep their keys and templates, its form stays if none given. */
export interface ExistingProcedure {
  id: string;
  unit_id: string;
  documents: ProcedureDocument[];
  form_fields: FormField[];
  fee_exemptions?: FeeExemption[];
}

export type RowResult = { ok: true; input: ProcedureInput } | { ok: false; errors: RowError[] };

const FIELD_COLUMN: Record<ProcedureFieldName, ImportColumnKey> = {
  code: "code",
  name: "name",
  field: "field",
  unit_id: "unit",
  level: "level",
  online_submission: "online_submission",
  processing_days: "processing_days",
  legal_basis: "legal_basis",
  result_type: "result_type",
  applicants: "applicants",
  conditions: "conditions",
  documents: "documents",
  fees: "fees",
  fee_exemptions: "fee_exemptions",
  fee_note: "fee_note",
  steps: "steps",
  form_fields: "form_fields",
};

export function columnHeader(key: ImportColumnKey): string {
  return IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

/** One row checked as the editor checks a procedure; every problem reported with the row number and the column. */
export function rowToInput(
  row: ImportRow,
  units: readonly ImportUnit[],
  existing: ExistingProcedure | undefined,
): RowResult {
  const c = row.cells;
  const errors: RowError[] = [];
  const err = (key: ImportColumnKey, message: string) =>
    errors.push({ row: row.rowNumber, column: columnHeader(key), message });
  const values = emptyProcedureValues();
  for (const key of [
    "code",
    "name",
    "field",
    "level",
    "processing_days",
    "legal_basis",
    "documents",
    "fees",
    "fee_exemptions",
    "fee_note",
    "steps",
    "result_type",
    "applicants",
    "conditions",
    "form_fields",
  ] as const) {
    values[key] = c[key] ?? "";
  }
  // Several legal bases in one cell: one per line on the procedure page.
  values.legal_basis = values.legal_basis
    .split(/\s*;\s*/)
    .filter((s) => s !== "")
    .join("\n");
  const unitText = c.unit ?? "";
  const unit = matchUnit(unitText, units);
  if (unit) values.unit_id = unit.id;
  else if (unitText !== "") err("unit", tv("svcCat.import.unitUnknown", { unit: unitText }));
  const yesNo = (key: YesNoColumn, dflt: boolean): boolean => {
    const v = foldSearch(c[key] ?? "");
    if (v === "") return dflt;
    if (YES.has(v)) return true;
    if (NO.has(v)) return false;
    err(key, tv("svcCat.err.yesNo", { field: columnHeader(key) }));
    return dflt;
  };
  values.postal_return = yesNo("postal_return", false);
  values.published = yesNo("published", true);
  // The three settings win; an older file with only the class column maps it as migration 3601 did.
  const classText = foldSearch(c.online_class ?? "");
  const cls = CLASS_WORDS[classText];
  if (classText !== "" && !cls)
    err("online_class", tv("svcCat.err.onlineClass", { field: columnHeader("online_class") }));
  const level = Number(values.level.trim());
  values.online_submission = yesNo("online_submission", cls ? cls !== "none" : level >= 3);
  values.online_payment = yesNo("online_payment", cls === "full");
  values.electronic_result = yesNo("electronic_result", cls === "full");
  const checked = checkProcedure(values, {
    separator: ";",
    existingDocuments: existing?.documents ?? [],
    existingExemptions: existing?.fee_exemptions ?? [],
    fallbackFormFields: existing ? existing.form_fields : defaultFormFields(),
  });
  if (!checked.ok) {
    for (const [f, p] of Object.entries(checked.problems)) {
      const field = f as ProcedureFieldName;
      // The unit cell already has its own message when it names no unit.
      if (field === "unit_id" && unitText !== "" && !unit) continue;
      // A class that does not fit the level is the class column's fault when the row gave one.
      const column =
        field === "level" && p.key.startsWith("svcCat.err.classLevel") && classText !== ""
          ? "online_class"
          : FIELD_COLUMN[field];
      const message = problemMessage(field, p).replace(tv(`svcCat.f.${field}`), columnHeader(column));
      err(column, message);
    }
  }
  if (!checked.ok || errors.length > 0) return { ok: false, errors };
  const input = checked.input;
  if (input.formFields.length === 0) input.formFields = existing ? existing.form_fields : defaultFormFields();
  return { ok: true, input };
}

/** The error report as CSV (BOM, "Dòng,Cột,Lỗi"). */
export function errorReportCsv(errors: readonly RowError[]): string {
  return toCsv(
    [tv("svcCat.import.col.row"), tv("svcCat.import.col.column"), tv("svcCat.import.col.message")],
    errors.map((e) => [e.row, e.column, e.message]),
  );
}
