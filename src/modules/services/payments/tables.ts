import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;
type Day = ColumnType<string, string, string>;

export type PaymentOrderStatus = "pending" | "paid" | "failed" | "cancelled" | "expired";
export type PaymentSource = "callback" | "return" | "query";

export interface PaymentOrderTable {
  id: string;
  order_ref: string;
  dossier_id: string;
  citizen_id: string | null;
  amount_vnd: number;
  status: ColumnType<PaymentOrderStatus, PaymentOrderStatus | undefined, PaymentOrderStatus>;
  gateway: string;
  gateway_txn: string | null;
  response_code: string | null;
  bank_code: string | null;
  settled_via: PaymentSource | null;
  refund_due: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  expires_at: Timestamp;
  settled_at: Timestamp | null;
  version: ColumnType<number, number | undefined, number>;
}

export interface PaymentCallbackTable {
  id: ColumnType<number, never, never>;
  source: PaymentSource;
  order_ref: string | null;
  params: Json<Record<string, string>>;
  signature_valid: boolean;
  outcome: string;
  ip: string | null;
  received_at: Timestamp;
}

export interface ReconciliationMismatch {
  orderRef: string;
  dossierCode: string;
  ours: PaymentOrderStatus;
  bank: string;
  amountVnd: number;
  /** What was done or must be done: "settled" (we caught up), "refund_due", "investigate". */
  resolution: string;
}

export interface PaymentReconciliationTable {
  id: string;
  day: Day;
  run_at: Timestamp;
  orders: number;
  paid_count: number;
  paid_vnd: number;
  mismatches: Json<ReconciliationMismatch[]>;
  run_by: string | null;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    payment_orders: PaymentOrderTable;
    payment_callbacks: PaymentCallbackTable;
    payment_reconciliations: PaymentReconciliationTable;
  }
}

export type PaymentOrder = Selectable<PaymentOrderTable>;
export type PaymentCallback = Selectable<PaymentCallbackTable>;
export type PaymentReconciliation = Selectable<PaymentReconciliationTable>;
