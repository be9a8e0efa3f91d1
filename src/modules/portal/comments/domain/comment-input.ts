import { type Lang, t } from "../../../../platform/i18n/index.js";

export const COMMENT_LIMITS = { nameMin: 2, nameMax: 80, emailMax: 254, bodyMin: 5, bodyMax: 2000 } as const;

/** What the reader typed, kept as is to refill the form after an error. */
export interface CommentFormValues {
  name: string;
  email: string;
  body: string;
}

export interface CommentInput {
  name: string;
  email: string | null;
  body: string;
}

export type CommentParse =
  | { ok: true; value: CommentInput }
  | { ok: false; errors: Record<string, string>; values: CommentFormValues };

// Control characters other than tab and line breaks, and bidi overrides that can disguise text.
function hasForbidden(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 9 || c === 10 || c === 13) continue;
    if (c < 32 || c === 127 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}
const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:.]{2,}$/u;

function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  return typeof v === "string" ? v.normalize("NFC") : "";
}

const length = (s: string) => [...s].length;

/** The form's field names, shared by the view and the parser. */
export const FIELD = { name: "ten", email: "email", body: "noi_dung", token: "ma_bieu_mau", trap: "website" };

export function formValues(body: Record<string, unknown>): CommentFormValues {
  return {
    name: field(body, FIELD.name).slice(0, 500),
    email: field(body, FIELD.email).slice(0, 500),
    body: field(body, FIELD.body).slice(0, 20_000),
  };
}

/**
 * Validates a reader's comment: NFC, trimmed, the name on one line, the body's line breaks kept (at most one blank
 * line in a row), lengths in characters as a reader counts them (code points), an email checked only when given.
 */
export function parseComment(raw: Record<string, unknown>, lang: Lang): CommentParse {
  const values = formValues(raw);
  const tr = (key: string, params?: Record<string, string | number>) =>
    t(lang, `portalComments.error.${key}`, params);
  const L = COMMENT_LIMITS;
  const errors: Record<string, string> = {};

  const name = values.name.replace(/\s+/g, " ").trim();
  if (name === "") errors[FIELD.name] = tr("nameRequired");
  else if (hasForbidden(name)) errors[FIELD.name] = tr("control");
  else if (length(name) < L.nameMin || length(name) > L.nameMax)
    errors[FIELD.name] = tr("nameLength", { min: L.nameMin, max: L.nameMax });

  const email = values.email.trim();
  if (email !== "" && (email.length > L.emailMax || !EMAIL.test(email)))
    errors[FIELD.email] = tr("emailInvalid");

  const body = values.body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (body === "") errors[FIELD.body] = tr("bodyRequired");
  else if (hasForbidden(body)) errors[FIELD.body] = tr("control");
  else if (length(body) < L.bodyMin || length(body) > L.bodyMax)
    errors[FIELD.body] = tr("bodyLength", { min: L.bodyMin, max: L.bodyMax, count: length(body) });

  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return { ok: true, value: { name, email: email === "" ? null : email.toLowerCase(), body } };
}
