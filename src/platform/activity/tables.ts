import type { ColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type StaffActivityKind = "sign_in" | "site_review";

/** One row per staff member, activity, site (null for sign-ins) and Vietnamese day: cheap to write and to scan. */
export interface StaffActivityTable {
  staff_id: string;
  activity: StaffActivityKind;
  site_id: string | null;
  day: ColumnType<string, string, string>;
  first_at: Timestamp;
  last_at: Timestamp;
  times: ColumnType<number, number | undefined, number>;
}

declare module "../db/schema.js" {
  interface Database {
    staff_activity: StaffActivityTable;
  }
}
