/**
 * Answer deadlines of questions and feedback (SPEC §E1 "deadlines and overdue lists"). The SPEC names no decree for
 * them, so the portal sets its own: an answer is due a fixed number of working days after routing, counted on the
 * province's working-day calendar (weekends, holidays, announced changes). Pure: the calendar and `now` come in.
 */
import type { IsoDate, WorkingCalendar } from "../../../../platform/calendar/index.js";
import { addDays, vnDay, vnDayStart } from "../../../../platform/calendar/vn-day.js";
import type { QuestionKind, QuestionStatus } from "../../tables.js";

/** Working days the competent unit has to publish its answer, from the day it was routed. */
export const ANSWER_WORKING_DAYS: Record<QuestionKind, number> = {
  citizen: 10,
  business: 10,
  feedback: 10,
};
/** An answer due within this many working days is "due soon". */
export const DUE_SOON_WORKING_DAYS = 2;
/** A question not routed after this many working days is flagged to the editorial board. */
export const ROUTING_WORKING_DAYS = 2;

export function answerDueOn(kind: QuestionKind, routedAt: Date, calendar: WorkingCalendar): IsoDate {
  return calendar.addWorkingDays(routedAt, ANSWER_WORKING_DAYS[kind]);
}

export type DeadlineFlag = "overdue" | "soon" | "waiting" | null;

/** The day bounds the staff lists and the daily digest filter on, so SQL and pages agree. */
export interface DeadlineLimits {
  /** The Vietnamese day of `now`: an open question due before it is overdue. */
  today: IsoDate;
  /** The last day still "due soon" (at most DUE_SOON_WORKING_DAYS working days left). */
  soonUntil: IsoDate;
  /** Questions sent before this instant have waited more than ROUTING_WORKING_DAYS working days for routing. */
  waitingSince: Date;
}

export function deadlineLimits(calendar: WorkingCalendar, now: Date): DeadlineLimits {
  const today = vnDay(now);
  let soonUntil = today;
  for (let count = 0, d = addDays(today, 1); ; d = addDays(d, 1)) {
    if (calendar.isWorkingDay(d)) count += 1;
    if (count > DUE_SOON_WORKING_DAYS) break;
    soonUntil = d;
  }
  // Back from today to the day after which ROUTING_WORKING_DAYS + 1 working days have passed.
  let day = today;
  for (let count = 0; count <= ROUTING_WORKING_DAYS; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return { today, soonUntil, waitingSince: vnDayStart(day, 1) };
}

export const OPEN_STATUSES: readonly QuestionStatus[] = ["routed", "drafted"];

export function deadlineFlag(
  q: { status: QuestionStatus; due_on: string | null; created_at: Date },
  limits: DeadlineLimits,
): DeadlineFlag {
  if (q.status === "submitted") return q.created_at < limits.waitingSince ? "waiting" : null;
  if (!OPEN_STATUSES.includes(q.status) || q.due_on === null) return null;
  if (q.due_on < limits.today) return "overdue";
  if (q.due_on <= limits.soonUntil) return "soon";
  return null;
}
