import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Site registry (SPEC §A12): licence, domains, hosting and security contact per site; reminders sent. */
export const siteRegistryMigrations: MigrationSet = {
  "2401_site_licences": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table site_licences (
          site_id uuid primary key references sites(id) on delete cascade,
          licence_number text,
          issuing_body text,
          issued_on date,
          expires_on date,
          domains text[] not null default '{}',
          hosting_provider text,
          hosting_location text,
          contact_name text,
          contact_phone text,
          contact_email text,
          notes text,
          updated_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check (expires_on is null or issued_on is null or expires_on > issued_on)
        )`.execute(db);
      await sql`create index site_licences_expiry_idx on site_licences (expires_on)`.execute(db);
      await sql`
        create table site_licence_reminders (
          site_id uuid not null references sites(id) on delete cascade,
          expires_on date not null,
          threshold_days integer not null,
          sent_at timestamptz not null default now(),
          primary key (site_id, expires_on, threshold_days)
        )`.execute(db);
    },
  },
};
