/** The staff schedule form and the citizen's question, checked and normalised (NFC, trimmed, bounded). */
import { parseVnDateTime } from "../../../../platform/calendar/vn-datetime.js";

export const LIMITS = {
  title: 200,
  description: 5000,
  leaderName: 120,
  leaderTitle: 200,
  question: 2000,
  answer: 10000,
  dateTime: 25,
} as const;

export type Errors = Record<string, string>;
type Tr = (key: string, params?: Record<string, string | number>) => string;

function text(form: Record<string, unknown>, name: string, max: number): string {
  const v = form[name];
  const s = typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
  // A little over the limit is kept so the person sees what they typed and the error, not a silent cut.
  return s
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .trim()
    .slice(0, max + 1000);
}

export interface ScheduleValues {
  title: string;
  description: string;
  leaderName: string;
  leaderTitle: string;
  unitId: string;
  startsAt: string;
  endsAt: string;
}

export interface Schedule {
  title: string;
  description: string;
  leaderName: string;
  leaderTitle: string;
  unitId: string;
  startsAt: Date;
  endsAt: Date;
}

export function scheduleValues(form: Record<string, unknown>): ScheduleValues {
  return {
    title: text(form, "title", LIMITS.title),
    description: text(form, "description", LIMITS.description),
    leaderName: text(form, "leaderName", LIMITS.leaderName),
    leaderTitle: text(form, "leaderTitle", LIMITS.leaderTitle),
    unitId: text(form, "unitId", 36).toLowerCase(),
    startsAt: text(form, "startsAt", LIMITS.dateTime),
    endsAt: text(form, "endsAt", LIMITS.dateTime),
  };
}

/**
 * Checks the schedule form. `knownUnit` says whether the chosen unit exists and may be picked by this person (the
 * route knows); times are Vietnamese "dd/mm/yyyy hh:mm" and the end must come after the start.
 */
export function parseSchedule(
  v: ScheduleValues,
  knownUnit: (id: string) => boolean,
  tr: Tr,
): { ok: true; value: Schedule } | { ok: false; errors: Errors } {
  const errors: Errors = {};
  const need = (field: keyof ScheduleValues, max: number) => {
    if (v[field] === "") errors[field] = tr(`error.${field}.required`);
    else if (v[field].length > max) errors[field] = tr("error.tooLong", { max });
  };
  need("title", LIMITS.title);
  if (v.description.length > LIMITS.description) {
    errors.description = tr("error.tooLong", { max: LIMITS.description });
  }
  need("leaderName", LIMITS.leaderName);
  need("leaderTitle", LIMITS.leaderTitle);
  if (v.unitId === "") errors.unitId = tr("error.unitId.required");
  else if (!knownUnit(v.unitId)) errors.unitId = tr("error.unitId.unknown");
  const starts = parseVnDateTime(v.startsAt);
  const ends = parseVnDateTime(v.endsAt);
  if (v.startsAt === "") errors.startsAt = tr("error.startsAt.required");
  else if (!starts.ok || starts.value === null) errors.startsAt = tr("error.dateTime");
  if (v.endsAt === "") errors.endsAt = tr("error.endsAt.required");
  else if (!ends.ok || ends.value === null) errors.endsAt = tr("error.dateTime");
  if (starts.ok && starts.value && ends.ok && ends.value && ends.value.getTime() <= starts.value.getTime()) {
    errors.endsAt = tr("error.endsAt.beforeStart");
  }
  if (Object.keys(errors).length > 0 || !starts.ok || !starts.value || !ends.ok || !ends.value) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      title: v.title,
      description: v.description,
      leaderName: v.leaderName,
      leaderTitle: v.leaderTitle,
      unitId: v.unitId,
      startsAt: starts.value,
      endsAt: ends.value,
    },
  };
}

export interface AskValues {
  body: string;
  showName: boolean;
}

export function askValues(form: Record<string, unknown>): AskValues {
  return { body: text(form, "body", LIMITS.question), showName: form.showName === "1" };
}

export function parseAsk(
  v: AskValues,
  tr: Tr,
): { ok: true; value: AskValues } | { ok: false; errors: Errors } {
  if (v.body === "") return { ok: false, errors: { body: tr("error.body.required") } };
  if (v.body.length > LIMITS.question) {
    return { ok: false, errors: { body: tr("error.tooLong", { max: LIMITS.question }) } };
  }
  return { ok: true, value: v };
}

export function parseAnswer(
  form: Record<string, unknown>,
  tr: Tr,
): { ok: true; value: string } | { ok: false; text: string; error: string } {
  const answer = text(form, "answer", LIMITS.answer);
  if (answer === "") return { ok: false, text: answer, error: tr("error.answer.required") };
  if (answer.length > LIMITS.answer) {
    return { ok: false, text: answer, error: tr("error.tooLong", { max: LIMITS.answer }) };
  }
  return { ok: true, value: answer };
}
