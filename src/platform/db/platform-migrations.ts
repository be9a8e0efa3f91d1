import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "./migrator.js";

/**
 * Tables owned by platform services: search helpers, staff identities and grants (auth, rbac), sessions, audit log,
 * durable jobs. Foreign keys to units and sites are added by the orgs module's migrations, which own those tables.
 */
export const platformMigrations: MigrationSet = {
  "0001_extensions": {
    async up(db: Kysely<unknown>) {
      await sql`create extension if not exists unaccent`.execute(db);
      await sql`create extension if not exists pg_trgm`.execute(db);
      // unaccent() is only STABLE; an IMMUTABLE wrapper with an explicit dictionary can back indexes.
      await sql`
        create or replace function f_unaccent(text) returns text
        language sql immutable parallel safe strict
        as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db);
      // Search key: lower-case, no diacritics (unaccent maps đ → d). Schema-qualified because PostgreSQL 17 (PGlite)
      // evaluates index expressions with a restricted search_path.
      await sql`
        create or replace function f_search_key(text) returns text
        language sql immutable parallel safe strict
        as $$ select public.f_unaccent(lower($1)) $$`.execute(db);
    },
  },
  "0002_staff_users": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table staff_users (
          id uuid primary key,
          username text not null,
          full_name text not null,
          email text,
          phone text,
          unit_id uuid,
          position text,
          password_hash text not null,
          must_change_password boolean not null default false,
          totp_secret text,
          totp_enabled_at timestamptz,
          recovery_codes jsonb not null default '[]'::jsonb,
          failed_attempts integer not null default 0,
          locked_until timestamptz,
          last_login_at timestamptz,
          active boolean not null default true,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index staff_users_username_key on staff_users (lower(username))`.execute(db);
      await sql`create index staff_users_unit_idx on staff_users (unit_id)`.execute(db);
      await sql`
        create table role_grants (
          id uuid primary key,
          user_id uuid not null references staff_users(id) on delete cascade,
          role text not null,
          unit_id uuid,
          site_id uuid,
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create unique index role_grants_key on role_grants
        (user_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'::uuid),
         coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid))`.execute(db);
    },
  },
  "0003_sessions": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table sessions (
          id text primary key,
          user_id uuid references staff_users(id) on delete cascade,
          data jsonb not null default '{}'::jsonb,
          created_at timestamptz not null default now(),
          expires_at timestamptz not null
        )`.execute(db);
      await sql`create index sessions_expires_idx on sessions (expires_at)`.execute(db);
      await sql`create index sessions_user_idx on sessions (user_id)`.execute(db);
    },
  },
  "0004_audit_log": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table audit_log (
          id bigint generated always as identity primary key,
          at timestamptz not null default now(),
          actor_id uuid,
          actor_name text,
          action text not null,
          entity_type text not null,
          entity_id text,
          summary text,
          before jsonb,
          after jsonb,
          ip text,
          request_id text
        )`.execute(db);
      await sql`create index audit_log_at_idx on audit_log (at desc)`.execute(db);
      await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id)`.execute(db);
      await sql`create index audit_log_actor_idx on audit_log (actor_id, at desc)`.execute(db);
    },
  },
  "0005_jobs": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table jobs (
          id bigint generated always as identity primary key,
          queue text not null,
          payload jsonb not null,
          status text not null default 'pending' check (status in ('pending','running','done','dead')),
          attempts integer not null default 0,
          max_attempts integer not null default 8,
          run_at timestamptz not null default now(),
          locked_at timestamptz,
          locked_by text,
          last_error text,
          dedupe_key text,
          created_at timestamptz not null default now(),
          finished_at timestamptz
        )`.execute(db);
      await sql`create index jobs_ready_idx on jobs (queue, run_at) where status = 'pending'`.execute(db);
      await sql`create index jobs_status_idx on jobs (status, created_at desc)`.execute(db);
      await sql`create unique index jobs_dedupe_key on jobs (queue, dedupe_key) where dedupe_key is not null`.execute(
        db,
      );
    },
  },
  "0006_jobs_note": {
    async up(db: Kysely<unknown>) {
      // Why a job left the dead-letter list without running (discarded by an administrator).
      await sql`alter table jobs add column note text`.execute(db);
    },
  },
  "0007_audit_log_filters": {
    async up(db: Kysely<unknown>) {
      // The audit view filters by part of the actor's name (accent-insensitive) and by action prefix.
      await sql`create index audit_log_actor_search_idx on audit_log
        using gin (f_search_key(actor_name) gin_trgm_ops)`.execute(db);
      await sql`create index audit_log_action_idx on audit_log (action text_pattern_ops)`.execute(db);
    },
  },
};
