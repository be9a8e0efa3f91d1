import type { ColumnType, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column read as "yyyy-mm-dd" (the pg type parser is set that way by the platform). */
type Day = ColumnType<string, string, string>;

/** The site registry (SPEC §A12): one row per site, written when someone fills its licence in. */
export interface SiteLicenceTable {
  site_id: string;
  licence_number: string | null;
  issuing_body: string | null;
  issued_on: Day | null;
  expires_on: Day | null;
  domains: ColumnType<string[], string[] | undefined, string[]>;
  hosting_provider: string | null;
  hosting_location: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  notes: string | null;
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Reminders already sent: one per site, expiry date and threshold, whatever the job queue keeps. */
export interface SiteLicenceReminderTable {
  site_id: string;
  expires_on: Day;
  threshold_days: number;
  sent_at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    site_licences: SiteLicenceTable;
    site_licence_reminders: SiteLicenceReminderTable;
  }
}

export type SiteLicence = Selectable<SiteLicenceTable>;
