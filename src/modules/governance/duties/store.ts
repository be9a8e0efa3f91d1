import { sql } from "kysely";
import "../../../platform/activity/index.js";
import type { StaffActivityKind } from "../../../platform/activity/index.js";
import type { Executor } from "../../../platform/db/transaction.js";
import { viCollator } from "../../../platform/i18n/index.js";
import { type Breach, type DutyStatus, dutyStatus, findBreaches, type GapRule } from "./domain/breaches.js";
import { earlierDay, vnDay } from "./domain/days.js";
import type { RuleInput } from "./domain/rule-input.js";
import "./tables.js";
import type { DutyRule } from "./tables.js";

/** One person bound by one rule (for one site, or for any site: siteKey "*"). */
export interface Obligation {
  rule: DutyRule;
  staffId: string;
  staffName: string;
  staffEmail: string | null;
  siteId: string | null;
  siteName: string | null;
  siteKey: string;
}

export interface RuleRow extends DutyRule {
  staff_name: string | null;
  site_name: string | null;
}

export async function listRules(db: Executor): Promise<RuleRow[]> {
  const rows = await db
    .selectFrom("duty_rules as r")
    .leftJoin("staff_users as u", "u.id", "r.staff_id")
    .leftJoin("sites as s", "s.id", "r.site_id")
    .selectAll("r")
    .select(["u.full_name as staff_name", "s.name_vi as site_name"])
    .orderBy("r.active", "desc")
    .orderBy("r.created_at")
    .execute();
  return rows;
}

