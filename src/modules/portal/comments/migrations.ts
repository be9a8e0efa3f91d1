import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../../platform/db/migrator.js";

/**
 * Reader comments (SPEC §A7). Settings live in their own tables, not as columns of sites/content_items, so the
 * comment feature can be removed without touching the content tables. Comments store a keyed hash of the sender's
 * IP (for rate limits across app nodes), never the address itself.
 */
export const commentMigrations: MigrationSet = {
  "2101_comments": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table comment_settings (
          site_id uuid primary key references sites(id) on delete cascade,
          enabled boolean not null default false,
          updated_by uuid references staff_users(id),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table comment_disabled_items (
          content_id uuid primary key references content_items(id) on delete cascade,
          disabled_by uuid references staff_users(id),
          disabled_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create table comments (
          id uuid primary key,
          site_id uuid not null references sites(id) on delete cascade,
          content_id uuid not null references content_items(id) on delete cascade,
          author_name text not null,
          author_email text,
          body text not null,
          status text not null default 'pending' check (status in ('pending','approved','rejected')),
          flagged_words text[] not null default '{}',
          ip_hash text not null,
          created_at timestamptz not null default now(),
          moderated_by uuid references staff_users(id),
          moderated_at timestamptz
        )`.execute(db);
      await sql`create index comments_content_idx on comments (content_id, status, created_at)`.execute(db);
      await sql`create index comments_site_status_idx on comments (site_id, status, created_at desc)`.execute(
        db,
      );
      await sql`create index comments_ip_idx on comments (ip_hash, created_at)`.execute(db);
      await sql`
        create table comment_banned_words (
          id uuid primary key,
          site_id uuid references sites(id) on delete cascade,
          word text not null,
          created_by uuid references staff_users(id),
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`
        create unique index comment_banned_words_key
        on comment_banned_words (coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid), word)`.execute(
        db,
      );
      // One install-wide key for the public form tokens and IP hashes, the same on every app node.
      await sql`
        create table comment_secrets (
          id smallint primary key check (id = 1),
          secret text not null
        )`.execute(db);
      await sql`insert into comment_secrets (id, secret) values (1, ${randomBytes(32).toString("base64url")})`.execute(
        db,
      );
    },
  },
  // Circular 09/2014/TT-BTTTT: a reposted item names its source. The content form refuses it with a message; this
  // keeps any other writer (imports, scripts) from storing a repost without one. NOT VALID: rows written before
  // the rule are left for editors to fix rather than failing the upgrade.
  "2102_repost_requires_source": {
    async up(db: Kysely<unknown>) {
      await sql`
        alter table content_items add constraint content_items_repost_source_check
        check (not is_repost or nullif(btrim(source), '') is not null) not valid`.execute(db);
    },
  },
};
