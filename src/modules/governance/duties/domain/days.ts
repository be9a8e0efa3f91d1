/**
 * Vietnamese calendar days as ISO strings ("2026-03-05"). Vietnam keeps UTC+7 all year, so a fixed offset is exact.
 */
const VN_OFFSET_MS = 7 * 60 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese day begins, plus `hours`. */
export function vnDayAt(day: string, hours = 0): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + hours * 60 * 60_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** "05/03/2026" or "5/3/2026" → "2026-03-05"; null when not a real date. */
export function parseViDate(input: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function viDate(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** The earlier of two ISO days (string comparison is date order for yyyy-mm-dd). */
export function earlierDay(a: string, b: string): string {
  return a <= b ? a : b;
}
