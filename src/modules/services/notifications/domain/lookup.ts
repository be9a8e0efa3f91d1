/**
 * The public dossier lookup (SPEC §B4), as pure functions: what identifies the applicant, the receipt token check,
 * and the history a visitor may see (dates and steps, no staff names, notes only where they are meant for the
 * applicant).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { DossierAction } from "../../lifecycle/domain/state-machine.js";
import { comparablePhone } from "./messages.js";

/** Public lookups one network address may make per window. */
export const LOOKUP_RATE = { max: 20, windowMs: 10 * 60_000 } as const;

/** A dossier code as typed: trimmed, upper-case ("000.00.01.h48-260302-0042" → "000.00.01.H48-260302-0042"). */
export function normaliseCode(raw: string): string {
  return raw.trim().replace(/\s+/g, "").toUpperCase();
}

/** Agency identifier, date and sequence (Circular 01/2018/TT-VPCP); loose enough for older or imported codes. */
export function isPlausibleCode(code: string): boolean {
  return /^[A-Z0-9][A-Z0-9.]{2,40}-\d{6}-\d{3,6}(?:-[A-Z0-9]{1,8})?$/.test(code);
}

/** A personal ID number as typed (12-digit CCCD, or an older 9-digit CMND): digits only. */
export function normaliseIdNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/[\s.-]/g, "");
  return /^\d{9,12}$/.test(digits) ? digits : null;
}

function digestEqual(a: string, b: string): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db);
}

/** The receipt's QR secret, compared in constant time. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (!given || given.length > 200) return false;
  return digestEqual(expected, given);
}

/**
 * Whether what the visitor typed identifies the applicant: the phone number (in any usual writing) and/or the ID
 * number; every part given must match, and at least one must be given. Constant-time comparisons.
 */
export function matchesApplicant(
  applicant: { phone: string | null; idNumber: string | null },
  given: { phone: string; idNumber: string },
): boolean {
  const phoneGiven = given.phone.trim() !== "";
  const idGiven = given.idNumber.trim() !== "";
  if (!phoneGiven && !idGiven) return false;
  let ok = true;
  if (phoneGiven) {
    const want = comparablePhone(applicant.phone) ?? "\u0000none";
    const got = comparablePhone(given.phone) ?? "\u0000bad";
    ok = digestEqual(want, got) && ok;
  }
  if (idGiven) {
    const want = normaliseIdNumber(applicant.idNumber) ?? "\u0000none";
    const got = normaliseIdNumber(given.idNumber) ?? "\u0000bad";
    ok = digestEqual(want, got) && ok;
  }
  return ok;
}

export interface HistoryEvent {
  action: DossierAction;
  note: string | null;
  due_on: string | null;
  at: Date;
}

export interface PublicHistoryRow {
  at: Date;
  /** i18n key under lookup.event.* */
  key: string;
  params?: Record<string, string>;
  /** Shown only for supplement requests and rejections: they are addressed to the applicant. */
  note: string | null;
}

const INTERNAL: readonly DossierAction[] = ["assign", "transfer", "submit_for_approval", "send_back"];

/**
 * The history a visitor sees: internal hand-overs collapse into one "being processed" line per stretch, notes only on
 * supplement requests and rejections, the apology's new date. `formatDay` renders yyyy-mm-dd as dd/mm/yyyy.
 */
export function publicHistory(
  events: readonly HistoryEvent[],
  formatDay: (iso: string) => string,
): PublicHistoryRow[] {
  const rows: PublicHistoryRow[] = [];
  for (const e of events) {
    if (INTERNAL.includes(e.action)) {
      if (rows[rows.length - 1]?.key === "lookup.event.processing") continue;
      rows.push({ at: e.at, key: "lookup.event.processing", note: null });
      continue;
    }
    switch (e.action) {
      case "request_supplement":
      case "reject":
        rows.push({ at: e.at, key: `lookup.event.${e.action}`, note: e.note });
        break;
      case "approve":
      case "result_ready":
        rows.push({ at: e.at, key: "lookup.event.result_ready", note: null });
        break;
      case "apology":
        rows.push({
          at: e.at,
          key: "lookup.event.apology",
          params: { date: e.due_on ? formatDay(e.due_on) : "" },
          note: null,
        });
        break;
      default:
        rows.push({ at: e.at, key: `lookup.event.${e.action}`, note: null });
    }
  }
  return rows;
}
