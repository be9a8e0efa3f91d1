import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** The citizen's document store (SPEC §B8): results and papers kept for reuse, consent and access log (3750–3799). */
export const documentStoreMigrations: MigrationSet = {
  "3751_citizen_documents": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table citizen_document_consents (
          citizen_id uuid primary key references citizens(id) on delete cascade,
          granted_at timestamptz,
          withdrawn_at timestamptz,
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table citizen_documents (
          id uuid primary key,
          citizen_id uuid not null references citizens(id) on delete cascade,
          kind text not null check (kind in ('result', 'paper')),
          title text not null,
          -- The procedure paper it was submitted as (its name, for matching the slots of another procedure).
          document_name text,
          sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
          filename text not null,
          mime_type text not null,
          size_bytes integer not null,
          source_dossier_id uuid references dossiers(id) on delete set null,
          electronic_document_id uuid references electronic_documents(id),
          created_at timestamptz not null default now(),
          deleted_at timestamptz
        )`.execute(db);
      await sql`create index citizen_documents_owner_idx on citizen_documents (citizen_id, created_at desc) where deleted_at is null`.execute(
        db,
      );
      await sql`
        create table citizen_document_access (
          id bigint generated always as identity primary key,
          document_id uuid not null references citizen_documents(id) on delete cascade,
          actor_kind text not null check (actor_kind in ('citizen', 'staff')),
          actor_citizen_id uuid references citizens(id),
          actor_staff_id uuid references staff_users(id),
          action text not null check (action in ('view', 'download', 'reuse', 'delete', 'store')),
          dossier_id uuid references dossiers(id) on delete set null,
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index citizen_document_access_doc_idx on citizen_document_access (document_id, at desc)`.execute(
        db,
      );
      await sql`alter table dossier_files add column citizen_document_id uuid references citizen_documents(id)`.execute(
        db,
      );
    },
  },
};
