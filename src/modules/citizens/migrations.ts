import { randomBytes } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { MigrationSet } from "../../platform/db/migrator.js";

/** Citizen and business accounts (SPEC §1 "Citizen accounts are separate"): 30xx. */
export const citizenMigrations: MigrationSet = {
  "3001_citizens": {
    async up(db: Kysely<unknown>) {
      await sql`
        create table citizens (
          id uuid primary key,
          full_name text not null default '',
          -- Lower-cased, NFC; unique when present. A citizen has an email, a phone or a national-ID subject.
          email text unique,
          -- E.164 without "+" ("84912345678"), normalised by platform/i18n/vietnamese-phone.
          phone text unique,
          -- Số định danh cá nhân / CCCD (12 digits) or a business's tax code.
          id_number text,
          birth_date date,
          gender text check (gender in ('male', 'female', 'other')),
          address text,
          -- Set for business accounts (SPEC §E "business profile").
          business_name text,
          tax_code text,
          -- The subject at the OpenID Connect provider (VNeID-like), unique per issuer.
          oidc_issuer text,
          oidc_subject text,
          email_verified_at timestamptz,
          phone_verified_at timestamptz,
          last_sign_in_at timestamptz,
          created_at timestamptz not null default now(),
          updated_at timestamptz not null default now(),
          unique (oidc_issuer, oidc_subject),
          check (email is not null or phone is not null or oidc_subject is not null)
        )`.execute(db);
    },
  },
  "3002_citizen_auth": {
    async up(db: Kysely<unknown>) {
      // One install-wide key for the one-time-code HMACs, the same on every app node.
      await sql`
        create table citizen_secrets (
          id smallint primary key check (id = 1),
          secret text not null
        )`.execute(db);
      await sql`insert into citizen_secrets (id, secret) values (1, ${randomBytes(32).toString("base64url")})`.execute(
        db,
      );
      // A one-time code sent to an email address or a phone number (sign-up or sign-in). Kept after use: the rows of
      // the last 15 minutes are the per-destination limit, shared by every app node.
      await sql`
        create table citizen_otp_challenges (
          id uuid primary key,
          purpose text not null check (purpose in ('sign_up', 'sign_in')),
          channel text not null check (channel in ('email', 'phone')),
          destination text not null,
          full_name text,
          -- Where to go once signed in (a local path).
          next_path text,
          code_hash text not null,
          attempts integer not null default 0,
          expires_at timestamptz not null,
          consumed_at timestamptz,
          created_at timestamptz not null default now()
        )`.execute(db);
      await sql`create index citizen_otp_destination_idx on citizen_otp_challenges (destination, created_at desc)`.execute(
        db,
      );
      // Server-side citizen sessions: the cookie carries a random token, the table only its SHA-256.
      await sql`
        create table citizen_sessions (
          token_hash text primary key,
          citizen_id uuid not null references citizens(id) on delete cascade,
          created_at timestamptz not null default now(),
          last_seen_at timestamptz not null default now(),
          expires_at timestamptz not null
        )`.execute(db);
      await sql`create index citizen_sessions_citizen_idx on citizen_sessions (citizen_id)`.execute(db);
      // An OpenID Connect sign-in under way: the browser holds the id in a cookie, the callback must bring the same state.
      await sql`
        create table citizen_oidc_flows (
          id uuid primary key,
          state text not null,
          nonce text not null,
          code_verifier text not null,
          next_path text,
          expires_at timestamptz not null,
          created_at timestamptz not null default now()
        )`.execute(db);
    },
  },
};
