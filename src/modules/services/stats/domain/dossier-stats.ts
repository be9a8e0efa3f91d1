/**
 * Dossier statistics of SPEC §B6 (the seed 003 appendix): for a period of Vietnamese days and per group (unit,
 * procedure or field), how many dossiers were received (carried over + new), resolved early / on time / late, are in
 * progress within time / overdue at the period end, or ended (withdrawn / rejected). Pure: rows in, counts out; the
 * SQL in ../store.ts computes the same numbers in PostgreSQL and a test checks that both agree.
 *
 * The rules (common to the lifecycle): only dossiers that were received count. A dossier belongs to the period when
 * it was received before the period end and was neither resolved nor ended before the period start; it then falls in
 * exactly one of: resolved in the period, ended in the period, or in progress at the end. So
 * carried + new = resolved + in progress + withdrawn/rejected always holds.
 */

const VN_OFFSET_MS = 7 * 60 * 60_000;

/** The Vietnamese day ("2026-03-05") an instant falls in. */
export function vnDayOf(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export type StatsGroupBy = "unit" | "procedure" | "field";
export const STATS_GROUP_BYS: readonly StatsGroupBy[] = ["unit", "procedure", "field"];

/** What the statistics need of one dossier (columns of dossiers and its procedure). */
export interface StatsDossier {
  unitId: string;
  procedureId: string;
  field: string;
  receivedAt: Date | null;
  resolvedAt: Date | null;
  endedAt: Date | null;
  endKind: "rejected" | "withdrawn" | null;
  /** "yyyy-mm-dd". */
  dueOn: string | null;
  receiptChannel: "online" | "counter" | "post";
  onlineClass: "full" | "partial" | "none";
  level: number;
  /** When and how its fee notice was paid (null: no notice, unpaid or exempt). */
  paidAt: Date | null;
  paidVia: "online" | "counter" | null;
}

/** A period of Vietnamese days, both ends included ("yyyy-mm-dd"). */
export interface StatsPeriod {
  from: string;
  to: string;
}

export interface StatsCounts {
  carried: number;
  /** Received in the period. */
  new: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  inProgressWithin: number;
  inProgressOverdue: number;
  withdrawn: number;
  rejected: number;
  /** Of the new ones: received online, of a full-online procedure (Decree 42/2022), of a level 3/4 procedure. */
  newOnline: number;
  newFullOnline: number;
  newLevel34: number;
  /** Of the new ones: with a fee notice paid by the period end, and of those paid online (issue 8). */
  newPaid: number;
  newPaidOnline: number;
}

export const COUNT_KEYS = [
  "carried",
  "new",
  "resolvedEarly",
  "resolvedOnTime",
  "resolvedLate",
  "inProgressWithin",
  "inProgressOverdue",
  "withdrawn",
  "rejected",
  "newOnline",
  "newFullOnline",
  "newLevel34",
  "newPaid",
  "newPaidOnline",
] as const satisfies readonly (keyof StatsCounts)[];

export function emptyCounts(): StatsCounts {
  return {
    carried: 0,
    new: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    inProgressWithin: 0,
    inProgressOverdue: 0,
    withdrawn: 0,
    rejected: 0,
    newOnline: 0,
    newFullOnline: 0,
    newLevel34: 0,
    newPaid: 0,
    newPaidOnline: 0,
  };
}

export function addCounts(into: StatsCounts, more: StatsCounts): StatsCounts {
  for (const k of COUNT_KEYS) into[k] += more[k];
  return into;
}

/** The figures derived from the counts (received, resolved, in progress, ended, rates). */
export interface StatsTotals {
  received: number;
  resolved: number;
  inProgress: number;
  ended: number;
  /** (early + on time) / resolved, as a fraction; null when nothing was resolved. */
  onTimeRate: number | null;
  /** Received online / new; null when nothing new. */
  onlineShare: number | null;
  /** Dossiers of full-online procedures / new; null when nothing new. */
  fullOnlineShare: number | null;
  /** Paid online / new with a paid fee notice; null when none was paid. */
  paidOnlineShare: number | null;
}

export function totalsOf(c: StatsCounts): StatsTotals {
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  return {
    received: c.carried + c.new,
    resolved,
    inProgress: c.inProgressWithin + c.inProgressOverdue,
    ended: c.withdrawn + c.rejected,
    onTimeRate: resolved === 0 ? null : (c.resolvedEarly + c.resolvedOnTime) / resolved,
    onlineShare: c.new === 0 ? null : c.newOnline / c.new,
    fullOnlineShare: c.new === 0 ? null : c.newFullOnline / c.new,
    paidOnlineShare: c.newPaid === 0 ? null : c.newPaidOnline / c.newPaid,
  };
}

/** Where one dossier stands in the period, or null when it does not belong to it. */
export type DossierPlace = null | {
  start: "carried" | "new";
  outcome:
    | "resolvedEarly"
    | "resolvedOnTime"
    | "resolvedLate"
    | "inProgressWithin"
    | "inProgressOverdue"
    | "withdrawn"
    | "rejected";
};

/** The rules for one dossier (see the file comment). */
export function placeOf(d: StatsDossier, period: StatsPeriod): DossierPlace {
  if (!d.receivedAt) return null;
  const received = vnDayOf(d.receivedAt);
  if (received > period.to) return null;
  const resolved = d.resolvedAt ? vnDayOf(d.resolvedAt) : null;
  const ended = d.endedAt ? vnDayOf(d.endedAt) : null;
  if (resolved !== null && resolved < period.from) return null;
  if (ended !== null && ended < period.from) return null;
  const start = received < period.from ? "carried" : "new";
  if (resolved !== null && resolved <= period.to) {
    const due = d.dueOn;
    const outcome =
      due === null || resolved < due ? "resolvedEarly" : resolved === due ? "resolvedOnTime" : "resolvedLate";
    return { start, outcome };
  }
  if (ended !== null && ended <= period.to) {
    return { start, outcome: d.endKind === "withdrawn" ? "withdrawn" : "rejected" };
  }
  const within = d.dueOn === null || d.dueOn >= period.to;
  return { start, outcome: within ? "inProgressWithin" : "inProgressOverdue" };
}

export function keyOf(d: StatsDossier, by: StatsGroupBy): string {
  return by === "unit" ? d.unitId : by === "procedure" ? d.procedureId : d.field;
}

/** Counts per group key (only groups with at least one dossier in the period) and their total. */
export function computeStats(
  dossiers: Iterable<StatsDossier>,
  period: StatsPeriod,
  by: StatsGroupBy,
): { groups: Map<string, StatsCounts>; total: StatsCounts } {
  const groups = new Map<string, StatsCounts>();
  const total = emptyCounts();
  for (const d of dossiers) {
    const place = placeOf(d, period);
    if (!place) continue;
    const key = keyOf(d, by);
    // A fee paid after the period end is not yet paid as of that period.
    const paid = d.paidAt !== null && vnDayOf(d.paidAt) <= period.to;
    let c = groups.get(key);
    if (!c) {
      c = emptyCounts();
      groups.set(key, c);
    }
    for (const target of [c, total]) {
      target[place.start] += 1;
      target[place.outcome] += 1;
      if (place.start === "new") {
        if (d.receiptChannel === "online") target.newOnline += 1;
        if (d.onlineClass === "full") target.newFullOnline += 1;
        if (d.level >= 3) target.newLevel34 += 1;
        if (paid) {
          target.newPaid += 1;
          if (d.paidVia === "online") target.newPaidOnline += 1;
        }
      }
    }
  }
  return { groups, total };
}
