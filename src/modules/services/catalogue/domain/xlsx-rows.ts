import ExcelJS from "exceljs";
import type { RawTable, ReadProblem } from "./import.js";

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return v;
  return cell.text ?? "";
}

/** The first worksheet of an XLSX file as header and rows (row numbers as Excel shows them). */
export async function xlsxTable(buffer: Buffer): Promise<RawTable | ReadProblem> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { key: "svcCat.import.badXlsx" };
  }
  const ws = wb.worksheets[0];
  if (!ws || ws.rowCount === 0) return { key: "svcCat.import.empty" };
  const table: RawTable = { header: [], rows: [] };
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const count = Math.max(row.cellCount, width);
    for (let i = 1; i <= count; i++) cells.push(cellText(row.getCell(i)).trim());
    if (table.header.length === 0) {
      table.header = cells;
      width = cells.length;
    } else table.rows.push({ rowNumber, cells });
  });
  if (table.header.length === 0) return { key: "svcCat.import.empty" };
  return table;
}
