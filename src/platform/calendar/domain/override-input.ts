/**
 * What staff type into the calendar forms, checked: a day (dd/mm/yyyy), what changes, why and on what legal basis;
 * and the cut-off hour (hh:mm). Messages are catalogue keys; the routes put them beside the fields.
 */
import { isoOf, parseViDate, weekdayOf, yearOf } from "./civil-date.js";
import { MAX_YEAR, MIN_YEAR, type OverrideKind, type WorkingCalendar } from "./working-calendar.js";

export const OVERRIDE_KINDS: readonly OverrideKind[] = ["day_off", "working_day"];
export const REASON_MAX = 500;
export const LEGAL_BASIS_MAX = 300;

/** The form as typed, so a refused form comes back as it was sent. */
export interface OverrideFormValues {
  date: string;
  kind: string;
  reason: string;
  legal_basis: string;
}

export interface OverrideInput {
  day: string;
  kind: OverrideKind;
  reason: string;
  legalBasis: string | null;
}

function text(value: unknown, max: number): string {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v.normalize("NFC").slice(0, max + 50) : "";
}

export function overrideValuesFromBody(body: unknown): OverrideFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    date: text(b.date, 20),
    kind: text(b.kind, 20),
    reason: text(b.reason, REASON_MAX),
    legal_basis: text(b.legal_basis, LEGAL_BASIS_MAX),
  };
}

/** Collapses runs of spaces and line breaks typed or pasted into a one-line field. */
function clean(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

export type FieldProblems = Partial<Record<keyof OverrideFormValues, string>>;

/**
 * Checks the form on its own and against the calendar as it stands without an override for that day: a day off must
 * be a working day now, a working day must be a day off now (otherwise the change would change nothing).
 */
export function checkOverride(
  values: OverrideFormValues,
  calendarWithout: (day: string) => WorkingCalendar,
): { ok: true; input: OverrideInput } | { ok: false; problems: FieldProblems } {
  const problems: FieldProblems = {};
  let day: number | null = null;
  if (values.date.trim() === "") problems.date = "calendar.error.dateRequired";
  else {
    day = parseViDate(values.date);
    if (day === null) problems.date = "calendar.error.dateInvalid";
    else if (yearOf(day) < MIN_YEAR || yearOf(day) > MAX_YEAR) problems.date = "calendar.error.dateRange";
  }
  const kind = OVERRIDE_KINDS.find((k) => k === values.kind);
  if (!kind) problems.kind = "calendar.error.kindRequired";
  const reason = clean(values.reason);
  if (reason.length === 0) problems.reason = "calendar.error.reasonRequired";
  else if (reason.length < 5) problems.reason = "calendar.error.reasonShort";
  else if (reason.length > REASON_MAX) problems.reason = "calendar.error.reasonLong";
  const legalBasis = clean(values.legal_basis);
  if (legalBasis.length > LEGAL_BASIS_MAX) problems.legal_basis = "calendar.error.legalBasisLong";

  if (day !== null && !problems.date && kind) {
    const iso = isoOf(day);
    const workingNow = calendarWithout(iso).isWorkingDay(iso);
    if (kind === "day_off" && !workingNow) {
      problems.date =
        weekdayOf(day) === 0 || weekdayOf(day) === 6
          ? "calendar.error.alreadyWeekend"
          : "calendar.error.alreadyOff";
    }
    if (kind === "working_day" && workingNow) problems.date = "calendar.error.alreadyWorking";
  }
  if (Object.keys(problems).length > 0 || day === null || !kind) return { ok: false, problems };
  return { ok: true, input: { day: isoOf(day), kind, reason, legalBasis: legalBasis || null } };
}

/** "16:00", "16h", "16h30", "7:30" → minutes after midnight; "" → null (no cut-off); undefined when unreadable. */
export function parseCutoff(value: string): number | null | undefined {
  const v = value.trim().toLowerCase();
  if (v === "") return null;
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(v);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

export function formatCutoff(minutes: number | null): string {
  if (minutes === null) return "";
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
