import { UUID_PATTERN } from "../../../../platform/http/uuid.js";
import { type Lang, t } from "../../../../platform/i18n/index.js";

export const CONSULTATION_COMMENT_LIMITS = { bodyMin: 10, bodyMax: 5000, organisationMax: 200 } as const;

/** Form field names, shared by the view, the parser and the tests. */
export const COMMENT_FIELD = {
  clause: "dieu",
  body: "noi_dung",
  organisation: "to_chuc",
  showName: "cong_khai_ten",
} as const;

/** What the citizen typed, kept as is to refill the form after an error. */
export interface ConsultationCommentValues {
  clause: string;
  body: string;
  organisation: string;
  showName: boolean;
}

export interface ConsultationCommentInput {
  /** null: a comment on the draft as a whole. */
  clauseId: string | null;
  body: string;
  organisation: string | null;
  showName: boolean;
}

export type ConsultationCommentParse =
  | { ok: true; value: ConsultationCommentInput }
  | { ok: false; errors: Record<string, string>; values: ConsultationCommentValues };

// C0 controls except tab/line breaks, DEL, and the bidi overrides that can make text read differently than stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

const codePoints = (s: string) => [...s].length;

function text(raw: Record<string, unknown>, name: string, max: number): string {
  const v = raw[name];
  return typeof v === "string" ? v.normalize("NFC").slice(0, max) : "";
}

export function commentFormValues(raw: Record<string, unknown>): ConsultationCommentValues {
  return {
    clause: text(raw, COMMENT_FIELD.clause, 100).trim().toLowerCase(),
    body: text(raw, COMMENT_FIELD.body, 50_000),
    organisation: text(raw, COMMENT_FIELD.organisation, 1000),
    // An unticked box sends nothing: consent is only ever an explicit tick.
    showName: raw[COMMENT_FIELD.showName] === "1",
  };
}

/** Paragraphs kept, spaces inside lines collapsed, never more than one blank line between paragraphs. */
function tidyParagraphs(s: string): string {
  const lines = s.split(/\r\n?|\n/).map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim());
  return lines
    .join("\n")
    .replace(/\n\n\n+/g, "\n\n")
    .trim();
}

/**
 * Validates a comment on a draft. `clauseIds` are the draft's clauses: the clause field must name one of them or be
 * empty (a general comment). Lengths count characters as a reader does (code points, after NFC).
 */
export function parseConsultationComment(
  raw: Record<string, unknown>,
  clauseIds: ReadonlySet<string>,
  lang: Lang,
): ConsultationCommentParse {
  const values = commentFormValues(raw);
  const L = CONSULTATION_COMMENT_LIMITS;
  const msg = (key: string, params?: Record<string, string | number>) =>
    t(lang, `consultPublic.error.${key}`, params);
  const errors: Record<string, string> = {};

  const clauseId = values.clause === "" ? null : values.clause;
  if (clauseId !== null && (!UUID_PATTERN.test(clauseId) || !clauseIds.has(clauseId)))
    errors[COMMENT_FIELD.clause] = msg("clause");

  const body = tidyParagraphs(values.body);
  const count = codePoints(body);
  if (body === "") errors[COMMENT_FIELD.body] = msg("bodyRequired");
  else if (FORBIDDEN.test(body)) errors[COMMENT_FIELD.body] = msg("control");
  else if (count < L.bodyMin || count > L.bodyMax)
    errors[COMMENT_FIELD.body] = msg("bodyLength", { min: L.bodyMin, max: L.bodyMax, count });

  const organisation = values.organisation.replace(/\s+/g, " ").trim();
  if (FORBIDDEN.test(organisation)) errors[COMMENT_FIELD.organisation] = msg("control");
  else if (codePoints(organisation) > L.organisationMax)
    errors[COMMENT_FIELD.organisation] = msg("organisationLength", { max: L.organisationMax });

  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    value: {
      clauseId,
      body,
      organisation: organisation === "" ? null : organisation,
      showName: values.showName,
    },
  };
}
