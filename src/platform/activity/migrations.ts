import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../db/migrator.js";

/** Staff activity (SPEC §F3 duty tracking): sign-ins and site reviews, one row per person, kind, site and day. */
export const activityMigrations: MigrationSet = {
  "0060_staff_activity": {
    async up(db: Kysely<unknown>) {
      // site_id has no foreign key: this runs before the orgs migrations create `sites`; writers check it exists.
      await sql`
        create table staff_activity (
          staff_id uuid not null references staff_users(id) on delete cascade,
          activity text not null check (activity in ('sign_in','site_review')),
          site_id uuid,
          day date not null,
          first_at timestamptz not null default now(),
          last_at timestamptz not null default now(),
          times integer not null default 1
        )`.execute(db);
      await sql`create unique index staff_activity_key on staff_activity
        (staff_id, activity, coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid), day)`.execute(
        db,
      );
      await sql`create index staff_activity_day_idx on staff_activity (activity, day)`.execute(db);
    },
  },
};
