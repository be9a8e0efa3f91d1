import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Receipts (biên lai điện tử), signed electronic results and their public verification (3700–3749). */
export const resultMigrations: MigrationSet = {
  "3701_dossier_file_kinds": {
    async up(db: Kysely<unknown>) {
      await sql`alter table dossier_files drop constraint if exists dossier_files_kind_check`.execute(db);
      await sql`
        alter table dossier_files add constraint dossier_files_kind_check
          check (kind in ('submission', 'supplement', 'result', 'slip', 'receipt'))`.execute(db);
    },
  },
  "3702_electronic_documents": {
    async up(db: Kysely<unknown>) {
      // Every document the system issues and signs (receipts, results): anyone holding the code (printed with a QR
      // on the document) can check the hash and the issuer on the public verification page.
      await sql`
        create table electronic_documents (
          id uuid primary key,
          verify_code text not null unique,
          kind text not null check (kind in ('receipt', 'result')),
          dossier_id uuid not null references dossiers(id) on delete cascade,
          dossier_file_id uuid not null references dossier_files(id),
          title text not null,
          sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
          issuer_unit_id uuid not null references units(id),
          issuer_name text not null,
          signer_subject text not null,
          cert_fingerprint text not null,
          signed_at timestamptz not null,
          signed_by uuid references staff_users(id),
          revoked_at timestamptz,
          revoked_reason text
        )`.execute(db);
      await sql`create index electronic_documents_dossier_idx on electronic_documents (dossier_id, signed_at)`.execute(
        db,
      );
      await sql`create index electronic_documents_sha_idx on electronic_documents (sha256)`.execute(db);
    },
  },
  "3703_payment_receipts": {
    async up(db: Kysely<unknown>) {
      // Receipt numbers run per collecting unit and year without gaps (a counter row, like dossier codes).
      await sql`
        create table payment_receipt_counters (
          unit_id uuid not null references units(id),
          year integer not null,
          last_no integer not null,
          primary key (unit_id, year)
        )`.execute(db);
      await sql`
        create table payment_receipts (
          id uuid primary key,
          dossier_id uuid not null references dossier_fee_notices(dossier_id) on delete cascade,
          order_id uuid references payment_orders(id),
          unit_id uuid not null references units(id),
          series text not null,
          number integer not null,
          amount_vnd bigint not null check (amount_vnd >= 0),
          payer_name text not null,
          paid_via text not null check (paid_via in ('online', 'counter')),
          electronic_document_id uuid not null references electronic_documents(id),
          issued_at timestamptz not null,
          unique (unit_id, series, number)
        )`.execute(db);
      // One receipt per fee notice: a replayed callback cannot issue a second one.
      await sql`create unique index payment_receipts_dossier_idx on payment_receipts (dossier_id)`.execute(
        db,
      );
    },
  },
};
