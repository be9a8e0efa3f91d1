import {
  cellsByColumn,
  csvDocument,
  matchHeaders,
  parseCsvTable,
} from "../../../../platform/csv/csv-table.js";
import { docTypeFromText } from "./doc-types.js";
import { type DocumentFormValues, emptyDocumentValues, OTHER_ISSUER } from "./document-input.js";
import { legalFieldFromText } from "./fields.js";
import { type Problem, problem } from "./problem.js";
import { searchFold } from "./text.js";

/**
 * The CSV import of the register: column headers in Vietnamese (matched without regard to case or diacritics), one
 * document per row, dates dd/mm/yyyy. Pure: the route reads the upload, the store writes the rows.
 */
export interface CsvColumn {
  /** The form field the column fills. */
  field: keyof DocumentFormValues | "issuer";
  header: string;
  required: boolean;
  /** What to write, shown on the import page. */
  hint: string;
  example: [string, string];
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    field: "number_symbol",
    header: "Số ký hiệu",
    required: true,
    hint: "Như in trên văn bản, ví dụ 1234/QĐ-UBND, 42/2022/NĐ-CP, 909/VP-CBTH.",
    example: ["1234/QĐ-UBND", "909/VP-CBTH"],
  },
  {
    field: "doc_type",
    header: "Loại văn bản",
    required: true,
    hint: "Tên loại (Quyết định, Công văn …) hoặc chữ viết tắt (QĐ, CT …).",
    example: ["Quyết định", "Công văn"],
  },
  {
    field: "issuer",
    header: "Cơ quan ban hành",
    required: true,
    hint: "Tên hoặc mã viết tắt của đơn vị trong tỉnh (UBND, VP, SXD …); tên khác được ghi là cơ quan ngoài tỉnh.",
    example: ["UBND", "VP"],
  },
  {
    field: "signer_name",
    header: "Người ký",
    required: false,
    hint: "Họ và tên người ký.",
    example: ["Trần Phước Hiền", "Võ Văn Thành"],
  },
  {
    field: "signer_position",
    header: "Chức vụ người ký",
    required: false,
    hint: "Ví dụ: Phó Chủ tịch.",
    example: ["Phó Chủ tịch", "Chánh Văn phòng"],
  },
  {
    field: "issued_on",
    header: "Ngày ban hành",
    required: true,
    hint: "dd/mm/yyyy.",
    example: ["15/03/2024", "02/04/2024"],
  },
  {
    field: "effective_on",
    header: "Ngày có hiệu lực",
    required: false,
    hint: "dd/mm/yyyy; để trống nếu có hiệu lực từ ngày ban hành.",
    example: ["15/03/2024", ""],
  },
  {
    field: "expires_on",
    header: "Ngày hết hiệu lực",
    required: false,
    hint: "dd/mm/yyyy; để trống nếu không thời hạn.",
    example: ["", ""],
  },
  {
    field: "field",
    header: "Lĩnh vực",
    required: false,
    hint: "Một trong danh sách lĩnh vực bên dưới.",
    example: ["Xây dựng", "Nội vụ"],
  },
  {
    field: "summary",
    header: "Trích yếu",
    required: true,
    hint: "Trích yếu nội dung văn bản.",
    example: [
      "Về việc phê duyệt quy hoạch chi tiết xây dựng Khu đô thị mới Phú Mỹ",
      "V/v triển khai ứng dụng công nghệ thông tin trong cơ quan nhà nước",
    ],
  },
  {
    field: "published",
    header: "Công khai",
    required: false,
    hint: "Có hoặc Không; để trống là Có.",
    example: ["Có", "Có"],
  },
];

export const CSV_MAX_ROWS = 5000;

/** The downloadable template: a BOM so spreadsheet programs read it as UTF-8, the headers, two example rows. */
export function csvTemplate(): string {
  return csvDocument([
    CSV_COLUMNS.map((c) => c.header),
    CSV_COLUMNS.map((c) => c.example[0]),
    CSV_COLUMNS.map((c) => c.example[1]),
  ]);
}

export interface CsvRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  cells: Partial<Record<CsvColumn["field"], string>>;
}

export type CsvReadResult =
  | { ok: true; rows: CsvRow[]; ignoredHeaders: string[] }
  | { ok: false; problem: Problem };

