/**
 * The lifecycle's slips as PDF (Circular 01/2018/TT-VPCP): the control slip (form 02, Phiếu kiểm soát quá trình giải
 * quyết hồ sơ) with one row per hand-over, and the apology slip (form 03, Phiếu xin lỗi và hẹn lại ngày trả kết quả).
 */
import { formatDate, formatDateTime, t } from "../../../platform/i18n/index.js";
import { PdfWriter } from "../../../platform/pdf/index.js";
import { type HandoverLabels, handoverOf } from "./domain/handover.js";
import { actionLabel } from "./domain/labels.js";
import type { DossierView } from "./store.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export function handoverLabels(): HandoverLabels {
  return {
    applicant: tv("lifecycle.handover.applicant"),
    desk: tv("lifecycle.handover.desk"),
    leader: tv("lifecycle.handover.leader"),
    citizen: tv("lifecycle.handover.citizen"),
  };
}

function header(pdf: PdfWriter, unitName: string): void {
  pdf
    .text(tv("lifecycle.slip.province"), { size: 12, align: "left", after: 0 })
    .text(unitName.toUpperCase(), { size: 12, style: "bold", after: 6 })
    .text(tv("lifecycle.slip.motto1"), { size: 12, style: "bold", align: "center", after: 0 })
    .text(tv("lifecycle.slip.motto2"), { size: 12, style: "bold", align: "center", after: 12 });
}

export async function controlSlipPdf(view: DossierView, now: Date): Promise<Buffer> {
  const { dossier: d } = view;
  const title = tv("lifecycle.slip.control.title");
  const pdf = await PdfWriter.create({ title: `${title} ${d.code}`, subject: d.code });
  header(pdf, view.receivingUnit.name);
  pdf.text(title.toUpperCase(), { size: 14, style: "bold", align: "center", after: 8 });
  pdf.field(tv("lifecycle.slip.code"), d.code);
  pdf.field(tv("lifecycle.slip.procedure"), view.procedure.name);
  pdf.field(tv("lifecycle.slip.applicant"), d.applicant_name);
  pdf.field(tv("lifecycle.slip.receivingUnit"), view.receivingUnit.name);
  if (view.currentUnit.id !== view.receivingUnit.id) {
    pdf.field(tv("lifecycle.slip.currentUnit"), view.currentUnit.name);
  }
  pdf.field(tv("lifecycle.slip.received"), d.received_at ? formatDateTime(d.received_at) : "—");
  pdf.field(tv("lifecycle.slip.due"), d.due_on ? formatDate(d.due_on) : "—");
  pdf.space(6);
  const labels = handoverLabels();
  const rows = view.events.map((e, i) => {
    const h = handoverOf(e, d.applicant_name, labels);
    const note = [actionLabel(e.action), e.note ?? ""].filter(Boolean).join(": ");
    return [String(i + 1), h.from, h.to, formatDateTime(e.at), note];
  });
  pdf.table(
    [
      tv("lifecycle.slip.col.no"),
      tv("lifecycle.slip.col.from"),
      tv("lifecycle.slip.col.to"),
      tv("lifecycle.slip.col.at"),
      tv("lifecycle.slip.col.note"),
    ],
    rows,
    [0.07, 0.28, 0.28, 0.15, 0.22],
    { size: 10 },
  );
  pdf.text(tv("lifecycle.slip.printed", { at: formatDateTime(now) }), { size: 10, style: "italic" });
  return pdf.toBuffer();
}

export async function apologySlipPdf(
  view: DossierView,
  apology: DossierView["apologies"][number],
): Promise<Buffer> {
  const { dossier: d } = view;
  const title = tv("lifecycle.slip.apology.title");
  const pdf = await PdfWriter.create({ title: `${title} ${d.code}`, subject: d.code });
  header(pdf, view.receivingUnit.name);
  pdf.text(title.toUpperCase(), { size: 14, style: "bold", align: "center", after: 8 });
  const unit = view.receivingUnit.name;
  pdf.text(tv("lifecycle.slip.apology.to", { name: d.applicant_name }), { style: "bold", after: 6 });
  pdf.text(
    tv("lifecycle.slip.apology.body1", {
      received: d.received_at ? formatDate(d.received_at) : formatDate(d.submitted_at),
      unit,
      name: d.applicant_name,
      code: d.code,
      procedure: view.procedure.name,
      due: formatDate(apology.previous_due_on),
    }),
    { after: 6 },
  );
  pdf.text(tv("lifecycle.slip.apology.body2", { unit, reason: apology.reason }), { after: 6 });
  pdf.text(tv("lifecycle.slip.apology.body3", { unit, date: formatDate(apology.new_due_on) }), { after: 6 });
  pdf.text(tv("lifecycle.slip.apology.thanks"), { after: 12 });
  pdf.text(tv("lifecycle.slip.apology.issued", { at: formatDate(apology.issued_at) }), {
    style: "italic",
    align: "right",
  });
  pdf.text(tv("lifecycle.slip.apology.signer"), { style: "bold", align: "right", after: 24 });
  pdf.text(apology.issued_by_name ?? "", { align: "right" });
  return pdf.toBuffer();
}
