/**
 * The dashboard's reporting period: Vietnamese days (UTC+7 all year since 1975, so a fixed offset is exact), typed as
 * dd/mm/yyyy and kept as ISO days ("2026-10-01") for SQL.
 */
const VN_OFFSET_MS = 7 * 60 * 60_000;
/** Five years: a multi-year comparison is plausible, an unbounded one is a typo. */
export const MAX_PERIOD_DAYS = 5 * 366;

export function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** "05/03/2026" (or "5/3/2026") → "2026-03-05"; null when it is not a real calendar date. */
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

/** The calendar month before the one `today` falls in. */
export function lastMonth(today: string): { from: string; to: string } {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 2, 1));
  const last = new Date(Date.UTC(y, m - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export type PeriodResult =
  | { ok: true; from: string; to: string }
  | { ok: false; field: "from" | "to"; problem: "dateFormat" | "dateOrder" | "tooLong" };

/** From/to as typed; both empty gives last month, one empty takes the other end of last month. */
export function resolvePeriod(input: { from?: string; to?: string }, today: string): PeriodResult {
  const fallback = lastMonth(today);
  const fromText = (input.from ?? "").trim();
  const toText = (input.to ?? "").trim();
  const from = fromText === "" ? fallback.from : parseViDate(fromText);
  if (from === null) return { ok: false, field: "from", problem: "dateFormat" };
  const to = toText === "" ? fallback.to : parseViDate(toText);
  if (to === null) return { ok: false, field: "to", problem: "dateFormat" };
  if (from > to) return { ok: false, field: "to", problem: "dateOrder" };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_PERIOD_DAYS) return { ok: false, field: "from", problem: "tooLong" };
  return { ok: true, from, to };
}
