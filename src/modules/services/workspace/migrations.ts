import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Workspace and deadline-warning tables (3350–3399). */
export const workspaceMigrations: MigrationSet = {
  "3350_dossier_deadline_digests": {
    async up(db: Kysely<unknown>) {
      // One row per person and Vietnamese day a deadline digest was sent: the daily sweep claims it before sending,
      // so a second run the same day (a retry, a restart, a second worker) sends nothing more.
      await sql`
        create table dossier_deadline_digests (
          staff_id uuid not null references staff_users(id) on delete cascade,
          day date not null,
          soon_count integer not null,
          overdue_count integer not null,
          sent_at timestamptz not null default now(),
          primary key (staff_id, day)
        )`.execute(db);
    },
  },
};
