import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../db/migrator.js";

/** The working-day calendar's tables (platform range 0070–0079). */
export const calendarMigrations: MigrationSet = {
  "0070_calendar": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table calendar_overrides (
          id uuid primary key,
          day date not null,
          kind text not null check (kind in ('day_off', 'working_day')),
          reason text not null,
          legal_basis text,
          created_by uuid references staff_users(id) on delete set null,
          created_by_name text,
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index calendar_overrides_day_key on calendar_overrides (day)`.execute(db);
      await sql`
        create table calendar_settings (
          id smallint primary key default 1 check (id = 1),
          cutoff_minutes integer check (cutoff_minutes between 0 and 1439),
          updated_at timestamptz not null default now()
        )`.execute(db);
      // 16:00: dossiers received later count from the next working day, the common rule in one-stop centres.
      await sql`insert into calendar_settings (id, cutoff_minutes) values (1, 960)`.execute(db);
    },
  },
};
