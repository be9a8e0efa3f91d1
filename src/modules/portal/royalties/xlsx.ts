import ExcelJS from "exceljs";
import { vndInWords } from "../../../platform/i18n/vnd-words.js";
import { tr } from "./catalogue.js";
import { formatMonth, type SheetMonth, viDay, vnDayOf } from "./domain/month.js";
import type { Sheet } from "./domain/sheet.js";
import type { SheetSite } from "./store.js";

/** Decree 30/2020 prescribes Times New Roman; Tinos (our PDFs' font) is its metric twin where it is missing. */
const FONT = "Times New Roman";
const VND_FORMAT = "#,##0";
const COLUMNS = [
  { key: "no", width: 6 },
  { key: "title", width: 48 },
  { key: "published", width: 12 },
  { key: "beneficiary", width: 24 },
  { key: "class", width: 20 },
  { key: "points", width: 9 },
  { key: "pointValue", width: 14 },
  { key: "amount", width: 16 },
  { key: "signature", width: 14 },
] as const;
const LAST_COL = "I";

export interface SheetWorkbookInput {
  site: SheetSite;
  month: SheetMonth;
  sheet: Sheet;
  decisions: readonly string[];
}

/**
 * The monthly royalty sheet as the accountant files it: the unit's header and the national motto, the title, the legal
 * basis, one line per item with a column to sign for receipt, the totals (as formulas, so a corrected line updates
 * them) and the three signature blocks.
 */
export async function sheetWorkbook({ site, month, sheet, decisions }: SheetWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng số";
  const ws = wb.addWorksheet(`Nhuận bút ${formatMonth(month).replace("/", "-")}`, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const base = { name: FONT, size: 12 };

  const merged = (row: number, from: string, to: string, text: string, font: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(`${from}${row}:${to}${row}`);
    const cell = ws.getCell(`${from}${row}`);
    cell.value = text;
    cell.font = { ...base, ...font };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    return cell;
  };

  merged(1, "A", "D", (site.parentUnitName ?? "").toUpperCase());
  merged(1, "F", LAST_COL, tr("portalRoyalties.xlsx.country"), { bold: true });
  merged(2, "A", "D", site.unitName.toUpperCase(), { bold: true });
  merged(2, "F", LAST_COL, tr("portalRoyalties.xlsx.motto"), { bold: true });
  merged(4, "A", LAST_COL, tr("portalRoyalties.xlsx.title"), { bold: true, size: 14 });
  merged(
    5,
    "A",
    LAST_COL,
    tr("portalRoyalties.xlsx.subtitle", { month: formatMonth(month), site: site.name }),
    {
      italic: true,
    },
  );
  const basis = merged(
    6,
    "A",
    LAST_COL,
    tr("portalRoyalties.xlsx.decreeLine", { decree: tr("portalRoyalties.decree") }),
  );
  basis.alignment = { horizontal: "left", wrapText: true };
  ws.getRow(6).height = 32;
  if (decisions.length > 0) {
    const d = merged(
      7,
      "A",
      LAST_COL,
      tr("portalRoyalties.xlsx.decisionLine", { decision: decisions.join("; ") }),
    );
    d.alignment = { horizontal: "left", wrapText: true };
  }

  const headerRow = 9;
  const header = ws.getRow(headerRow);
  const headerKeys = [
    "no",
    "title",
    "published",
    "beneficiary",
    "class",
    "points",
    "pointValue",
    "amount",
    "signature",
  ];
  headerKeys.forEach((k, i) => {
    const cell = header.getCell(i + 1);
    cell.value = tr(`portalRoyalties.col.${k}`);
    cell.font = { ...base, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  header.height = 32;

  let r = headerRow + 1;
  for (const line of sheet.lines) {
    const row = ws.getRow(r);
    const note = line.assessment ? "" : tr("portalRoyalties.sheet.notAssessed");
    row.values = [
      line.no,
      line.withdrawn ? `${line.title} (${tr("portalRoyalties.sheet.withdrawn")})` : line.title,
      viDay(vnDayOf(line.publishedAt)),
      line.beneficiary,
      line.assessment?.className ?? note,
      line.assessment?.points ?? null,
      line.pointValueVnd,
      line.amountVnd,
      null,
    ];
    row.font = base;
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
    row.getCell(7).numFmt = VND_FORMAT;
    row.getCell(8).numFmt = VND_FORMAT;
    r += 1;
  }
  const first = headerRow + 1;
  const last = r - 1;
  const totalRow = ws.getRow(r);
  ws.mergeCells(`A${r}:E${r}`);
  totalRow.getCell(1).value = tr("portalRoyalties.total");
  totalRow.getCell(1).alignment = { horizontal: "center" };
  const sum = (col: string, result: number) =>
    last >= first ? { formula: `SUM(${col}${first}:${col}${last})`, result } : result;
  totalRow.getCell(6).value = sum("F", sheet.totalPoints);
  totalRow.getCell(8).value = sum("H", sheet.totalVnd);
  totalRow.getCell(8).numFmt = VND_FORMAT;
  totalRow.font = { ...base, bold: true };

  const thin: Partial<ExcelJS.Border> = { style: "thin" };
  for (let row = headerRow; row <= r; row++) {
    for (let col = 1; col <= COLUMNS.length; col++) {
      ws.getRow(row).getCell(col).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }

  let s = r + 2;
  const words = merged(
    s,
    "A",
    LAST_COL,
    tr("portalRoyalties.xlsx.inWords", {
      amount: new Intl.NumberFormat("vi-VN").format(sheet.totalVnd),
      words: vndInWords(sheet.totalVnd),
    }),
    { italic: true },
  );
  words.alignment = { horizontal: "left" };
  s += 2;
  merged(s, "G", LAST_COL, tr("portalRoyalties.xlsx.dateLine", { year: month.year }), { italic: true });
  s += 1;
  merged(s, "A", "C", tr("portalRoyalties.xlsx.preparer"), { bold: true });
  merged(s, "D", "F", tr("portalRoyalties.xlsx.accountant"), { bold: true });
  merged(s, "G", LAST_COL, tr("portalRoyalties.xlsx.head"), { bold: true });
  s += 1;
  merged(s, "A", "C", tr("portalRoyalties.xlsx.signHint"), { italic: true, size: 11 });
  merged(s, "D", "F", tr("portalRoyalties.xlsx.signHint"), { italic: true, size: 11 });
  merged(s, "G", LAST_COL, tr("portalRoyalties.xlsx.headSignHint"), { italic: true, size: 11 });

  ws.views = [{ state: "frozen", ySplit: headerRow }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
