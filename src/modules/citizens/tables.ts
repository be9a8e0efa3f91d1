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
