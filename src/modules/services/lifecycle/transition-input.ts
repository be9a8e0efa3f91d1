/** The fields an action form posts, read from a urlencoded body (anything unexpected is ignored or left out). */
export interface TransitionFormInput {
  note?: string | undefined;
  toUnitId?: string | undefined;
  toAssigneeId?: string | undefined;
  expectedVersion?: number | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s : undefined;
}

export function transitionRequestFromBody(raw: unknown): TransitionFormInput {
  const body = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: TransitionFormInput = {};
  const note = text(body, "note")?.trim();
  if (note) out.note = note;
  // An id that is not a uuid is kept as "invalid" so the transition refuses it with a field error, not a 500.
  for (const key of ["toUnitId", "toAssigneeId"] as const) {
    const v = text(body, key)?.trim();
    if (v) out[key] = UUID.test(v) ? v.toLowerCase() : "00000000-0000-0000-0000-000000000000";
  }
  const version = text(body, "expectedVersion")?.trim();
  if (version && /^\d{1,9}$/.test(version)) out.expectedVersion = Number(version);
  return out;
}