export function getRule(
  db: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<DutyRule | undefined> {
  let q = db.selectFrom("duty_rules").selectAll().where("id", "=", id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export function insertRule(
  db: Executor,
  id: string,
  input: RuleInput,
  by: string | null,
  now: Date,
): Promise<DutyRule> {
  return db
    .insertInto("duty_rules")
    .values({ id, ...input, created_by: by, created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateRule(db: Executor, id: string, input: RuleInput, now: Date): Promise<DutyRule> {
  return db
    .updateTable("duty_rules")
    .set({ ...input, updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function staffOptions(db: Executor): Promise<{ value: string; label: string }[]> {
  const rows = await db
    .selectFrom("staff_users")
    .select(["id", "full_name", "username"])
    .where("active", "=", true)
    .execute();
  return rows
    .sort((a, b) => viCollator.compare(a.full_name, b.full_name))
    .map((r) => ({ value: r.id, label: `${r.full_name} (${r.username})` }));
}

export async function siteOptions(db: Executor): Promise<{ value: string; label: string }[]> {
  const rows = await db
    .selectFrom("sites")
    .select(["id", "name_vi", "kind", "sort_order"])
    .where("active", "=", true)
    .execute();
  const order = { main: 0, english: 1, component: 2 } as const;
  return rows
    .sort(
      (a, b) =>
        order[a.kind] - order[b.kind] ||
        a.sort_order - b.sort_order ||
        viCollator.compare(a.name_vi, b.name_vi),
    )
    .map((r) => ({ value: r.id, label: r.name_vi }));
}

export async function staffExists(db: Executor, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom("staff_users")
    .select("id")
    .where("id", "=", id)
    .where("active", "=", true)
    .executeTakeFirst());
}

export async function siteExists(db: Executor, id: string): Promise<boolean> {
  return !!(await db.selectFrom("sites").select("id").where("id", "=", id).executeTakeFirst());
}

/**
 * Everyone the active rules bind, in two queries whatever the number of rules, sites and staff: the rules, then the
 * people (role holders per site in scope, or the named person). A sign-in duty binds a person once per rule.
 */
export async function loadObligations(db: Executor): Promise<Obligation[]> {
  const rules = await db.selectFrom("duty_rules").selectAll().where("active", "=", true).execute();
  if (rules.length === 0) return [];
  const people = await sql<{
    rule_id: string;
    staff_id: string;
    full_name: string;
    email: string | null;
    site_id: string | null;
    site_name: string | null;
  }>`
    select r.id as rule_id, u.id as staff_id, u.full_name, u.email, s.id as site_id, s.name_vi as site_name
    from duty_rules r
    join sites s on s.active and (r.site_id is null or s.id = r.site_id)
    join role_grants g on (
      (r.subject = 'site_leader' and g.role = 'leader' and g.unit_id = s.unit_id) or
      (r.subject = 'site_approver' and g.role = 'approver' and g.site_id = s.id) or
      (r.subject = 'site_admin' and g.role = 'site_admin' and g.site_id = s.id) or
      (r.subject = 'site_editor' and g.role = 'editor' and g.site_id = s.id))
    join staff_users u on u.id = g.user_id and u.active
    where r.active and r.subject <> 'staff'
    union all
    select r.id, u.id, u.full_name, u.email, s.id, s.name_vi
    from duty_rules r
    join staff_users u on u.id = r.staff_id and u.active
    left join sites s on s.id = r.site_id
    where r.active and r.subject = 'staff'`.execute(db);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: Obligation[] = [];
  for (const p of people.rows) {
    const rule = byId.get(p.rule_id);
    if (!rule) continue;
    const perSite = rule.activity === "site_review" && p.site_id !== null;
    const siteKey = perSite ? (p.site_id as string) : "*";
    const key = `${rule.id}|${p.staff_id}|${siteKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      rule,
      staffId: p.staff_id,
      staffName: p.full_name,
      staffEmail: p.email,
      siteId: p.site_id,
      siteName: p.site_name,
      siteKey,
    });
  }
  return out;
}

function activityKey(staffId: string, activity: StaffActivityKind, siteKey: string): string {
  return `${staffId}|${activity}|${siteKey}`;
}

/** Activity days of the people concerned up to `to`, keyed per person, kind and site ("*": any site). One query. */
export async function loadActivityDays(
  db: Executor,
  obligations: readonly Obligation[],
  to: string,
): Promise<Map<string, string[]>> {
  const days = new Map<string, string[]>();
  if (obligations.length === 0) return days;
  const staffIds = [...new Set(obligations.map((o) => o.staffId))];
  const since = obligations.reduce((min, o) => earlierDay(o.rule.starts_on, min), to);
  const rows = await sql<{
    staff_id: string;
    activity: StaffActivityKind;
    site_id: string | null;
    day: string;
  }>`
    select staff_id, activity, site_id, to_char(day, 'YYYY-MM-DD') as day
    from staff_activity
    where staff_id = any(${staffIds}::uuid[]) and day between ${since}::date and ${to}::date`.execute(db);
  const add = (key: string, day: string) => {
    const list = days.get(key);
    if (list) list.push(day);
    else days.set(key, [day]);
  };
  for (const r of rows.rows) {
    add(activityKey(r.staff_id, r.activity, "*"), r.day);
    if (r.site_id) add(activityKey(r.staff_id, r.activity, r.site_id), r.day);
  }
  return days;
}

function gapRule(rule: DutyRule): GapRule {
  return {
    maxGapDays: rule.max_gap_days,
    remindDaysBefore: rule.remind_days_before,
    startsOn: rule.starts_on,
  };
}

function daysOf(days: Map<string, string[]>, o: Obligation): string[] {
  return days.get(activityKey(o.staffId, o.rule.activity, o.siteKey)) ?? [];
}

export interface DutyBreachRow extends Breach {
  ruleId: string;
  ruleTitle: string;
  activity: StaffActivityKind;
  maxGapDays: number;
  staffId: string;
  staffName: string;
  siteId: string | null;
  siteName: string | null;
}

/**
 * Every gap longer than its rule within the period (ISO days, inclusive), evaluated up to today: who, which site,
 * the last activity and the days overdue. Three queries whatever the data size.
 */
export async function listDutyBreaches(
  db: Executor,
  period: { from: string; to: string },
  today: string = vnDay(new Date()),
): Promise<DutyBreachRow[]> {
  const obligations = await loadObligations(db);
  const days = await loadActivityDays(db, obligations, earlierDay(period.to, today));
  const out: DutyBreachRow[] = [];
  for (const o of obligations) {
    for (const b of findBreaches(gapRule(o.rule), daysOf(days, o), period, today)) {
      out.push({
        ...b,
        ruleId: o.rule.id,
        ruleTitle: o.rule.title,
        activity: o.rule.activity,
        maxGapDays: o.rule.max_gap_days,
        staffId: o.staffId,
        staffName: o.staffName,
        siteId: o.siteKey === "*" ? null : o.siteId,
        siteName: o.siteKey === "*" ? null : o.siteName,
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.overdueFrom.localeCompare(b.overdueFrom) ||
      viCollator.compare(a.staffName, b.staffName) ||
      viCollator.compare(a.siteName ?? "", b.siteName ?? ""),
  );
}

export interface ObligationStatus extends Obligation {
  status: DutyStatus;
}

/** Where every bound person stands today. Three queries. */
export async function obligationStatuses(db: Executor, today: string): Promise<ObligationStatus[]> {
  const obligations = await loadObligations(db);
  const days = await loadActivityDays(db, obligations, today);
  return obligations.map((o) => ({ ...o, status: dutyStatus(gapRule(o.rule), daysOf(days, o), today) }));
}

/** How many duties are past due right now (the dashboard's figure). */
export async function countOverdueDuties(db: Executor, now: Date): Promise<number> {
  const statuses = await obligationStatuses(db, vnDay(now));
  return statuses.filter((s) => s.status.overdue).length;
}

/** Marks a reminder as sent; false when it already was (exactly once per person, rule, site and due day). */
export async function claimDutyReminder(
  db: Executor,
  o: Obligation,
  dueOn: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .insertInto("duty_reminders")
    .values({ rule_id: o.rule.id, staff_id: o.staffId, site_key: o.siteKey, due_on: dueOn, sent_at: now })
    .onConflict((oc) => oc.doNothing())
    .returning("rule_id")
    .executeTakeFirst();
  return row !== undefined;
}
