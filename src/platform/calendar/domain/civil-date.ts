/**
 * Calendar days as integers (days since 1970-01-01), so the working-day arithmetic is plain integer steps, and as
 * ISO strings ("2026-02-17") at the edges, as PostgreSQL's `date` reads and writes them. Vietnam has kept UTC+7
 * all year since 1975, so a fixed offset gives the Vietnamese day of an instant without a time-zone database.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

/** Day number of a Gregorian date (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

export function ymdOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

export function isoOf(day: number): IsoDate {
  const { year, month, day: d } = ymdOf(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "2026-02-17" → day number; null when the text is not a real calendar date. */
export function parseIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** "17/02/2026" or "17/2/2026" (as staff type dates) → day number; null when it is not a real calendar date. */
export function parseViDate(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  return realDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

function realDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const n = dayOf(year, month, day);
  const back = ymdOf(n);
  return back.year === year && back.month === month && back.day === day ? n : null;
}

/** dd/mm/yyyy, the form the province's documents use. */
export function formatViDate(day: number): string {
  const { year, month, day: d } = ymdOf(day);
  return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** The Vietnamese day an instant falls in: 2026-02-16T17:30:00Z is already 17/02/2026 in Quảng Ngãi. */
export function vnDayOf(at: Date): number {
  return Math.floor((at.getTime() + VN_OFFSET_MS) / DAY_MS);
}

/** Minutes since midnight, Vietnamese time. */
export function vnMinutesOf(at: Date): number {
  const ms = (at.getTime() + VN_OFFSET_MS) % DAY_MS;
  return Math.floor((ms < 0 ? ms + DAY_MS : ms) / 60_000);
}

/** The instant a Vietnamese day begins. */
export function vnStartOf(day: number): Date {
  return new Date(day * DAY_MS - VN_OFFSET_MS);
}