/** Reads the file's text (already decoded as UTF-8; a BOM is dropped) into rows keyed by the columns above. */
export function readCsv(text: string): CsvReadResult {
  const parsed = parseCsvTable(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problem:
        parsed.problem === "empty"
          ? problem("legal.import.empty")
          : problem("legal.import.unreadable", { line: parsed.line }),
    };
  }
  const { columns, missing, ignoredHeaders } = matchHeaders(parsed.header, CSV_COLUMNS, searchFold);
  if (missing.length > 0) {
    return {
      ok: false,
      problem: problem("legal.import.missingColumns", { columns: missing.map((c) => c.header).join(", ") }),
    };
  }
  if (parsed.rows.length > CSV_MAX_ROWS) {
    return { ok: false, problem: problem("legal.import.tooManyRows", { max: CSV_MAX_ROWS }) };
  }
  const rows: CsvRow[] = [];
  for (const { rowNumber, cells } of parsed.rows) {
    if (cells.every((c) => c === "")) continue;
    rows.push({ rowNumber, cells: cellsByColumn(cells, columns, (c) => c.field) });
  }
  return { ok: true, rows, ignoredHeaders };
}

export interface IssuerUnit {
  id: string;
  name_vi: string;
  short_code: string;
}

/** A unit named by its short code ("SXD") or its name, ignoring case and diacritics. */
export function matchIssuerUnit(text: string, units: readonly IssuerUnit[]): IssuerUnit | undefined {
  const folded = searchFold(text);
  if (folded === "") return undefined;
  return (
    units.find((u) => searchFold(u.short_code) === folded) ??
    units.find((u) => searchFold(u.name_vi) === folded)
  );
}

/** Columns whose cell is the form value as it stands; the form's own checks judge it. */
const COPIED_AS_TYPED = [
  "number_symbol",
  "signer_name",
  "signer_position",
  "issued_on",
  "effective_on",
  "expires_on",
  "summary",
] as const satisfies readonly (keyof DocumentFormValues & CsvColumn["field"])[];

/**
 * Columns naming an entry of a fixed list by its name or abbreviation. A text that names none is kept behind a "?"
 * (no key has one), so the form's checks refuse it as unknown.
 */
const LISTED_CHOICES = [
  ["doc_type", docTypeFromText],
  ["field", legalFieldFromText],
] as const satisfies readonly (readonly [
  keyof DocumentFormValues & CsvColumn["field"],
  (text: string) => { key: string } | undefined,
])[];

const YES = new Set(["", "co", "x", "1", "yes", "true"]);
const NO = new Set(["khong", "0", "no", "false"]);

/**
 * One row as register form values: kinds and fields may be written as names or abbreviations, the issuer as a unit's
 * name or code (anything else is an outside body). Returns the problems of cells that cannot even be read.
 */
export function rowToValues(
  row: CsvRow,
  units: readonly IssuerUnit[],
): { values: DocumentFormValues; problems: Record<string, Problem> } {
  const c = row.cells;
  const values = emptyDocumentValues();
  const problems: Record<string, Problem> = {};
  for (const field of COPIED_AS_TYPED) values[field] = c[field] ?? "";
  for (const [field, lookUp] of LISTED_CHOICES) {
    const text = c[field] ?? "";
    values[field] = text === "" ? "" : (lookUp(text)?.key ?? `?${text}`);
  }
  const issuerText = (c.issuer ?? "").trim();
  const unit = matchIssuerUnit(issuerText, units);
  if (unit) values.issuer_unit_id = unit.id;
  else if (issuerText !== "") {
    values.issuer_unit_id = OTHER_ISSUER;
    values.issuer_other = issuerText;
  }
  const published = searchFold(c.published ?? "");
  if (YES.has(published)) values.published = true;
  else if (NO.has(published)) values.published = false;
  else problems.published = problem("legal.import.yesNo");
  return { values, problems };
}

/** The column header a form field's problem is reported under. */
export function columnHeaderFor(field: string): string {
  const key = field === "issuer_unit_id" || field === "issuer_other" ? "issuer" : field;
  return CSV_COLUMNS.find((c) => c.field === key)?.header ?? field;
}
