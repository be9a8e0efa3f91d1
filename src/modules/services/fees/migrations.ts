import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Fees, exemptions and the settings that make a procedure full-online (SPEC §B1, Decree 42/2022/NĐ-CP) (3600–3649). */
export const feeMigrations: MigrationSet = {
  "3601_procedure_online_settings": {
    async up(db: Kysely<unknown>) {
      // online_class stays as a stored column (statistics group by it) but is now derived from these three settings
      // and the fee list whenever a procedure is saved or imported (fees/domain/online-class.ts).
      await sql`
        alter table procedures
          add column online_submission boolean not null default true,
          add column online_payment boolean not null default false,
          add column electronic_result boolean not null default false,
          add column fee_exemptions jsonb not null default '[]'::jsonb`.execute(db);
      await sql`
        update procedures set
          online_submission = online_class <> 'none',
          online_payment = online_class = 'full',
          electronic_result = online_class = 'full'`.execute(db);
    },
  },
  "3602_dossier_fee_notices": {
    async up(db: Kysely<unknown>) {
      // One itemised fee notice per dossier, computed on the server when the dossier is created (never from an
      // amount the browser sends). Amounts are whole đồng.
      await sql`
        create table dossier_fee_notices (
          dossier_id uuid primary key references dossiers(id) on delete cascade,
          lines jsonb not null,
          subtotal_vnd bigint not null check (subtotal_vnd >= 0),
          exemption_key text,
          exemption_label text,
          exemption_percent integer check (exemption_percent between 0 and 100),
          exempt_vnd bigint not null default 0 check (exempt_vnd >= 0),
          total_vnd bigint not null check (total_vnd >= 0),
          status text not null check (status in ('unpaid', 'paid', 'exempt')),
          paid_at timestamptz,
          paid_via text check (paid_via in ('online', 'counter')),
          collected_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          version integer not null default 0,
          check ((status = 'paid') = (paid_at is not null and paid_via is not null)),
          check (status <> 'exempt' or total_vnd = 0),
          check (total_vnd = subtotal_vnd - exempt_vnd)
        )`.execute(db);
      await sql`create index dossier_fee_notices_paid_idx on dossier_fee_notices (paid_at) where paid_at is not null`.execute(
        db,
      );
    },
  },
};
