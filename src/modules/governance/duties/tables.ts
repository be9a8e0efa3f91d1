import type { ColumnType, Selectable } from "kysely";
import type { StaffActivityKind } from "../../../platform/activity/index.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;

/** Who a rule binds: holders of a role on each site in scope, or one named staff member. */
export type DutySubject = "site_leader" | "site_approver" | "site_admin" | "site_editor" | "staff";

/** A duty rule (SPEC §F3), kept as data so the province can change it without a release. */
export interface DutyRuleTable {
  id: string;
  title: string;
  subject: DutySubject;
  staff_id: string | null;
  /** One site, or null for every active site. */
  site_id: string | null;
  activity: StaffActivityKind;
  max_gap_days: number;
  remind_days_before: number;
  starts_on: Day;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Reminders already sent: at most one per rule, person, site and due day. */
export interface DutyReminderTable {
  rule_id: string;
  staff_id: string;
  site_key: string;
  due_on: Day;
  sent_at: Timestamp;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    duty_rules: DutyRuleTable;
    duty_reminders: DutyReminderTable;
  }
}

export type DutyRule = Selectable<DutyRuleTable>;
