import type { ColumnType, Selectable } from "kysely";
import type { FeeExemption, FeeNoticeLine } from "./domain/fee-notice.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export type FeeNoticeStatus = "unpaid" | "paid" | "exempt";
export type PaidVia = "online" | "counter";

/** The procedure columns added by 3601 (the rest of the row is ProcedureTable in ../tables.ts). */
export interface ProcedureOnlineSettings {
  online_submission: ColumnType<boolean, boolean | undefined, boolean>;
  online_payment: ColumnType<boolean, boolean | undefined, boolean>;
  electronic_result: ColumnType<boolean, boolean | undefined, boolean>;
  fee_exemptions: Json<FeeExemption[]>;
}

export interface DossierFeeNoticeTable {
  dossier_id: string;
  lines: Json<FeeNoticeLine[]>;
  subtotal_vnd: number;
  exemption_key: string | null;
  exemption_label: string | null;
  exemption_percent: number | null;
  exempt_vnd: ColumnType<number, number | undefined, number>;
  total_vnd: number;
  status: FeeNoticeStatus;
  paid_at: Timestamp | null;
  paid_via: PaidVia | null;
  collected_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    dossier_fee_notices: DossierFeeNoticeTable;
  }
}

export type DossierFeeNotice = Selectable<DossierFeeNoticeTable>;
