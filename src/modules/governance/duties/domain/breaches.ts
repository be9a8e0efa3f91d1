import { addDays, dayDiff, earlierDay } from "./days.js";

/** The part of a duty rule the gap arithmetic needs. */
export interface GapRule {
  /** At most this many days between two activities (a 7-day rule: acting on the 1st, the 8th is the last good day). */
  maxGapDays: number;
  /** Reminder this many days before the due day. */
  remindDaysBefore: number;
  /** The day the rule starts to count: a person who never acted is measured from here. */
  startsOn: string;
}

export interface Breach {
  /** The activity the gap started from; null when the person has not acted since the rule started. */
  lastActivity: string | null;
  /** The last day the next activity was due. */
  dueOn: string;
  /** First day in breach (the day after dueOn). */
  overdueFrom: string;
  /** The day the person acted again, late; null while the gap is still open (as of the evaluation end). */
  resumedOn: string | null;
  /** Days past due: until the activity that ended the gap, or until the evaluation end. */
  daysOverdue: number;
}

function relevantDays(rule: GapRule, activityDays: readonly string[], end: string): string[] {
  return [...new Set(activityDays)].filter((d) => d >= rule.startsOn && d <= end).sort();
}

/**
 * Every gap longer than the rule that overlaps the period [from, to], evaluated up to `today` (days after today
 * have not happened). Activity before the rule's start does not count: the gap is measured from the start.
 */
export function findBreaches(
  rule: GapRule,
  activityDays: readonly string[],
  period: { from: string; to: string },
  today: string,
): Breach[] {
  const end = earlierDay(period.to, today);
  if (end < rule.startsOn || period.from > end) return [];
  const out: Breach[] = [];
  const consider = (b: Breach) => {
    if (b.overdueFrom <= period.to && (b.resumedOn ?? end) >= period.from) out.push(b);
  };
  let anchor = rule.startsOn;
  let last: string | null = null;
  for (const day of relevantDays(rule, activityDays, end)) {
    const dueOn = addDays(anchor, rule.maxGapDays);
    if (day > dueOn) {
      consider({
        lastActivity: last,
        dueOn,
        overdueFrom: addDays(dueOn, 1),
        resumedOn: day,
        daysOverdue: dayDiff(dueOn, day),
      });
    }
    anchor = day;
    last = day;
  }
  const dueOn = addDays(anchor, rule.maxGapDays);
  if (end > dueOn) {
    consider({
      lastActivity: last,
      dueOn,
      overdueFrom: addDays(dueOn, 1),
      resumedOn: null,
      daysOverdue: dayDiff(dueOn, end),
    });
  }
  return out;
}

export interface DutyStatus {
  lastActivity: string | null;
  dueOn: string;
  remindOn: string;
  /** Past due today. */
  overdue: boolean;
  /** Inside the reminder window (remindOn ≤ today ≤ dueOn). */
  remindNow: boolean;
}

/** Where one person stands today: when the next activity is due and whether to remind them. */
export function dutyStatus(rule: GapRule, activityDays: readonly string[], today: string): DutyStatus {
  const days = relevantDays(rule, activityDays, today);
  const last = days.length > 0 ? (days[days.length - 1] as string) : null;
  const anchor = last ?? rule.startsOn;
  const dueOn = addDays(anchor, rule.maxGapDays);
  const remindOn = addDays(dueOn, -rule.remindDaysBefore);
  return {
    lastActivity: last,
    dueOn,
    remindOn,
    overdue: today > dueOn,
    remindNow: rule.remindDaysBefore > 0 && remindOn <= today && today <= dueOn,
  };
}
