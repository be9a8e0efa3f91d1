/** CSV files for spreadsheets (RFC 4180: commas, CRLF, quotes doubled), readable by Excel in Vietnamese. */

/** Excel only reads a CSV file as UTF-8 (and so shows Vietnamese letters) when it starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";

/**
 * One cell. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe:
 * titles are typed by editors, and a cell like "=HYPERLINK(…)" must stay text (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, a header row, then the rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
