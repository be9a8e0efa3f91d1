import type { ColumnType, Selectable } from "kysely";
import type { PaidVia } from "../fees/tables.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type ElectronicDocumentKind = "receipt" | "result";

export interface ElectronicDocumentTable {
  id: string;
  verify_code: string;
  kind: ElectronicDocumentKind;
  dossier_id: string;
  dossier_file_id: string;
  title: string;
  sha256: string;
  issuer_unit_id: string;
  issuer_name: string;
  signer_subject: string;
  cert_fingerprint: string;
  signed_at: Timestamp;
  signed_by: string | null;
  revoked_at: Timestamp | null;
  revoked_reason: string | null;
}

export interface PaymentReceiptCounterTable {
  unit_id: string;
  year: number;
  last_no: number;
}

export interface PaymentReceiptTable {
  id: string;
  dossier_id: string;
  order_id: string | null;
  unit_id: string;
  series: string;
  number: number;
  amount_vnd: number;
  payer_name: string;
  paid_via: PaidVia;
  electronic_document_id: string;
  issued_at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    electronic_documents: ElectronicDocumentTable;
    payment_receipt_counters: PaymentReceiptCounterTable;
    payment_receipts: PaymentReceiptTable;
  }
}

export type ElectronicDocument = Selectable<ElectronicDocumentTable>;
export type PaymentReceipt = Selectable<PaymentReceiptTable>;
