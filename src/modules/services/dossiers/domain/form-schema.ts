import { z } from "zod";
import "../catalogue.js";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import { isVietnamesePhone } from "../../../../platform/i18n/vietnamese-phone.js";
import type { FormField } from "../../catalogue/domain/procedure-form.js";

/** Field name of a procedure's form field in the HTML form (kept apart from the applicant block and the files). */
export const formFieldName = (key: string) => `fd_${key}`;

/** Default longest text when a field sets none: a line, or a page of free text. */
export const DEFAULT_MAX_LENGTH = { text: 500, textarea: 5000 } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "15/3/2025" or "15/03/2025" → "15/03/2025" when the day exists, else null. */
export function normalizeViDate(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}/${y}`;
}

/** A CCCD (citizen identity card) number: exactly 12 digits, spaces allowed between groups. */
export function normalizeIdNumber(value: string): string | null {
  const compact = value.replace(/\s/g, "");
  return /^\d{12}$/.test(compact) ? compact : null;
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Reads "1.000,5"-free plain numbers as people type them: "12", "-3", "4.5" or "4,5". */
function parseNumber(value: string): number | null {
  const v = value.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function str(input: unknown): string {
  if (typeof input === "string") return input.normalize("NFC");
  if (Array.isArray(input) && typeof input[0] === "string") return String(input[0]).normalize("NFC");
  return "";
}

/**
 * One Zod schema per field: input is whatever the form sent (a string, or nothing for an unticked box); output the
 * normalised string stored in `form_data`. Every message is a full Vietnamese sentence naming the field.
 */
export function fieldSchema(field: FormField, lang: Lang = "vi"): z.ZodType<string, unknown> {
  const label = field.label;
  const msg = (key: string, params: Record<string, string | number> = {}) =>
    t(lang, `submission.error.${key}`, { field: label, ...params });
  return z
    .unknown()
    .optional()
    .transform((input, ctx): string => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (field.type === "checkbox") {
        const raw = str(input);
        const on = raw === "on" || raw === "true" || raw === "1" || raw === "yes";
        if (field.required && !on) return fail(msg("checkbox"));
        return on ? "true" : "";
      }
      const raw = str(input).trim();
      if (raw === "") {
        if (field.required) return fail(msg(field.type === "select" ? "choice" : "required"));
        return "";
      }
      switch (field.type) {
        case "text":
        case "textarea": {
          const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
          if ([...raw].length > max) return fail(msg("tooLong", { max }));
          return field.type === "text" ? raw.replace(/\s+/g, " ") : raw.replace(/\r\n/g, "\n");
        }
        case "number": {
          const n = parseNumber(raw);
          if (n === null) return fail(msg("number"));
          if (field.min !== undefined && n < field.min) return fail(msg("min", { min: field.min }));
          if (field.max !== undefined && n > field.max) return fail(msg("max", { max: field.max }));
          return String(n);
        }
        case "date": {
          const d = normalizeViDate(raw);
          return d ?? fail(msg("date"));
        }
        case "select":
          return (field.options ?? []).includes(raw) ? raw : fail(msg("choice"));
        case "email":
          return isEmail(raw) ? raw.toLowerCase() : fail(msg("email"));
        case "phone":
          return isVietnamesePhone(raw) ? raw : fail(msg("phone"));
        case "id_number":
          return normalizeIdNumber(raw) ?? fail(msg("idNumber"));
      }
      return fail(msg("required"));
    });
}

/** The whole form of a procedure as one Zod object schema over the HTML field names (`fd_<key>`). */
export function buildFormSchema(fields: readonly FormField[], lang: Lang = "vi") {
  const shape: Record<string, z.ZodType<string, unknown>> = {};
  for (const f of fields) shape[formFieldName(f.key)] = fieldSchema(f, lang);
  return z.object(shape);
}

export type FormParse =
  | { ok: true; data: Record<string, string> }
  | { ok: false; errors: Record<string, string>; data: Record<string, string> };

/**
 * Validates the submitted values against the procedure's fields. `data` is keyed by the field keys (as stored in
 * `form_data`); `errors` by the HTML field names, in the form's order.
 */
export function parseFormData(
  fields: readonly FormField[],
  body: Record<string, unknown>,
  lang: Lang = "vi",
): FormParse {
  const data: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const name = formFieldName(f.key);
    const result = fieldSchema(f, lang).safeParse(body[name]);
    if (result.success) data[f.key] = result.data;
    else
      errors[name] =
        result.error.issues[0]?.message ?? t(lang, "submission.error.required", { field: f.label });
  }
  return Object.keys(errors).length === 0 ? { ok: true, data } : { ok: false, errors, data };
}
