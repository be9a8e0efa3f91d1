import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../db/migrator.js";

/** What sign-in needs beyond the staff tables of the platform migrations. */
export const authMigrations: MigrationSet = {
  "0050_auth_sign_in": {
    async up(db: Kysely<unknown>) {
      // TOTP time steps already accepted for this person, so a code seen over a shoulder cannot be replayed.
      await sql`alter table staff_users add column totp_used_steps jsonb not null default '[]'::jsonb`.execute(
        db,
      );
      // Failed passwords for user names that do not exist: counted like real accounts, so the lockout message
      // never tells a guesser whether an account exists.
      await sql`
        create table sign_in_throttle (
          username_key text primary key,
          failed_attempts integer not null default 0,
          locked_until timestamptz,
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index sign_in_throttle_updated_idx on sign_in_throttle (updated_at)`.execute(db);
    },
  },
};
