/**
 * Every comment of a draft for the drafting unit's files: a DOCX report (title, dates, a table by clause) and an XLSX
 * sheet (one row per comment, header row with an autofilter). Staff exports may show the author's name and
 * organisation, never their email or phone (not even selected).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import { viDate } from "../../../platform/calendar/vn-day.js";
import { formatDate, t } from "../../../platform/i18n/index.js";
import type { Consultation } from "../tables.js";
import type { ExportComment } from "./store.js";

/** Decree 30/2020 prescribes Times New Roman (Tinos is its metric-compatible free twin, used for our PDFs). */
const FONT = "Times New Roman";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", `consultAdmin.${key}`, params);

export interface ExportData {
  consultation: Pick<Consultation, "title" | "doc_type" | "opens_on" | "closes_on" | "synthesis">;
  unitName: string;
  comments: ExportComment[];
}

const COLUMNS = ["clause", "comment", "author", "sent", "status", "group", "response"] as const;

function header(key: (typeof COLUMNS)[number]): string {
  return tv(`col.${key}`);
}

/** One comment as the cells of both exports, in COLUMNS order. */
function cells(c: ExportComment): string[] {
  const author = c.organisation ? `${c.author_name} (${c.organisation})` : c.author_name;
  const group = c.group_position === null ? "" : `${c.group_position}. ${c.group_summary ?? ""}`;
  return [
    c.clause_label ?? tv("wholeDraft"),
    c.body,
    author,
    formatDate(c.created_at),
    tv(`mod.${c.status}`),
    group,
    c.group_response ?? "",
  ];
}

function intro(d: ExportData): string[] {
  return [
    tv("export.unit", { unit: d.unitName }),
    tv("export.period", { from: viDate(d.consultation.opens_on), to: viDate(d.consultation.closes_on) }),
    tv("export.count", { count: d.comments.length }),
  ];
}

function textParagraphs(text: string, bold = false): Paragraph[] {
  return text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }));
}

export async function commentsDocx(d: ExportData): Promise<Buffer> {
  const widths = [12, 30, 14, 9, 9, 12, 14];
  const row = (values: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: values.map(
        (v, i) =>
          new TableCell({
            width: { size: widths[i] ?? 10, type: WidthType.PERCENTAGE },
            children: textParagraphs(v, bold),
          }),
      ),
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(COLUMNS.map(header), true), ...d.comments.map((c) => row(cells(c), false))],
  });
  const doc = new Document({
    creator: "Cổng số",
    title: d.consultation.title,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: tv("export.title"), bold: true, font: FONT })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${d.consultation.doc_type}: ${d.consultation.title}`, bold: true }),
            ],
          }),
          ...intro(d).map((line) => new Paragraph({ children: [new TextRun(line)] })),
          table,
          ...(d.consultation.synthesis
            ? [
                new Paragraph({
                  heading: HeadingLevel.HEADING_2,
                  children: [new TextRun({ text: tv("export.synthesis"), bold: true, font: FONT })],
                }),
                ...textParagraphs(d.consultation.synthesis),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function commentsXlsx(d: ExportData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng số";
  wb.created = new Date(0);
  const ws = wb.addWorksheet(tv("export.sheet"), { pageSetup: { paperSize: 9, orientation: "landscape" } });
  ws.columns = [
    { width: 18 },
    { width: 60 },
    { width: 28 },
    { width: 12 },
    { width: 12 },
    { width: 36 },
    { width: 60 },
  ];
  ws.addRow([`${d.consultation.doc_type}: ${d.consultation.title}`]).font = {
    name: FONT,
    bold: true,
    size: 14,
  };
  for (const line of intro(d)) ws.addRow([line]).font = { name: FONT };
  ws.addRow([]);
  const headerRow = ws.addRow(COLUMNS.map(header));
  headerRow.font = { name: FONT, bold: true };
  for (const c of d.comments) {
    const r = ws.addRow(cells(c));
    r.font = { name: FONT };
    r.alignment = { wrapText: true, vertical: "top" };
  }
  ws.autoFilter = {
    from: { row: headerRow.number, column: 1 },
    to: { row: headerRow.number + d.comments.length, column: COLUMNS.length },
  };
  ws.views = [{ state: "frozen", ySplit: headerRow.number }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
