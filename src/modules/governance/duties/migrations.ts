import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Duty tracking (SPEC §F3): rules as data, and the reminders sent (activity itself is platform/activity). */
export const dutyMigrations: MigrationSet = {
  "6101_duty_rules": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table duty_rules (
          id uuid primary key,
          title text not null,
          subject text not null
            check (subject in ('site_leader','site_approver','site_admin','site_editor','staff')),
          staff_id uuid references staff_users(id),
          site_id uuid references sites(id),
          activity text not null check (activity in ('sign_in','site_review')),
          max_gap_days integer not null check (max_gap_days between 1 and 366),
          remind_days_before integer not null default 0 check (remind_days_before >= 0),
          starts_on date not null,
          active boolean not null default true,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          check ((subject = 'staff') = (staff_id is not null)),
          check (remind_days_before < max_gap_days)
        )`.execute(db);
      // site_key is the site id, or '*' for a duty not tied to one site (sign-ins).
      await sql`
        create table duty_reminders (
          rule_id uuid not null references duty_rules(id) on delete cascade,
          staff_id uuid not null references staff_users(id) on delete cascade,
          site_key text not null,
          due_on date not null,
          sent_at timestamptz not null default now(),
          primary key (rule_id, staff_id, site_key, due_on)
        )`.execute(db);
    },
  },
};
