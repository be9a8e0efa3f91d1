/**
 * The one-stop workspace's queues (issue 6 item 9) as pure predicates over a dossier's state and dates, so the SQL
 * of the store and the unit tests agree on what "sắp đến hạn" and "quá hạn" mean.
 */
import type { WorkingCalendar } from "../../../../platform/calendar/index.js";
import { addDays, vnDay } from "../../../../platform/calendar/vn-day.js";
import type { Grant } from "../../../../platform/rbac/access.js";
import type { Role } from "../../../../platform/rbac/roles.js";
import {
  CLOCK_RUNNING_STATES,
  type DossierState,
  FINAL_STATES,
} from "../../lifecycle/domain/state-machine.js";

export const QUEUES = [
  "submitted",
  "received",
  "processing",
  "supplement",
  "approval",
  "result",
  "soon",
  "overdue",
  "done",
] as const;
export type QueueKey = (typeof QUEUES)[number];

export function isQueueKey(value: string): value is QueueKey {
  return (QUEUES as readonly string[]).includes(value);
}

/** Roles that see the workspace. */
export const WORKSPACE_ROLES: readonly Role[] = ["one_stop_officer", "specialist", "leader", "system_admin"];
/** Roles that may assign dossiers to specialists (bulk assign). */
export const ASSIGN_ROLES: readonly Role[] = ["one_stop_officer", "leader", "system_admin"];
/** Queues whose rows can be (re)assigned in bulk. */
export const ASSIGNABLE_QUEUES: readonly QueueKey[] = ["received", "processing"];

/** The states a queue holds; "soon" and "overdue" also look at the due date. */
export const QUEUE_STATES: Record<QueueKey, readonly DossierState[]> = {
  submitted: ["submitted"],
  received: ["received"],
  processing: ["processing"],
  supplement: ["supplement_requested"],
  approval: ["awaiting_approval"],
  result: ["result_ready"],
  soon: CLOCK_RUNNING_STATES,
  overdue: CLOCK_RUNNING_STATES,
  done: FINAL_STATES,
};

/**
 * The days the deadline queues compare with: `today` (Vietnamese day of now) and `soonBefore`, the second working
 * day after today. A dossier with the clock running is "sắp đến hạn" when today ≤ due < soonBefore (0 or 1 working
 * day left) and "quá hạn" when due < today.
 */
export interface DeadlineLimits {
  today: string;
  soonBefore: string;
}

export function deadlineLimits(calendar: Pick<WorkingCalendar, "isWorkingDay">, now: Date): DeadlineLimits {
  const today = vnDay(now);
  let day = today;
  for (let found = 0; found < 2; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) found += 1;
  }
  return { today, soonBefore: day };
}

export interface QueueSubject {
  state: DossierState;
  due_on: string | null;
  apology_due_on: string | null;
}

function clockRunning(state: DossierState): boolean {
  return CLOCK_RUNNING_STATES.includes(state);
}

export function isDueSoon(d: QueueSubject, limits: DeadlineLimits): boolean {
  return (
    clockRunning(d.state) && d.due_on !== null && d.due_on >= limits.today && d.due_on < limits.soonBefore
  );
}

export function isOverdue(d: QueueSubject, limits: DeadlineLimits): boolean {
  return clockRunning(d.state) && d.due_on !== null && d.due_on < limits.today;
}

/** Overdue and no apology slip promises a day from today on: the officer must issue one (issue 6 item 6). */
export function needsApology(d: QueueSubject, limits: DeadlineLimits): boolean {
  return isOverdue(d, limits) && (d.apology_due_on === null || d.apology_due_on < limits.today);
}

export function inQueue(queue: QueueKey, d: QueueSubject, limits: DeadlineLimits): boolean {
  if (queue === "soon") return isDueSoon(d, limits);
  if (queue === "overdue") return isOverdue(d, limits);
  return QUEUE_STATES[queue].includes(d.state);
}

/** Whether the deadline warning (banner, daily digest) names this dossier. */
export function needsWarning(d: QueueSubject, limits: DeadlineLimits): "soon" | "overdue" | null {
  if (isDueSoon(d, limits)) return "soon";
  if (needsApology(d, limits)) return "overdue";
  return null;
}

export interface BannerCounts {
  soon: number;
  overdueWithoutApology: number;
}

export function bannerCounts(dossiers: readonly QueueSubject[], limits: DeadlineLimits): BannerCounts {
  let soon = 0;
  let overdueWithoutApology = 0;
  for (const d of dossiers) {
    const w = needsWarning(d, limits);
    if (w === "soon") soon += 1;
    else if (w === "overdue") overdueWithoutApology += 1;
  }
  return { soon, overdueWithoutApology };
}

/** The banner's parts ("3 hồ sơ sắp đến hạn", "1 hồ sơ quá hạn chưa có phiếu xin lỗi"); empty when all is well. */
export function bannerParts(
  counts: BannerCounts,
  tr: (key: string, params: Record<string, number>) => string,
): string[] {
  const parts: string[] = [];
  if (counts.soon > 0) parts.push(tr("workspace.banner.soon", { count: counts.soon }));
  if (counts.overdueWithoutApology > 0) {
    parts.push(tr("workspace.banner.overdue", { count: counts.overdueWithoutApology }));
  }
  return parts;
}

/**
 * What the "còn lại" column shows: working days left while the clock runs (negative when late), the days kept while
 * paused for a supplement, nothing otherwise.
 */
export type DaysLeft = { kind: "running"; days: number } | { kind: "paused"; days: number } | null;

export function daysLeftOf(
  d: QueueSubject & { paused_days_left: number | null },
  calendar: Pick<WorkingCalendar, "daysLeft">,
  now: Date,
): DaysLeft {
  if (d.state === "supplement_requested" && d.paused_days_left !== null) {
    return { kind: "paused", days: d.paused_days_left };
  }
  if (!clockRunning(d.state) || d.due_on === null) return null;
  return { kind: "running", days: calendar.daysLeft(d.due_on, now) };
}

/** The queue a person lands on: the counter's, the leader's approvals, or the specialist's own processing. */
export function defaultQueue(grants: readonly Pick<Grant, "role">[]): { queue: QueueKey; mine: boolean } {
  const roles = new Set(grants.map((g) => g.role));
  if (roles.has("one_stop_officer") || roles.has("system_admin")) return { queue: "submitted", mine: false };
  if (roles.has("leader")) return { queue: "approval", mine: false };
  if (roles.has("specialist")) return { queue: "processing", mine: true };
  return { queue: "submitted", mine: false };
}

/** Unit ids whose dossiers the person sees (with their sub-units), or "all" for a global grant. */
export function workspaceUnits(grants: readonly Grant[]): "all" | string[] {
  const ids = new Set<string>();
  for (const g of grants) {
    if (g.role === "system_admin") return "all";
    if (!WORKSPACE_ROLES.includes(g.role)) continue;
    if (g.unitId === null && g.siteId === null) return "all";
    if (g.unitId) ids.add(g.unitId);
  }
  return [...ids];
}
