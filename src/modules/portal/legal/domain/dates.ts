import { type Problem, problem } from "./problem.js";

/** Dates of documents are typed the way they are printed, dd/mm/yyyy; "5/3/2024" and "05.03.2024" are accepted too. */
const VI_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export const MIN_DOCUMENT_YEAR = 1945;
export const MAX_DOCUMENT_YEAR = 2100;

/** "15/03/2024" → "2024-03-15"; null when it is not a real calendar date in range. */
export function parseViDate(text: string): string | null {
  const m = VI_DATE.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (year < MIN_DOCUMENT_YEAR || year > MAX_DOCUMENT_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2024-03-15" → "15/03/2024", for putting a stored date back into a form. */
export function isoToViDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const HCM_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Vietnam ("YYYY-MM-DD"), whatever the server's time zone: a document's status turns at local midnight. */
export function todayInVietnam(now: Date): string {
  return HCM_DAY.format(now);
}

export interface DocumentDates {
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
}

/**
 * The register's date rules: a document takes effect on or after the day it is issued, and expires after it takes
 * effect (after its issue date when no effective date is given). ISO strings compare in date order.
 */
export function dateProblems(dates: DocumentDates): Partial<Record<"effective_on" | "expires_on", Problem>> {
  const out: Partial<Record<"effective_on" | "expires_on", Problem>> = {};
  if (dates.effectiveOn !== null && dates.effectiveOn < dates.issuedOn) {
    out.effective_on = problem("legal.date.effectiveBeforeIssued");
  }
  const start = dates.effectiveOn ?? dates.issuedOn;
  if (dates.expiresOn !== null && dates.expiresOn <= start) {
    out.expires_on = problem(
      dates.effectiveOn === null ? "legal.date.expiryNotAfterIssued" : "legal.date.expiryNotAfterEffective",
    );
  }
  return out;
}
