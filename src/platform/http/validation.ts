import type { z } from "zod";
import { type Lang, t } from "../i18n/index.js";
import { AppError } from "./errors.js";

export type FieldErrors = Record<string, string>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Validates input against a Zod schema and returns messages a person can act on, in their language, keyed by field.
 * `labels` names fields as the form shows them ("Tên đơn vị"), so messages read "Vui lòng nhập Tên đơn vị.".
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
  labels: Record<string, string> = {},
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "_";
    if (errors[field]) continue;
    errors[field] = messageFor(
      issue,
      lang,
      labels[field] ?? labels[String(issue.path[0])] ?? t(lang, "validation.field"),
    );
  }
  return { ok: false, errors };
}

/** Same as validate, for JSON routes: throws a 400 AppError carrying the field messages. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang,
  labels: Record<string, string> = {},
): z.output<S> {
  const result = validate(schema, input, lang, labels);
  if (result.ok) return result.data;
  throw new AppError(400, "validation_failed", "errors.validation", {}, result.errors);
}

function messageFor(issue: z.core.$ZodIssue, lang: Lang, field: string): string {
  // A custom message given in a schema is an i18n key ("orgs.unit.codeTaken") or plain text.
  if (issue.code === "custom" || (issue.message?.includes(".") && !issue.message.includes(" "))) {
    return t(lang, issue.message, { field });
  }
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") {
        return t(lang, "validation.required", { field });
      }
      if (issue.expected === "number" || issue.expected === "int")
        return t(lang, "validation.notNumber", { field });
      return t(lang, "validation.invalid", { field });
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t(lang, "validation.required", { field })
          : t(lang, "validation.tooShort", { field, min: Number(issue.minimum) });
      }
      if (issue.origin === "array") return t(lang, "validation.required", { field });
      return t(lang, "validation.tooSmall", { field, min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string")
        return t(lang, "validation.tooLong", { field, max: Number(issue.maximum) });
      return t(lang, "validation.tooBig", { field, max: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return t(lang, "validation.invalidEmail", { field });
      return t(lang, "validation.invalid", { field });
    case "invalid_value":
      return t(lang, "validation.invalidChoice", { field });
    default:
      return t(lang, "validation.invalid", { field });
  }
}
