import { vnDayOf } from "./month.js";
import { type PointValueEntry, pointValueOn, royaltyAmount } from "./rates.js";

/** A published item of the month with its assessment, if it has one. */
export interface SheetSource {
  contentId: string;
  title: string;
  kind: string;
  publishedAt: Date;
  author: string | null;
  withdrawn: boolean;
  assessment: { classCode: string; className: string; points: number; beneficiary: string } | null;
}

export interface SheetLine extends SheetSource {
  /** 1-based, in publication order. */
  no: number;
  beneficiary: string;
  pointValueVnd: number | null;
  amountVnd: number | null;
}

export interface Sheet {
  lines: SheetLine[];
  totalPoints: number;
  totalVnd: number;
  /** Items published without an assessment (promoted copies, published before royalties existed …). */
  unassessed: number;
  /** Assessed items for which no point value was in force on their publication day. */
  withoutValue: number;
}

/**
 * The month's sheet: each item priced with the point value in force on its own publication day (in Vietnam), so a
 * past month keeps the value of its time and a value changed mid-month applies from its date.
 */
export function buildSheet(sources: readonly SheetSource[], history: readonly PointValueEntry[]): Sheet {
  const ordered = [...sources].sort(
    (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.contentId.localeCompare(b.contentId),
  );
  let totalPoints = 0;
  let totalVnd = 0;
  let unassessed = 0;
  let withoutValue = 0;
  const lines = ordered.map((s, i): SheetLine => {
    const value = s.assessment ? (pointValueOn(history, vnDayOf(s.publishedAt))?.valueVnd ?? null) : null;
    const amount = s.assessment ? royaltyAmount(s.assessment.points, value) : null;
    if (!s.assessment) unassessed += 1;
    else {
      totalPoints += s.assessment.points;
      if (amount === null) withoutValue += 1;
      else totalVnd += amount;
    }
    return {
      ...s,
      no: i + 1,
      beneficiary: s.assessment?.beneficiary ?? s.author ?? "",
      pointValueVnd: value,
      amountVnd: amount,
    };
  });
  return { lines, totalPoints, totalVnd, unassessed, withoutValue };
}

/**
 * The province decisions the sheet rests on: those of the values its lines used, else the one in force at the end of
 * the month (an empty month still prints its basis).
 */
export function decisionsFor<T extends PointValueEntry & { provinceDecision: string }>(
  sheet: Sheet,
  history: readonly T[],
  lastDayOfMonth: string,
): string[] {
  const used = new Set<string>();
  for (const line of sheet.lines) {
    if (!line.assessment) continue;
    const entry = pointValueOn(history, vnDayOf(line.publishedAt));
    if (entry) used.add(entry.provinceDecision);
  }
  if (used.size === 0) {
    const entry = pointValueOn(history, lastDayOfMonth);
    if (entry) used.add(entry.provinceDecision);
  }
  return [...used];
}
