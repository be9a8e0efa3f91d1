import "./catalogue.js";
import { formatDate, t } from "../../../platform/i18n/index.js";
import { formatVnd } from "../../../platform/i18n/money.js";
import { vndInWords } from "../../../platform/i18n/vnd-words.js";
import { PdfWriter } from "../../../platform/pdf/index.js";
import type { FeeNoticeLine } from "../fees/domain/fee-notice.js";
import type { PaidVia } from "../fees/tables.js";
import { SERVICES_PATHS } from "../paths.js";
import { formatReceiptNumber } from "./domain/receipt-number.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

export interface PaymentReceiptInput {
  unitName: string;
  series: string;
  number: number;
  payerName: string;
  dossierCode: string;
  procedureName: string;
  lines: FeeNoticeLine[];
  subtotalVnd: number;
  exemption: { label: string; percent: number; amountVnd: number } | null;
  amountVnd: number;
  via: PaidVia;
  gatewayTxn: string | null;
  paidAt: Date;
  verifyCode: string;
  publicUrl: string;
}

/** What the QR code on every issued document opens: the public verification page of its code. */
export function verifyUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/$/, "")}${SERVICES_PATHS.verifyCode(code)}`;
}

export function receiptViaText(via: PaidVia, gatewayTxn: string | null): string {
  if (via === "counter") return tv("results.receipt.via.counter");
  return gatewayTxn
    ? tv("results.receipt.via.onlineTxn", { txn: gatewayTxn })
    : tv("results.receipt.via.online");
}

/**
 * Biên lai thu phí, lệ phí (electronic): the collecting unit, the series and number, the payer, the dossier, the
 * itemised lines with the exemption, the total in figures and in words, how and when it was paid, and the
 * verification code with its QR code. Signed by the caller.
 */
export async function renderPaymentReceiptPdf(input: PaymentReceiptInput): Promise<Buffer> {
  const number = formatReceiptNumber(input.number);
  const pdf = await PdfWriter.create({
    title: tv("results.receipt.docTitle", { series: input.series, number }),
    subject: input.dossierCode,
  });
  pdf
    .text(input.unitName.toUpperCase(), { style: "bold", align: "center", size: 12 })
    .text(tv("results.motto1"), { style: "bold", align: "center", size: 12 })
    .text(tv("results.motto2"), { style: "bold", align: "center", size: 12, after: 12 })
    .text(tv("results.receipt.title").toUpperCase(), { style: "bold", align: "center", size: 15 })
    .text(tv("results.receipt.electronic"), { style: "italic", align: "center" })
    .text(tv("results.receipt.seriesNumber", { series: input.series, number }), {
      style: "bold",
      align: "center",
      after: 10,
    })
    .field(tv("results.receipt.unit"), input.unitName)
    .field(tv("results.receipt.payer"), input.payerName)
    .field(tv("results.receipt.dossier"), input.dossierCode)
    .field(tv("results.receipt.procedure"), input.procedureName)
    .space(4);
  const rows = input.lines.map((l, i) => [String(i + 1), l.label, l.basis, formatVnd(l.amountVnd)]);
  rows.push(["", tv("results.receipt.subtotal"), "", formatVnd(input.subtotalVnd)]);
  if (input.exemption) {
    rows.push([
      "",
      tv("results.receipt.exemption", { label: input.exemption.label, percent: input.exemption.percent }),
      "",
      `-${formatVnd(input.exemption.amountVnd)}`,
    ]);
  }
  pdf.table(
    [
      tv("results.receipt.col.no"),
      tv("results.receipt.col.item"),
      tv("results.receipt.col.basis"),
      tv("results.receipt.col.amount"),
    ],
    rows,
    [0.08, 0.42, 0.27, 0.23],
  );
  pdf
    .field(tv("results.receipt.total"), formatVnd(input.amountVnd))
    .field(tv("results.receipt.inWords"), vndInWords(input.amountVnd))
    .field(tv("results.receipt.via"), receiptViaText(input.via, input.gatewayTxn))
    .field(tv("results.receipt.paidOn"), formatDate(input.paidAt))
    .field(tv("results.receipt.verifyCode"), input.verifyCode)
    .space(6);
  await pdf.qr(verifyUrl(input.publicUrl, input.verifyCode), { caption: tv("results.receipt.qrCaption") });
  pdf
    .text(tv("results.receipt.signature"), { style: "bold", align: "right" })
    .text(tv("results.receipt.signatureNote"), { style: "italic", align: "right", size: 11 });
  return pdf.toBuffer();
}
