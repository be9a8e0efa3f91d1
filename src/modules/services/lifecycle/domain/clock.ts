/**
 * The processing clock of a dossier (common brief "Clock"), as pure functions of a `WorkingCalendar`:
 * receipt sets the due date, a supplement request pauses it (keeping the working days left), the supplement resumes it,
 * the result stops it. Lateness compares the Vietnamese day of the result with the due date.
 */
import type { IsoDate, WorkingCalendar } from "../../../../platform/calendar/index.js";
import type { DossierState } from "./state-machine.js";

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** "yyyy-mm-dd" of the Vietnamese day an instant falls in. */
export function vnIsoDay(at: Date): IsoDate {
  return new Date(Math.floor((at.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

export interface ReceiveClock {
  received_at: Date;
  due_on: IsoDate;
}

/** On receipt: the due date counts `processingDays` working days from the receipt day (cut-off hour included). */
export function receiveClock(at: Date, processingDays: number, calendar: WorkingCalendar): ReceiveClock {
  return { received_at: at, due_on: calendar.addWorkingDays(at, processingDays) };
}

export interface PauseClock {
  paused_at: Date;
  paused_days_left: number | null;
}

/** A supplement request: the clock stops with the working days left (null before receipt: nothing to keep). */
export function pauseClock(dueOn: IsoDate | null, at: Date, calendar: WorkingCalendar): PauseClock {
  return { paused_at: at, paused_days_left: dueOn === null ? null : calendar.daysLeft(dueOn, at) };
}

export interface ResumeClock {
  due_on: IsoDate | null;
  paused_at: null;
  paused_days_left: null;
}

/**
 * The supplement arrives: a new due date with the days that were left (at least one working day), counted from `at`.
 * A dossier never received keeps no due date (it is received, and dated, afterwards).
 */
export function resumeClock(
  pausedDaysLeft: number | null,
  received: boolean,
  at: Date,
  calendar: WorkingCalendar,
): ResumeClock {
  if (!received || pausedDaysLeft === null) return { due_on: null, paused_at: null, paused_days_left: null };
  return {
    due_on: calendar.addWorkingDays(at, Math.max(pausedDaysLeft, 1)),
    paused_at: null,
    paused_days_left: null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Lateness

export type Lateness = "on_time" | "due_soon" | "overdue";

export interface ClockFacts {
  state: DossierState;
  due_on: IsoDate | null;
  paused_days_left: number | null;
  resolved_at: Date | null;
  ended_at: Date | null;
}

/** Early / on time / late of a resolved dossier: its result day against the due date. */
export function resolution(resolvedAt: Date, dueOn: IsoDate): "early" | "on_time" | "late" {
  const day = vnIsoDay(resolvedAt);
  return day < dueOn ? "early" : day === dueOn ? "on_time" : "late";
}

/** Working days left (0: due today, negative: late) — frozen while paused; null with no due date or once done. */
export function daysLeftOf(d: ClockFacts, now: Date, calendar: WorkingCalendar): number | null {
  if (d.due_on === null || d.resolved_at !== null || d.ended_at !== null) return null;
  if (d.state === "supplement_requested") return d.paused_days_left;
  return calendar.daysLeft(d.due_on, now);
}

/**
 * Whether the dossier is late: resolved after its due date, or still open with the due date passed; "due_soon" with at
 * most one working day left (the officer is warned). While paused the days left do not move.
 */
export function lateness(d: ClockFacts, now: Date, calendar: WorkingCalendar): Lateness {
  if (d.due_on === null || d.ended_at !== null) return "on_time";
  if (d.resolved_at !== null) return resolution(d.resolved_at, d.due_on) === "late" ? "overdue" : "on_time";
  const left = daysLeftOf(d, now, calendar);
  if (left === null) return "on_time";
  if (left < 0) return "overdue";
  return left <= 1 ? "due_soon" : "on_time";
}

export interface ApologyFacts {
  previous_due_on: IsoDate;
  new_due_on: IsoDate;
}

/**
 * The date promised by the apology slips issued against the current due date (or a later promise), if any: slips
 * written before a supplement moved the due date do not count.
 */
export function promisedDate(dueOn: IsoDate, apologies: readonly ApologyFacts[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const a of apologies) {
    if (a.previous_due_on >= dueOn && (best === null || a.new_due_on > best)) best = a.new_due_on;
  }
  return best;
}

/**
 * "Needs apology" (Decree 61/2018/NĐ-CP Art. 19): the dossier is late — its result came after the due date, or it is
 * still open with the due date passed — and no apology slip promises a date that is not yet passed as well.
 */
export function needsApology(
  d: ClockFacts,
  apologies: readonly ApologyFacts[],
  now: Date,
  calendar: WorkingCalendar,
): boolean {
  if (d.due_on === null || d.ended_at !== null) return false;
  if (lateness(d, now, calendar) !== "overdue") return false;
  const promised = promisedDate(d.due_on, apologies);
  if (promised === null) return true;
  const day = d.resolved_at !== null ? vnIsoDay(d.resolved_at) : vnIsoDay(now);
  return day > promised;
}

/**
 * The apology form's checks: the new date must be a working day after today and after the due date in force (the
 * latest promise, if one was made). Returns the i18n key of the problem, or null.
 */
export function checkApologyDate(
  newDueOn: IsoDate,
  currentDue: IsoDate,
  now: Date,
  calendar: WorkingCalendar,
): string | null {
  if (newDueOn <= vnIsoDay(now)) return "lifecycle.apology.notAfterToday";
  if (newDueOn <= currentDue) return "lifecycle.apology.notAfterDue";
  if (!calendar.isWorkingDay(newDueOn)) return "lifecycle.apology.notWorkingDay";
  return null;
}

/** The clock and end columns of a dossier that a transition may change. */
export interface ClockColumns {
  received_at: Date | null;
  due_on: IsoDate | null;
  paused_at: Date | null;
  paused_days_left: number | null;
  resolved_at: Date | null;
  returned_at: Date | null;
  ended_at: Date | null;
  end_kind: "rejected" | "withdrawn" | null;
  end_reason: string | null;
}

/**
 * The columns an (allowed) action changes: receipt dates the dossier, a supplement request pauses, the supplement
 * resumes, approve/result_ready resolve, return_result returns, reject/withdraw end it with the reason.
 */
export function clockPatch(
  action: string,
  d: ClockColumns,
  at: Date,
  processingDays: number,
  calendar: WorkingCalendar,
  note: string | null,
): Partial<ClockColumns> {
  switch (action) {
    case "receive":
      return receiveClock(at, processingDays, calendar);
    case "request_supplement":
      return pauseClock(d.due_on, at, calendar);
    case "supplement": {
      const resumed = resumeClock(d.paused_days_left, d.received_at !== null, at, calendar);
      return resumed.due_on === null ? { ...resumed, due_on: d.due_on } : resumed;
    }
    case "reject":
      return { ended_at: at, end_kind: "rejected", end_reason: note };
    case "withdraw":
      return { ended_at: at, end_kind: "withdrawn", end_reason: note };
    case "approve":
    case "result_ready":
      return { resolved_at: at };
    case "return_result":
      return { returned_at: at };
    default:
      return {};
  }
}
