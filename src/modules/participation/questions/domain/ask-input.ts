import { z } from "zod";
import { type FieldErrors, validate } from "../../../../platform/http/validation.js";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import { normaliseTaxCode } from "../../../../platform/i18n/vietnamese-tax-code.js";
import type { QuestionKind } from "../../tables.js";

/** The ask form as typed, kept to show again after an error. */
export interface AskFormValues {
  topic: string;
  unit: string;
  title: string;
  body: string;
  showName: boolean;
  businessName: string;
  taxCode: string;
  regulation: string;
}

export const ASK_LIMITS = {
  title: { min: 10, max: 200 },
  body: { min: 20, max: 5000 },
  businessName: { min: 2, max: 200 },
  regulation: { min: 5, max: 300 },
} as const;

const TEXT_FIELDS = ["topic", "unit", "title", "body", "businessName", "taxCode", "regulation"] as const;

/** Only the form's own fields, NFC-normalised; a repeated field (array) counts as empty, overlong text is cut. */
export function askFormValues(body: unknown): AskFormValues {
  const src = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const out = { showName: src.showName === "on" } as AskFormValues;
  for (const f of TEXT_FIELDS) {
    const v = src[f];
    out[f] = typeof v === "string" ? v.normalize("NFC").slice(0, 6000) : "";
  }
  return out;
}

/** The business's name and tax code from its profile, so the business form starts filled in. */
export function emptyAskForm(profile: {
  businessName: string | null;
  taxCode: string | null;
}): AskFormValues {
  return {
    topic: "",
    unit: "",
    title: "",
    body: "",
    showName: false,
    businessName: profile.businessName ?? "",
    taxCode: profile.taxCode ?? "",
    regulation: "",
  };
}

/** What is stored, checked. */
export interface AskInput {
  kind: QuestionKind;
  topicId: string;
  suggestedUnitId: string | null;
  title: string;
  body: string;
  showName: boolean;
  businessName: string | null;
  taxCode: string | null;
  regulation: string | null;
}

const tidy = (s: string) => s.replace(/[ \t]+/g, " ").trim();
const line = (min: number, max: number) =>
  z.string().transform(tidy).pipe(z.string().min(1).min(min).max(max));

function askSchema(
  kind: QuestionKind,
  choices: { topicIds: ReadonlySet<string>; unitIds: ReadonlySet<string> },
) {
  return z
    .object({
      topic: z.string().trim().min(1),
      unit: z.string().trim(),
      title: line(ASK_LIMITS.title.min, ASK_LIMITS.title.max),
      body: z.string().trim().pipe(z.string().min(1).min(ASK_LIMITS.body.min).max(ASK_LIMITS.body.max)),
      businessName: z.string().transform(tidy),
      taxCode: z.string().trim(),
      regulation: z.string().transform(tidy),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      if (v.topic && !choices.topicIds.has(v.topic)) issue("topic", "questionsPublic.error.topic");
      if (v.unit && !choices.unitIds.has(v.unit)) issue("unit", "questionsPublic.error.unit");
      if (kind === "business") {
        const { min, max } = ASK_LIMITS.businessName;
        if (v.businessName.length < min || v.businessName.length > max) {
          issue("businessName", "questionsPublic.error.businessName");
        }
        if (!v.taxCode) issue("taxCode", "questionsPublic.error.taxCodeRequired");
        else if (!normaliseTaxCode(v.taxCode)) issue("taxCode", "questionsPublic.error.taxCode");
      }
      if (kind === "feedback") {
        const { min, max } = ASK_LIMITS.regulation;
        if (!v.regulation) issue("regulation", "questionsPublic.error.regulationRequired");
        else if (v.regulation.length < min || v.regulation.length > max) {
          issue("regulation", "questionsPublic.error.regulationLength");
        }
      }
    });
}

export function askLabels(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of TEXT_FIELDS) labels[f] = t(lang, `questionsPublic.form.${f}`);
  return labels;
}

/** Checks an ask form of a kind against the topics and units offered; messages keyed by field. */
export function parseAsk(
  kind: QuestionKind,
  values: AskFormValues,
  lang: Lang,
  choices: { topicIds: ReadonlySet<string>; unitIds: ReadonlySet<string> },
): { ok: true; value: AskInput } | { ok: false; errors: FieldErrors } {
  const parsed = validate(askSchema(kind, choices), values, lang, askLabels(lang));
  if (!parsed.ok) return parsed;
  const v = parsed.data;
  return {
    ok: true,
    value: {
      kind,
      topicId: v.topic,
      suggestedUnitId: v.unit || null,
      title: v.title,
      body: v.body.replace(/\r\n/g, "\n"),
      showName: values.showName,
      businessName: kind === "business" ? v.businessName : null,
      taxCode: kind === "business" ? normaliseTaxCode(v.taxCode) : null,
      regulation: kind === "feedback" ? v.regulation : null,
    },
  };
}
