/**
 * Date and time as editors type them: "dd/mm/yyyy HH:mm" in Asia/Ho_Chi_Minh. Viet Nam has kept UTC+7 without
 * daylight saving since 1975, so a fixed offset is exact for every date an item can carry.
 */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

const PATTERN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateTimeParse = { ok: true; value: Date | null } | { ok: false };

/**
 * "" → null; "25/03/2026 08:30" (seconds optional, time optional = 00:00) → the instant in UTC. A day or time that
 * does not exist (31/02, 24:00) is refused rather than rolled over.
 */
export function parseVnDateTime(input: string): DateTimeParse {
  const text = input.trim().replace(/\s+/g, " ");
  if (text === "") return { ok: true, value: null };
  const m = PATTERN.exec(text);
  if (!m) return { ok: false };
  const [day, month, year, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) =>
    v === undefined ? 0 : Number(v),
  ) as [number, number, number, number, number, number];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) {
    return { ok: false };
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return { ok: false };
  return { ok: true, value: new Date(utc - VN_OFFSET_MS) };
}

const two = (n: number) => String(n).padStart(2, "0");

/** The inverse of parseVnDateTime: "25/03/2026 08:30", with ":ss" only when the seconds are not zero. */
export function formatVnDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const local = new Date(new Date(value).getTime() + VN_OFFSET_MS);
  const base = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(
    local.getUTCHours(),
  )}:${two(local.getUTCMinutes())}`;
  return local.getUTCSeconds() === 0 ? base : `${base}:${two(local.getUTCSeconds())}`;
}
