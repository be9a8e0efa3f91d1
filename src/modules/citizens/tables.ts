import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;

export interface CitizenTable {
  id: string;
  full_name: ColumnType<string, string | undefined, string>;
  email: string | null;
  phone: string | null;
  id_number: string | null;
  birth_date: Day | null;
  gender: "male" | "female" | "other" | null;
  address: string | null;
  business_name: string | null;
  tax_code: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  email_verified_at: Timestamp | null;
  phone_verified_at: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    citizens: CitizenTable;
  }
}

export type Citizen = Selectable<CitizenTable>;

export interface CitizenSecretTable {
  id: number;
  secret: string;
}

export interface CitizenOtpChallengeTable {
  id: string;
  purpose: "sign_up" | "sign_in";
  channel: "email" | "phone";
  destination: string;
  full_name: string | null;
  next_path: string | null;
  code_hash: string;
  attempts: ColumnType<number, number | undefined, number>;
  expires_at: Timestamp;
  consumed_at: Timestamp | null;
  created_at: Timestamp;
}

export interface CitizenSessionTable {
  token_hash: string;
  citizen_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface CitizenOidcFlowTable {
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  next_path: string | null;
  expires_at: Timestamp;
  created_at: Timestamp;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    citizen_secrets: CitizenSecretTable;
    citizen_otp_challenges: CitizenOtpChallengeTable;
    citizen_sessions: CitizenSessionTable;
    citizen_oidc_flows: CitizenOidcFlowTable;
  }
}
