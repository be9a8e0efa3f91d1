/**
 * Receipts (biên lai điện tử): numbered per collecting unit and year, rendered as PDF with a QR code to the public
 * verification page, signed, stored as a dossier file of kind `receipt`.
 */
import "./catalogue.js";
import { v7 as uuidv7 } from "uuid";
import { vnDay } from "../../../platform/calendar/vn-day.js";
import type { Tx } from "../../../platform/db/transaction.js";
import { t } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import type { PaidVia } from "../fees/tables.js";
import { formatReceiptNumber, receiptSeries } from "./domain/receipt-number.js";
import { generateVerifyCode } from "./domain/verify-code.js";
import { recordElectronicDocument } from "./e-documents.js";
import { renderPaymentReceiptPdf } from "./receipt-pdf.js";

export interface IssuedReceipt {
  receiptId: string;
  electronicDocumentId: string;
  verifyCode: string;
}

/** The next number of a unit's receipts in a year: one counter row, incremented under its row lock (no gaps). */
export async function nextReceiptNumber(tx: Tx, unitId: string, year: number): Promise<number> {
  const row = await tx
    .insertInto("payment_receipt_counters")
    .values({ unit_id: unitId, year, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(["unit_id", "year"]).doUpdateSet((eb) => ({
        last_no: eb("payment_receipt_counters.last_no", "+", 1),
      })),
    )
    .returning("last_no")
    .executeTakeFirstOrThrow();
  return row.last_no;
}

/**
 * Called by `markNoticePaid` inside its transaction, once per notice (a unique index refuses a second). The collecting
 * unit is the dossier's receiving unit; the payer is the applicant as written on the dossier. Does not touch the
 * notice itself: markNoticePaid does.
 */
export async function issueReceipt(
  services: Services,
  tx: Tx,
  input: { dossierId: string; orderId: string | null; amountVnd: number; via: PaidVia; at: Date },
): Promise<IssuedReceipt> {
  const dossier = await tx
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .innerJoin("units as u", "u.id", "d.unit_id")
    .innerJoin("dossier_fee_notices as n", "n.dossier_id", "d.id")
    .select([
      "d.code",
      "d.unit_id",
      "d.applicant_name",
      "p.name as procedure_name",
      "u.name_vi as unit_name",
      "n.lines",
      "n.subtotal_vnd",
      "n.exemption_label",
      "n.exemption_percent",
      "n.exempt_vnd",
    ])
    .where("d.id", "=", input.dossierId)
    .executeTakeFirst();
  if (!dossier) throw new Error(`issueReceipt: dossier ${input.dossierId} has no fee notice`);
  const order = input.orderId
    ? await tx
        .selectFrom("payment_orders")
        .select(["gateway_txn", "order_ref"])
        .where("id", "=", input.orderId)
        .executeTakeFirst()
    : undefined;

  const year = Number(vnDay(input.at).slice(0, 4));
  const series = receiptSeries(year);
  const number = await nextReceiptNumber(tx, dossier.unit_id, year);
  // 60 random bits: a clash is not expected in the life of the system, and the unique index would refuse it anyway.
  const verifyCode = generateVerifyCode();
  const pdf = await renderPaymentReceiptPdf({
    unitName: dossier.unit_name,
    series,
    number,
    payerName: dossier.applicant_name,
    dossierCode: dossier.code,
    procedureName: dossier.procedure_name,
    lines: dossier.lines,
    subtotalVnd: Number(dossier.subtotal_vnd),
    exemption:
      dossier.exemption_label && Number(dossier.exempt_vnd) > 0
        ? {
            label: dossier.exemption_label,
            percent: dossier.exemption_percent ?? 0,
            amountVnd: Number(dossier.exempt_vnd),
          }
        : null,
    amountVnd: input.amountVnd,
    via: input.via,
    gatewayTxn: order ? (order.gateway_txn ?? order.order_ref) : null,
    paidAt: input.at,
    verifyCode,
    publicUrl: services.config.publicUrl,
  });
  const signed = await services.signer.sign(pdf, {
    reason: t("vi", "results.sign.reasonReceipt"),
    location: t("vi", "results.sign.location"),
    name: dossier.unit_name,
    signedAt: input.at,
  });
  // Stored before the rows: if the transaction rolls back, an unreferenced file is harmless.
  const stored = await services.files.put(signed);
  const printed = formatReceiptNumber(number);
  const doc = await recordElectronicDocument(tx, {
    dossierId: input.dossierId,
    kind: "receipt",
    title: t("vi", "results.receipt.docTitle", { series, number: printed }),
    filename: t("vi", "results.receipt.filename", { series, number: printed }),
    sha256: stored.sha256,
    sizeBytes: stored.size,
    issuerUnitId: dossier.unit_id,
    issuerName: dossier.unit_name,
    signer: services.signer,
    signedBy: null,
    verifyCode,
    at: input.at,
  });
  const receiptId = uuidv7();
  await tx
    .insertInto("payment_receipts")
    .values({
      id: receiptId,
      dossier_id: input.dossierId,
      order_id: input.orderId,
      unit_id: dossier.unit_id,
      series,
      number,
      amount_vnd: input.amountVnd,
      payer_name: dossier.applicant_name,
      paid_via: input.via,
      electronic_document_id: doc.id,
      issued_at: input.at,
    })
    .execute();
  return { receiptId, electronicDocumentId: doc.id, verifyCode };
}
