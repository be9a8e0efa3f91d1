import type { StaffActivityKind } from "../../../../platform/activity/index.js";
import { UUID_PATTERN } from "../../../../platform/http/uuid.js";
import type { DutySubject } from "../tables.js";
import { parseViDate, viDate } from "./days.js";

export const SUBJECTS: readonly DutySubject[] = [
  "site_leader",
  "site_approver",
  "site_admin",
  "site_editor",
  "staff",
];
export const ACTIVITIES: readonly StaffActivityKind[] = ["sign_in", "site_review"];

export interface RuleFormValues {
  title: string;
  subject: string;
  staff_id: string;
  site_id: string;
  activity: string;
  max_gap_days: string;
  remind_days_before: string;
  starts_on: string;
  active: boolean;
}

export const RULE_FIELDS = [
  "title",
  "subject",
  "staff_id",
  "site_id",
  "activity",
  "max_gap_days",
  "remind_days_before",
  "starts_on",
] as const;

export interface RuleInput {
  title: string;
  subject: DutySubject;
  staff_id: string | null;
  site_id: string | null;
  activity: StaffActivityKind;
  max_gap_days: number;
  remind_days_before: number;
  starts_on: string;
  active: boolean;
}

export function ruleValuesFromBody(body: unknown): RuleFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const str = (k: string, max: number) =>
    typeof b[k] === "string" ? (b[k] as string).normalize("NFC").slice(0, max) : "";
  return {
    title: str("title", 301),
    subject: str("subject", 40),
    staff_id: str("staff_id", 40),
    site_id: str("site_id", 40),
    activity: str("activity", 40),
    max_gap_days: str("max_gap_days", 10),
    remind_days_before: str("remind_days_before", 10),
    starts_on: str("starts_on", 20),
    active: b.active === "on" || b.active === "1",
  };
}

export function valuesFromRule(rule: RuleInput): RuleFormValues {
  return {
    title: rule.title,
    subject: rule.subject,
    staff_id: rule.staff_id ?? "",
    site_id: rule.site_id ?? "",
    activity: rule.activity,
    max_gap_days: String(rule.max_gap_days),
    remind_days_before: String(rule.remind_days_before),
    starts_on: viDate(rule.starts_on),
    active: rule.active,
  };
}

export type RuleProblems = Partial<
  Record<(typeof RULE_FIELDS)[number], { key: string; params?: Record<string, number> }>
>;

/** Checks a rule as typed; staff and site ids are checked to exist by the caller (they need the database). */
export function checkRule(
  v: RuleFormValues,
): { ok: true; input: RuleInput } | { ok: false; problems: RuleProblems } {
  const problems: RuleProblems = {};
  const title = v.title.trim();
  if (title === "") problems.title = { key: "duties.err.required" };
  else if (title.length > 300) problems.title = { key: "duties.err.tooLong", params: { max: 300 } };
  const subject = SUBJECTS.find((s) => s === v.subject);
  if (!subject) problems.subject = { key: "duties.err.choose" };
  const staffId = v.staff_id.trim().toLowerCase();
  if (subject === "staff" && !UUID_PATTERN.test(staffId))
    problems.staff_id = { key: "duties.err.staffRequired" };
  const siteId = v.site_id.trim().toLowerCase();
  if (siteId !== "" && !UUID_PATTERN.test(siteId)) problems.site_id = { key: "duties.err.choose" };
  const activity = ACTIVITIES.find((a) => a === v.activity);
  if (!activity) problems.activity = { key: "duties.err.choose" };
  const gapText = v.max_gap_days.trim();
  const gap = /^\d{1,3}$/.test(gapText) ? Number(gapText) : Number.NaN;
  if (!(gap >= 1 && gap <= 366))
    problems.max_gap_days = { key: "duties.err.range", params: { min: 1, max: 366 } };
  const remindText = v.remind_days_before.trim() === "" ? "0" : v.remind_days_before.trim();
  const remind = /^\d{1,3}$/.test(remindText) ? Number(remindText) : Number.NaN;
  if (Number.isNaN(remind)) problems.remind_days_before = { key: "duties.err.number" };
  else if (!problems.max_gap_days && remind >= gap)
    problems.remind_days_before = { key: "duties.err.remindTooLate", params: { max: gap - 1 } };
  const startsOn = parseViDate(v.starts_on);
  if (!startsOn) problems.starts_on = { key: "duties.err.date" };
  if (Object.keys(problems).length > 0 || !subject || !activity || !startsOn) return { ok: false, problems };
  return {
    ok: true,
    input: {
      title,
      subject,
      staff_id: subject === "staff" ? staffId : null,
      site_id: siteId === "" ? null : siteId,
      activity,
      max_gap_days: gap,
      remind_days_before: remind,
      starts_on: startsOn,
      active: v.active,
    },
  };
}
