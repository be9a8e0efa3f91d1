/**
 * CSV as staff exchange it with spreadsheet programs: UTF-8 with a BOM, comma or (in some locales) semicolon
 * delimiters, headers matched to known columns however they are capitalised or accented. The imports of the legal
 * register and of the procedure catalogue read and write their files through this one module.
 */
import { parse } from "csv-parse/sync";

/** Excel only reads a CSV file as UTF-8 (and so shows Vietnamese letters) when it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

/**
 * One cell (RFC 4180), quoted when it holds a delimiter (either), a quote or a line break. Text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: cells are typed by staff and
 * citizens, and one like "=HYPERLINK(…)" must stay text (CSV injection).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(",");
}

/** A whole file: the BOM, then the lines with CRLF ends as spreadsheet programs write them. */
export function csvDocument(lines: readonly (readonly CsvValue[])[]): string {
  return `${UTF8_BOM}${lines.map(csvLine).join("\r\n")}\r\n`;
}

/** A header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return csvDocument([header, ...rows]);
}

/** Comma, or semicolon as spreadsheet programs write it in some locales: whichever the header line uses more. */
export function detectDelimiter(text: string): "," | ";" {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export interface CsvRecord {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  rowNumber: number;
  /** Trimmed cells, in file order. */
  cells: string[];
}

export type CsvParse =
  | { ok: true; header: string[]; rows: CsvRecord[] }
  | { ok: false; problem: "empty" }
  | { ok: false; problem: "unreadable"; line: number };

/** The file's text (decoded as UTF-8; a BOM is dropped) as its header and data rows; blank lines skipped. */
export function parseCsvTable(text: string): CsvParse {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return { ok: false, problem: "empty" };
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    return { ok: false, problem: "unreadable", line: (err as { lines?: number }).lines ?? 0 };
  }
  const [head, ...data] = records;
  if (!head) return { ok: false, problem: "empty" };
  return {
    ok: true,
    header: head.record,
    rows: data.map((r) => ({ rowNumber: r.info.lines, cells: r.record })),
  };
}

export interface HeaderMatch<C> {
  /** The known column under each header cell, or undefined for a column nobody asked for. */
  columns: (C | undefined)[];
  /** Required columns the file lacks. */
  missing: C[];
  /** Non-empty headers that matched no column (shown to the person importing, so a typo is noticed). */
  ignoredHeaders: string[];
}

/** Matches header cells to columns by their folded header (`fold` decides what "the same" means). */
export function matchHeaders<C extends { header: string; required: boolean }>(
  header: readonly string[],
  known: readonly C[],
  fold: (text: string) => string,
): HeaderMatch<C> {
  const byHeader = new Map(known.map((c) => [fold(c.header), c]));
  const columns = header.map((h) => byHeader.get(fold(h)));
  return {
    columns,
    missing: known.filter((c) => c.required && !columns.includes(c)),
    ignoredHeaders: header.filter((h, i) => !columns[i] && h.trim() !== ""),
  };
}

/** Cells of a row keyed by their column's key, NFC-normalised; cells under unknown headers dropped. */
export function cellsByColumn<C, K extends string>(
  cells: readonly string[],
  columns: readonly (C | undefined)[],
  keyOf: (column: C) => K,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  columns.forEach((col, i) => {
    if (col) out[keyOf(col)] = (cells[i] ?? "").normalize("NFC").trim();
  });
  return out;
}
