import ExcelJS from "exceljs";
import { tv } from "../compliance/access.js";
import { DECREE_42 } from "../compliance/domain/criteria-data.js";
import type { DashboardData } from "./data.js";
import { viDate } from "./domain/period.js";
import { appendixRowName, groupLabel } from "./labels.js";

/** Decree 30/2020 prescribes Times New Roman for administrative documents (Tinos is its metric twin). */
const FONT = "Times New Roman";
const COUNT_FORMAT = "#,##0";

type Sheet = ExcelJS.Worksheet;

function heading(ws: Sheet, row: number, lastCol: string, text: string, font: Partial<ExcelJS.Font>) {
  ws.mergeCells(`A${row}:${lastCol}${row}`);
  const cell = ws.getCell(`A${row}`);
  cell.value = text;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

function table(ws: Sheet, headerRow: number, headers: string[], rows: (string | number | null)[][]) {
  const thin = { style: "thin" as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const header = ws.getRow(headerRow);
  header.values = headers;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = border;
  });
  rows.forEach((values, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    row.values = values;
    for (let c = 1; c <= headers.length; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 12 };
      cell.border = border;
      cell.alignment = { vertical: "middle", wrapText: true };
      if (typeof cell.value === "number") cell.numFmt = COUNT_FORMAT;
    }
  });
}

/**
 * The dashboard as a workbook for the Office's annual report: the appendix table of seed 003 for the period (title,
 * period, groups, total), the compliance ranking and the licences, each on its own sheet.
 */
export async function dashboardWorkbook(data: DashboardData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng số";
  wb.created = new Date(0);
  const period = tv("govDash.period", { from: viDate(data.from), to: viDate(data.to) });

  const items = wb.addWorksheet(tv("govDash.sheetNewItems"), {
    pageSetup: { paperSize: 9, fitToPage: true },
  });
  items.columns = [{ width: 8 }, { width: 52 }, { width: 22 }];
  heading(items, 1, "C", tv("govDash.xlsxTitle"), { bold: true, size: 14 });
  heading(items, 2, "C", period, { italic: true });
  const itemRows: (string | number | null)[][] = [];
  const bold: number[] = [];
  for (const group of data.appendix.groups) {
    bold.push(itemRows.length);
    itemRows.push([group.numeral, groupLabel(group.key), null]);
    group.rows.forEach((row, i) => {
      itemRows.push([i + 1, appendixRowName(row), row.count]);
    });
  }
  bold.push(itemRows.length);
  itemRows.push([null, tv("govDash.total"), data.appendix.total]);
  table(items, 4, [tv("govDash.colNo"), tv("govDash.colSite"), tv("govDash.colNew")], itemRows);
  for (const i of bold) {
    items.getRow(5 + i).eachCell((cell) => {
      cell.font = { name: FONT, size: 12, bold: true };
    });
  }

  const compliance = wb.addWorksheet(tv("govDash.sheetCompliance"), {
    pageSetup: { paperSize: 9, fitToPage: true },
  });
  compliance.columns = [
    { width: 8 },
    { width: 44 },
    { width: 10 },
    { width: 12 },
    { width: 16 },
    { width: 70 },
  ];
  heading(compliance, 1, "F", tv("govDash.complianceCaption", { decree: DECREE_42 }), {
    bold: true,
    size: 14,
  });
  heading(compliance, 2, "F", period, { italic: true });
  let rank = 0;
  table(
    compliance,
    4,
    [
      tv("compliance.colRank"),
      tv("compliance.colSite"),
      tv("compliance.colScore"),
      tv("compliance.colMissing"),
      tv("compliance.colStale"),
      tv("compliance.colMissingNames"),
    ],
    data.compliance
      .filter((s) => s.score !== null)
      .map((s) => {
        rank += 1;
        const missing = s.items.filter((i) => i.status === "missing").map((i) => i.criterion.name);
        return [rank, s.name, s.score, s.missing, s.stale, missing.join("; ")];
      }),
  );

  const licences = wb.addWorksheet(tv("govDash.sheetLicences"), {
    pageSetup: { paperSize: 9, fitToPage: true },
  });
  licences.columns = [{ width: 44 }, { width: 22 }, { width: 16 }, { width: 20 }, { width: 16 }];
  heading(licences, 1, "E", tv("govDash.licencesCaption"), { bold: true, size: 14 });
  table(
    licences,
    3,
    [
      tv("compliance.colSite"),
      tv("govDash.colLicence"),
      tv("govDash.colExpires"),
      tv("govDash.colState"),
      tv("govDash.colDaysLeft"),
    ],
    data.licences.map((l) => [
      l.siteName,
      l.licenceNumber ?? "",
      l.expiresOn ? viDate(l.expiresOn) : "",
      tv(`govDash.licence.${l.state}`),
      l.daysLeft,
    ]),
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}
