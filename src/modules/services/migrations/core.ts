import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/**
 * The core tables of online public services (SPEC §B): the procedure catalogue (31xx) and dossiers with their
 * history (32xx). Parts add their own tables in their own ranges: notifications and postal 34xx, statistics 35xx.
 */
export const servicesCoreMigrations: MigrationSet = {
  "3101_procedures": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table procedures (
          id uuid primary key,
          -- Mã thủ tục in the national database (e.g. "1.001193.000.00.00.H48" or "2.000986"), unique.
          code text not null unique,
          name text not null,
          -- Lĩnh vực (e.g. "Hộ tịch", "Xây dựng").
          field text not null,
          -- The competent unit (cơ quan thực hiện); dossiers get its identifier code.
          unit_id uuid not null references units(id),
          -- Legacy level 1–4, and the online class of Decree 42/2022/NĐ-CP.
          level smallint not null check (level between 1 and 4),
          online_class text not null check (online_class in ('full', 'partial', 'none')),
          legal_basis text not null default '',
          processing_days integer not null check (processing_days between 0 and 365),
          result_type text not null default '',
          postal_return boolean not null default false,
          -- Thành phần hồ sơ: [{ key, name, required, copies, templateSha256?, templateName? }] (catalogue/domain).
          documents jsonb not null default '[]',
          -- The online form: [{ key, label, type, required, ... }] (catalogue/domain/procedure-form.ts).
          form_fields jsonb not null default '[]',
          -- [{ label, amountVnd }] and free text for fees that depend on the case.
          fees jsonb not null default '[]',
          fee_note text not null default '',
          -- Workflow template: [{ name, unitRole, days }] (steps of processing).
          steps jsonb not null default '[]',
          -- Who may apply, conditions, how to submit (shown on the procedure page).
          applicants text not null default '',
          conditions text not null default '',
          published boolean not null default true,
          -- Lower-cased, diacritics-stripped name + code + field, for search without diacritics.
          search_text text not null default '',
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index procedures_unit_idx on procedures (unit_id)`.execute(db);
      await sql`create index procedures_field_idx on procedures (field)`.execute(db);
    },
  },
  "3201_dossiers": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table dossier_code_counters (
          agency_code text not null,
          day date not null,
          last_seq integer not null,
          primary key (agency_code, day)
        )`.execute(db);
      await sql`
        create table dossiers (
          id uuid primary key,
          -- Agency identifier + yymmdd + sequence (Circular 01/2018/TT-VPCP), e.g. 000.00.00.H48-250315-0042.
          code text not null unique,
          procedure_id uuid not null references procedures(id),
          -- The unit that received it (its identifier is in the code) and the one holding it now.
          unit_id uuid not null references units(id),
          current_unit_id uuid not null references units(id),
          assignee_id uuid references staff_users(id),
          citizen_id uuid references citizens(id),
          -- Applicant as given on the form: { fullName, phone, email, idNumber, address, businessName?, taxCode? }.
          applicant jsonb not null,
          applicant_name text not null,
          applicant_phone text,
          applicant_email text,
          applicant_id_number text,
          form_data jsonb not null default '{}',
          receipt_channel text not null check (receipt_channel in ('online', 'counter', 'post')),
          return_channel text not null check (return_channel in ('online', 'counter', 'post')),
          state text not null,
          submitted_at timestamptz not null,
          -- Set when the centre accepts it; the clock runs from receipt_day (after the cut-off hour: next working day).
          received_at timestamptz,
          due_on date,
          -- Supplement requests pause the clock: working days left when paused, and since when.
          paused_at timestamptz,
          paused_days_left integer,
          -- When the result was ready (resolved), returned, or the dossier ended without a result.
          resolved_at timestamptz,
          returned_at timestamptz,
          ended_at timestamptz,
          end_kind text check (end_kind in ('rejected', 'withdrawn')),
          end_reason text,
          -- The new date promised by the latest apology slip (Phiếu xin lỗi và hẹn lại ngày trả kết quả).
          apology_due_on date,
          -- Staff who registered a walk-in dossier at the counter.
          registered_by uuid references staff_users(id),
          -- Random secret in the receipt's QR link: looks the dossier up without phone or ID.
          lookup_token text not null,
          version integer not null default 1,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index dossiers_queue_idx on dossiers (current_unit_id, state, due_on)`.execute(db);
      await sql`create index dossiers_assignee_idx on dossiers (assignee_id, state)`.execute(db);
      await sql`create index dossiers_citizen_idx on dossiers (citizen_id, submitted_at desc)`.execute(db);
      await sql`create index dossiers_procedure_idx on dossiers (procedure_id, received_at)`.execute(db);
      await sql`create index dossiers_unit_received_idx on dossiers (unit_id, received_at)`.execute(db);
      await sql`
        create table dossier_files (
          id uuid primary key,
          dossier_id uuid not null references dossiers(id) on delete cascade,
          -- Which required document it is (procedures.documents[].key), or null for extra papers.
          document_key text,
          kind text not null check (kind in ('submission', 'supplement', 'result', 'slip')),
          sha256 text not null,
          filename text not null,
          mime_type text not null,
          size_bytes integer not null,
          uploaded_by_staff uuid references staff_users(id),
          uploaded_by_citizen uuid references citizens(id),
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index dossier_files_dossier_idx on dossier_files (dossier_id)`.execute(db);
      await sql`
        create table dossier_events (
          id bigint generated always as identity primary key,
          dossier_id uuid not null references dossiers(id) on delete cascade,
          -- The lifecycle action (lifecycle/domain/state-machine.ts) that made this change.
          action text not null,
          from_state text,
          to_state text not null,
          actor_staff_id uuid references staff_users(id),
          actor_citizen_id uuid references citizens(id),
          -- Hand-over (Phiếu kiểm soát quá trình): from which unit/person to which.
          from_unit_id uuid references units(id),
          to_unit_id uuid references units(id),
          from_assignee_id uuid references staff_users(id),
          to_assignee_id uuid references staff_users(id),
          note text,
          due_on date,
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index dossier_events_dossier_idx on dossier_events (dossier_id, id)`.execute(db);
      await sql`
        create table dossier_apologies (
          id uuid primary key,
          dossier_id uuid not null references dossiers(id) on delete cascade,
          previous_due_on date not null,
          new_due_on date not null,
          reason text not null,
          issued_by uuid not null references staff_users(id),
          issued_at timestamptz not null default now(),
          check (new_due_on > previous_due_on)
        )`.execute(db);
      await sql`create index dossier_apologies_dossier_idx on dossier_apologies (dossier_id)`.execute(db);
    },
  },
};
