import type { ColumnType, Selectable } from "kysely";
import type { ProcedureDocument, ProcedureFee, ProcedureStep } from "./catalogue/domain/procedure.js";
import type { FormField } from "./catalogue/domain/procedure-form.js";
import type { ProcedureOnlineSettings } from "./fees/tables.js";
import type { DossierAction, DossierState } from "./lifecycle/domain/state-machine.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;
/** A `date` column read as "yyyy-mm-dd". */
type Day = ColumnType<string, string, string>;

export type OnlineClass = "full" | "partial" | "none";
export type Channel = "online" | "counter" | "post";

export interface ProcedureTable extends ProcedureOnlineSettings {
  id: string;
  code: string;
  name: string;
  field: string;
  unit_id: string;
  level: number;
  online_class: OnlineClass;
  legal_basis: ColumnType<string, string | undefined, string>;
  processing_days: number;
  result_type: ColumnType<string, string | undefined, string>;
  postal_return: ColumnType<boolean, boolean | undefined, boolean>;
  documents: Json<ProcedureDocument[]>;
  form_fields: Json<FormField[]>;
  fees: Json<ProcedureFee[]>;
  fee_note: ColumnType<string, string | undefined, string>;
  steps: Json<ProcedureStep[]>;
  applicants: ColumnType<string, string | undefined, string>;
  conditions: ColumnType<string, string | undefined, string>;
  published: ColumnType<boolean, boolean | undefined, boolean>;
  search_text: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The applicant as written on the dossier (a snapshot: the citizen's profile may change later). */
export interface Applicant {
  fullName: string;
  phone?: string | undefined;
  email?: string | undefined;
  idNumber?: string | undefined;
  address?: string | undefined;
  businessName?: string | undefined;
  taxCode?: string | undefined;
}

export interface DossierTable {
  id: string;
  code: string;
  procedure_id: string;
  unit_id: string;
  current_unit_id: string;
  assignee_id: string | null;
  citizen_id: string | null;
  applicant: Json<Applicant>;
  applicant_name: string;
  applicant_phone: string | null;
  applicant_email: string | null;
  applicant_id_number: string | null;
  form_data: Json<Record<string, string>>;
  receipt_channel: Channel;
  return_channel: Channel;
  state: DossierState;
  submitted_at: Timestamp;
  received_at: Timestamp | null;
  due_on: Day | null;
  paused_at: Timestamp | null;
  paused_days_left: number | null;
  resolved_at: Timestamp | null;
  returned_at: Timestamp | null;
  ended_at: Timestamp | null;
  end_kind: "rejected" | "withdrawn" | null;
  end_reason: string | null;
  apology_due_on: Day | null;
  registered_by: string | null;
  lookup_token: string;
  version: ColumnType<number, number | undefined, number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossierCodeCounterTable {
  agency_code: string;
  day: Day;
  last_seq: number;
}

export type DossierFileKind = "submission" | "supplement" | "result" | "slip" | "receipt";

export interface DossierFileTable {
  id: string;
  dossier_id: string;
  document_key: string | null;
  kind: DossierFileKind;
  sha256: string;
  filename: string;
  mime_type: string;
  size_bytes: number;
  uploaded_by_staff: string | null;
  uploaded_by_citizen: string | null;
  /** Reused from the citizen's document store instead of uploaded again (documents/). */
  citizen_document_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
}

export interface DossierEventTable {
  id: ColumnType<string, never, never>;
  dossier_id: string;
  action: DossierAction;
  from_state: DossierState | null;
  to_state: DossierState;
  actor_staff_id: string | null;
  actor_citizen_id: string | null;
  from_unit_id: string | null;
  to_unit_id: string | null;
  from_assignee_id: string | null;
  to_assignee_id: string | null;
  note: string | null;
  due_on: Day | null;
  at: Timestamp;
}

export interface DossierApologyTable {
  id: string;
  dossier_id: string;
  previous_due_on: Day;
  new_due_on: Day;
  reason: string;
  issued_by: string;
  issued_at: Timestamp;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    procedures: ProcedureTable;
    dossiers: DossierTable;
    dossier_code_counters: DossierCodeCounterTable;
    dossier_files: DossierFileTable;
    dossier_events: DossierEventTable;
    dossier_apologies: DossierApologyTable;
  }
}

export type Procedure = Selectable<ProcedureTable>;
export type Dossier = Selectable<DossierTable>;
export type DossierFile = Selectable<DossierFileTable>;
export type DossierEvent = Selectable<DossierEventTable>;
export type DossierApology = Selectable<DossierApologyTable>;
