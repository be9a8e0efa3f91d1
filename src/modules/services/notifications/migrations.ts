import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/** Notification and lookup tables (3400–3449). */
export const notificationMigrations: MigrationSet = {
  "3401_dossier_lookup_attempts": {
    async up(db: Kysely<unknown>) {
      // Public lookups per network address (a keyed hash, never the address), for the rate limit shared by every
      // app node. Rows older than the window are deleted as new ones come in.
      await sql`
        create table dossier_lookup_attempts (
          id bigint generated always as identity primary key,
          ip_hash text not null,
          at timestamptz not null default now()
        )`.execute(db);
      await sql`create index dossier_lookup_attempts_ip_idx on dossier_lookup_attempts (ip_hash, at)`.execute(
        db,
      );
      await sql`create index dossier_lookup_attempts_at_idx on dossier_lookup_attempts (at)`.execute(db);
      await sql`
        create table dossier_lookup_secrets (
          id smallint primary key check (id = 1),
          secret text not null
        )`.execute(db);
      await sql`insert into dossier_lookup_secrets (id, secret)
        values (1, ${randomBytes(32).toString("base64url")})`.execute(db);
    },
  },
};
