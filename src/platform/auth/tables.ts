import type { ColumnType } from "kysely";

type Json<T> = ColumnType<T, string | T | undefined, string | T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface SignInThrottleTable {
  username_key: string;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: Date | null;
  updated_at: Timestamp;
}

declare module "../db/platform-tables.js" {
  interface StaffUserTable {
    /** TOTP time steps recently accepted (see ./totp.ts). */
    totp_used_steps: Json<number[]>;
  }
}

declare module "../db/schema.js" {
  interface Database {
    sign_in_throttle: SignInThrottleTable;
  }
}
