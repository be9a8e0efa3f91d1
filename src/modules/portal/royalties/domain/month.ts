/** A calendar month of the royalty sheet, in Vietnam's time (UTC+7, no daylight saving). */
export interface SheetMonth {
  year: number;
  /** 1–12. */
  month: number;
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export type MonthParse = { ok: true; value: SheetMonth } | { ok: false; problem: "format" | "range" };

/** "11/2026" or "1/2026" (what staff type and what the sheet links carry). */
export function parseMonth(raw: string): MonthParse {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(raw);
  if (!m) return { ok: false, problem: "format" };
  const month = Number(m[1]);
  const year = Number(m[2]);
  if (month < 1 || month > 12 || year < 2000 || year > 2100) return { ok: false, problem: "range" };
  return { ok: true, value: { year, month } };
}

export function formatMonth({ year, month }: SheetMonth): string {
  return `${String(month).padStart(2, "0")}/${year}`;
}

/** The month a moment falls in, in Vietnam. */
export function monthOf(at: Date): SheetMonth {
  const vn = new Date(at.getTime() + VN_OFFSET_MS);
  return { year: vn.getUTCFullYear(), month: vn.getUTCMonth() + 1 };
}

/** The month's instants as [from, to): Vietnamese midnight of the 1st to that of the next month's 1st. */
export function monthBounds({ year, month }: SheetMonth): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS),
    to: new Date(Date.UTC(year, month, 1) - VN_OFFSET_MS),
  };
}

/** The Vietnamese calendar day ("2026-11-27") of a moment. */
export function vnDayOf(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** "27/11/2026" from an ISO day. */
export function viDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}/${m}/${y}`;
}

/** dd/mm/yyyy → ISO day, or null when it is not a real date. */
export function parseViDay(raw: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(raw);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2100) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The month's last day as an ISO day. */
export function lastDayOf({ year, month }: SheetMonth): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
