import ExcelJS from "exceljs";
import { viDate } from "../../../platform/calendar/vn-day.js";
import { t } from "../../../platform/i18n/index.js";
import { type StatsCounts, totalsOf } from "./domain/dossier-stats.js";
import { NO_SHARE } from "./domain/share.js";
import type { StatsTable } from "./domain/table.js";
import { sectionLabel } from "./labels.js";

/** Decree 30/2020 prescribes Times New Roman for administrative documents. */
const FONT = "Times New Roman";
const COUNT_FORMAT = "#,##0";
const SHARE_FORMAT = "0.0%";
const LAST_COL = "S";
const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 2;

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

type Cell = string | number | null | { formula: string; result: number | string };

/** A share as a formula of its row, "—" when there is nothing to share (as on the page). */
function shareCell(part: string, whole: string, row: number, value: number | null): Cell {
  return {
    formula: `IF(${whole}${row}=0,"${NO_SHARE}",${part}${row}/${whole}${row})`,
    result: value ?? NO_SHARE,
  };
}

/**
 * Columns C…S: received total (formula), carried, new, resolved total (formula), early, on time, late, …, submitted
 * online, its share of new (formula), new with a paid fee, paid online, its share (formula).
 */
function countCells(c: StatsCounts, row: number): Cell[] {
  const x = totalsOf(c);
  return [
    { formula: `D${row}+E${row}`, result: c.carried + c.new },
    c.carried,
    c.new,
    { formula: `G${row}+H${row}+I${row}`, result: c.resolvedEarly + c.resolvedOnTime + c.resolvedLate },
    c.resolvedEarly,
    c.resolvedOnTime,
    c.resolvedLate,
    { formula: `K${row}+L${row}`, result: c.inProgressWithin + c.inProgressOverdue },
    c.inProgressWithin,
    c.inProgressOverdue,
    c.withdrawn,
    c.rejected,
    c.newOnline,
    shareCell("O", "E", row, x.onlineShare),
    c.newPaid,
    c.newPaidOnline,
    shareCell("R", "Q", row, x.paidOnlineShare),
  ];
}

const COUNT_COLUMNS = ["C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S"];
const SHARE_COLUMNS = new Set(["P", "S"]);

/**
 * The statistics as the workbook of the appendix (seed 003): title, period, a two-row header (received: total, carried
 * over, new; resolved: total, early, on time, late; in progress: total, within time, overdue; withdrawn, rejected;
 * online), the groups (I, II …) with their rows, and a total row of SUM formulas (with their values cached, so a
 * reader that does not calculate still shows them).
 */
export async function statisticsWorkbook(
  table: StatsTable,
  period: { from: string; to: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng số";
  wb.created = new Date(0);
  const ws = wb.addWorksheet(tv("servicesStats.sheet"), {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true },
  });
  ws.columns = [{ width: 6 }, { width: 44 }, ...COUNT_COLUMNS.map(() => ({ width: 11 }))];
  const thin = { style: "thin" as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  const heading = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(`A${row}:${LAST_COL}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  heading(1, tv("servicesStats.xlsxTitle"), { bold: true, size: 14 });
  heading(2, tv("servicesStats.period", { from: viDate(period.from), to: viDate(period.to) }), {
    italic: true,
  });

  const h1 = HEADER_ROW;
  const h2 = HEADER_ROW + 1;
  const top: [string, string][] = [
    [`A${h1}:A${h2}`, tv("servicesStats.colNo")],
    [`B${h1}:B${h2}`, tv(`servicesStats.colName.${table.by}`)],
    [`C${h1}:E${h1}`, tv("servicesStats.colReceived")],
    [`F${h1}:I${h1}`, tv("servicesStats.colResolved")],
    [`J${h1}:L${h1}`, tv("servicesStats.colInProgress")],
    [`M${h1}:N${h1}`, tv("servicesStats.colEnded")],
    [`O${h1}:S${h1}`, tv("servicesStats.colOnlineGroup")],
  ];
  for (const [range, text] of top) {
    ws.mergeCells(range);
    ws.getCell(range.split(":")[0] as string).value = text;
  }
  const second: [string, string][] = [
    ["C", "servicesStats.colReceivedTotal"],
    ["D", "servicesStats.colCarried"],
    ["E", "servicesStats.colNew"],
    ["F", "servicesStats.colResolvedTotal"],
    ["G", "servicesStats.colEarly"],
    ["H", "servicesStats.colOnTime"],
    ["I", "servicesStats.colLate"],
    ["J", "servicesStats.colInProgressTotal"],
    ["K", "servicesStats.colWithin"],
    ["L", "servicesStats.colOverdue"],
    ["M", "servicesStats.colWithdrawn"],
    ["N", "servicesStats.colRejected"],
    ["O", "servicesStats.colOnline"],
    ["P", "servicesStats.colOnlineShare"],
    ["Q", "servicesStats.colPaid"],
    ["R", "servicesStats.colPaidOnline"],
    ["S", "servicesStats.colPaidOnlineShare"],
  ];
  for (const [col, key] of second) ws.getCell(`${col}${h2}`).value = tv(key);
  for (const r of [h1, h2]) {
    const row = ws.getRow(r);
    for (let c = 1; c <= COUNT_COLUMNS.length + 2; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = border;
    }
  }

  let r = FIRST_DATA_ROW;
  const boldRows: number[] = [];
  const put = (values: Cell[]) => {
    const row = ws.getRow(r);
    row.values = values as ExcelJS.CellValue[];
    for (let c = 1; c <= COUNT_COLUMNS.length + 2; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12 };
      cell.border = border;
      cell.alignment = { vertical: "middle", wrapText: true };
      if (c > 2) cell.numFmt = SHARE_COLUMNS.has(COUNT_COLUMNS[c - 3] ?? "") ? SHARE_FORMAT : COUNT_FORMAT;
    }
    r += 1;
  };
  for (const section of table.sections) {
    if (section.numeral !== "") {
      boldRows.push(r);
      put([section.numeral, sectionLabel(section.key)]);
    }
    section.rows.forEach((row, i) => {
      put([i + 1, row.name, ...countCells(row.counts, r)]);
    });
  }
  const last = r - 1;
  boldRows.push(r);
  const totalCells: Cell[] = countCells(table.total, r).map((cell, i) => {
    const col = COUNT_COLUMNS[i] as string;
    // A share of the totals, not a sum of shares.
    if (SHARE_COLUMNS.has(col)) return cell;
    const result = typeof cell === "number" ? cell : cell && typeof cell === "object" ? cell.result : 0;
    return last >= FIRST_DATA_ROW ? { formula: `SUM(${col}${FIRST_DATA_ROW}:${col}${last})`, result } : 0;
  });
  put([null, tv("servicesStats.total"), ...totalCells]);
  for (const b of boldRows) {
    ws.getRow(b).eachCell((cell) => {
      cell.font = { name: FONT, size: 12, bold: true };
    });
  }
  ws.views = [{ state: "frozen", ySplit: FIRST_DATA_ROW - 1, xSplit: 2 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
