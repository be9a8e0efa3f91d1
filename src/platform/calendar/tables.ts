import type { ColumnType, Generated } from "kysely";
import type { OverrideKind } from "./domain/working-calendar.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** One day changed by the yearly notice (ngày nghỉ bù, ngày làm việc bù): at most one row per day. */
export interface CalendarOverrideTable {
  id: string;
  /** 'YYYY-MM-DD' (PostgreSQL `date`, read as a string on both drivers). */
  day: string;
  kind: OverrideKind;
  reason: string;
  legal_basis: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Timestamp;
}

/** The one row of calendar settings. */
export interface CalendarSettingsTable {
  id: Generated<number>;
  cutoff_minutes: number | null;
  updated_at: Timestamp;
}

declare module "../db/schema.js" {
  interface Database {
    calendar_overrides: CalendarOverrideTable;
    calendar_settings: CalendarSettingsTable;
  }
}
