import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CitizenDocumentKind = "result" | "paper";
export type DocumentAccessAction = "view" | "download" | "reuse" | "delete" | "store";

export interface CitizenDocumentConsentTable {
  citizen_id: string;
  granted_at: Timestamp | null;
  withdrawn_at: Timestamp | null;
  updated_at: Timestamp;
}

export interface CitizenDocumentTable {
  id: string;
  citizen_id: string;
  kind: CitizenDocumentKind;
  title: string;
  document_name: string | null;
  sha256: string;
  filename: string;
  mime_type: string;
  size_bytes: number;
  source_dossier_id: string | null;
  electronic_document_id: string | null;
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface CitizenDocumentAccessTable {
  id: ColumnType<number, never, never>;
  document_id: string;
  actor_kind: "citizen" | "staff";
  actor_citizen_id: string | null;
  actor_staff_id: string | null;
  action: DocumentAccessAction;
  dossier_id: string | null;
  at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    citizen_document_consents: CitizenDocumentConsentTable;
    citizen_documents: CitizenDocumentTable;
    citizen_document_access: CitizenDocumentAccessTable;
  }
}

export type CitizenDocument = Selectable<CitizenDocumentTable>;
