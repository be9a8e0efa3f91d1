import "./catalogue.js";
import { formatDate, formatDateTime, t } from "../../../platform/i18n/index.js";
import { PdfWriter } from "../../../platform/pdf/index.js";
import { SERVICES_PATHS } from "../paths.js";
import type { Dossier, DossierFile, Procedure } from "../tables.js";
import { receiptLookupUrl } from "./domain/access.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface ReceiptInput {
  dossier: Dossier;
  procedure: Pick<Procedure, "name" | "code" | "processing_days" | "documents">;
  unitName: string;
  files: DossierFile[];
  papers: string[];
  registeredByName: string | null;
  publicUrl: string;
}

/** What the receipt's QR code holds: the public lookup opened with the dossier's code and secret. */
export function receiptQrPayload(publicUrl: string, dossier: Pick<Dossier, "code" | "lookup_token">): string {
  return receiptLookupUrl(publicUrl, SERVICES_PATHS.lookup, dossier.code, dossier.lookup_token);
}

/** The documents received: each required/listed paper as file(s) or paper, then the other files. */
export function receiptDocumentRows(input: Pick<ReceiptInput, "procedure" | "files" | "papers">): string[][] {
  const rows: string[][] = [];
  for (const doc of input.procedure.documents) {
    const files = input.files.filter((f) => f.document_key === doc.key && f.kind === "submission");
    const paper = input.papers.includes(doc.key);
    if (files.length === 0 && !paper) continue;
    const how = [
      ...(paper ? [tv("receipt.how.paper")] : []),
      ...files.map((f) => tv("receipt.how.file", { name: f.filename })),
    ].join("; ");
    rows.push([String(rows.length + 1), doc.name, how]);
  }
  for (const f of input.files.filter((x) => x.document_key === null && x.kind === "submission")) {
    rows.push([
      String(rows.length + 1),
      tv("submission.otherPapers"),
      tv("receipt.how.file", { name: f.filename }),
    ]);
  }
  return rows;
}

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01 of Circular 01/2018/TT-VPCP): the motto heading, the receiving
 * unit, the code, the applicant, the request, the documents received, the times, the appointment date once the
 * dossier is received, the return channel and a QR code to the public lookup.
 */
export async function renderReceiptPdf(input: ReceiptInput): Promise<Buffer> {
  const { dossier, procedure } = input;
  const pdf = await PdfWriter.create({ title: tv("receipt.title"), subject: dossier.code });
  pdf
    .text(input.unitName.toUpperCase(), { style: "bold", align: "center", size: 12 })
    .text(tv("receipt.motto1"), { style: "bold", align: "center", size: 12 })
    .text(tv("receipt.motto2"), { style: "bold", align: "center", size: 12, after: 10 })
    .text(tv("receipt.title").toUpperCase(), { style: "bold", align: "center", size: 14 })
    .text(`${tv("receipt.code")}: ${dossier.code}`, { style: "bold", align: "center", after: 10 })
    .text(tv("receipt.unit", { unit: input.unitName }), { after: 4 });
  const a = dossier.applicant;
  pdf.field(tv("receipt.applicant"), a.fullName);
  if (a.idNumber) pdf.field(tv("receipt.idNumber"), a.idNumber);
  if (a.address) pdf.field(tv("receipt.address"), a.address);
  if (a.phone) pdf.field(tv("receipt.phone"), a.phone);
  if (a.email) pdf.field(tv("receipt.email"), a.email);
  pdf.field(tv("receipt.procedure"), `${procedure.name} (${procedure.code})`);
  pdf.text(`${tv("receipt.documents")}:`, { style: "bold" });
  const rows = receiptDocumentRows(input);
  if (rows.length > 0)
    pdf.table([tv("receipt.col.no"), tv("receipt.col.name"), tv("receipt.col.how")], rows, [0.1, 0.55, 0.35]);
  else pdf.text(tv("receipt.noDocuments"), { style: "italic" });
  pdf.text(tv("receipt.copies")).field(tv("receipt.submittedAt"), formatDateTime(dossier.submitted_at));
  if (dossier.received_at) pdf.field(tv("receipt.receivedAt"), formatDateTime(dossier.received_at));
  pdf.field(tv("receipt.processingDays"), tv("receipt.days", { days: procedure.processing_days }));
  pdf.field(
    tv("receipt.dueOn"),
    dossier.due_on
      ? tv("receipt.dueOnValue", { date: formatDate(dossier.due_on) })
      : tv("receipt.dueOnPending"),
  );
  pdf.field(tv("receipt.returnChannel"), tv(`submission.channel.${dossier.return_channel}`));
  if (input.registeredByName) pdf.field(tv("receipt.registeredBy"), input.registeredByName);
  pdf.space(8);
  await pdf.qr(receiptQrPayload(input.publicUrl, dossier), { caption: tv("receipt.qrCaption") });
  pdf.text(tv("receipt.signature"), { style: "bold", align: "right" });
  pdf.text(input.registeredByName ?? tv("receipt.signatureOnline"), { style: "italic", align: "right" });
  return pdf.toBuffer();
}
