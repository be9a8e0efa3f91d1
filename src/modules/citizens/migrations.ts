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
};
