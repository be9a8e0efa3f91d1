import type { ContentKind } from "../../tables.js";

/** One row of the point value's history. */
export interface PointValueEntry {
  effectiveFrom: string;
  valueVnd: number;
}

/** The value in force on a day: the latest one effective on or before it, or null before the first. */
export function pointValueOn<T extends PointValueEntry>(history: readonly T[], isoDay: string): T | null {
  let best: T | null = null;
  for (const entry of history) {
    if (entry.effectiveFrom > isoDay) continue;
    if (!best || entry.effectiveFrom > best.effectiveFrom) best = entry;
  }
  return best;
}

/** Points × value of a point, integer VND; null when no value is in force. */
export function royaltyAmount(points: number, valueVnd: number | null): number | null {
  if (valueVnd === null) return null;
  const amount = points * valueVnd;
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`royalty amount out of range: ${points} × ${valueVnd}`);
  return amount;
}

export interface PointRange {
  minPoints: number;
  maxPoints: number;
}

export type RangeCheck = "ok" | "belowMin" | "aboveMax";

export function checkPoints(range: PointRange, points: number): RangeCheck {
  if (points < range.minPoints) return "belowMin";
  if (points > range.maxPoints) return "aboveMax";
  return "ok";
}

/** Whole points typed by a person ("12"); null when it is not a whole number. */
export function parsePoints(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d{1,6}$/.test(s)) return null;
  return Number(s);
}

/** A VND amount typed with or without Vietnamese grouping ("100.000", "100 000", "100000 đ"); null if not one. */
export function parseVnd(raw: string): number | null {
  const s = raw
    .trim()
    .replace(/\s*(đ|₫|vnđ|vnd|đồng)$/i, "")
    .trim();
  if (!/^\d{1,3}([.\s ]\d{3})*$|^\d{1,12}$/.test(s)) return null;
  const n = Number(s.replace(/[.\s ]/g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

export { formatVnd } from "../../../../platform/i18n/money.js";

export interface SuggestableClass extends PointRange {
  code: string;
  suggestFor: readonly ContentKind[];
  active: boolean;
}

/** What the assessment form proposes for a content kind: the first active class marked for it, at its lowest points. */
export function suggestAssessment(
  kind: ContentKind,
  classes: readonly SuggestableClass[],
): { classCode: string; points: number } | null {
  const active = classes.filter((c) => c.active);
  const chosen = active.find((c) => c.suggestFor.includes(kind)) ?? active[0];
  return chosen ? { classCode: chosen.code, points: chosen.minPoints } : null;
}
