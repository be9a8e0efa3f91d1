import { UUID_PATTERN } from "../../../../platform/http/uuid.js";
import { dateProblems, parseViDate } from "./dates.js";
import { type DocType, docTypeByKey } from "./doc-types.js";
import { type LegalField, legalFieldByKey } from "./fields.js";
import { abbreviationProblem, type NumberSymbol, parseNumberSymbol, yearProblem } from "./number-symbol.js";
import { type FieldProblems, problem } from "./problem.js";
import { parseReplacementRef, type ReplacementRef } from "./replacement.js";

/** The register form as typed: every field a string, so a refused form comes back exactly as it was sent. */
export interface DocumentFormValues {
  number_symbol: string;
  doc_type: string;
  /** A unit id, OTHER_ISSUER for a body outside the units table, or "" when not chosen. */
  issuer_unit_id: string;
  issuer_other: string;
  signer_name: string;
  signer_position: string;
  issued_on: string;
  effective_on: string;
  expires_on: string;
  replaced_by: string;
  field: string;
  summary: string;
  published: boolean;
}

export const OTHER_ISSUER = "khac";

export const LIMITS = {
  issuerName: 300,
  signerName: 120,
  signerPosition: 200,
  summary: 2000,
  summaryMin: 5,
  replacedBy: 150,
} as const;

export type Issuer = { kind: "unit"; unitId: string } | { kind: "other"; name: string };

/** A register entry that passed every rule that needs no database. */
export interface DocumentFields {
  numberSymbol: NumberSymbol;
  type: DocType;
  issuer: Issuer;
  signerName: string | null;
  signerPosition: string | null;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  replacedBy: ReplacementRef | null;
  field: LegalField | null;
  summary: string;
  published: boolean;
}

export function emptyDocumentValues(): DocumentFormValues {
  return {
    number_symbol: "",
    doc_type: "",
    issuer_unit_id: "",
    issuer_other: "",
    signer_name: "",
    signer_position: "",
    issued_on: "",
    effective_on: "",
    expires_on: "",
    replaced_by: "",
    field: "",
    summary: "",
    published: true,
  };
}

function optional(text: string): string | null {
  const t = text.trim().replace(/\s+/g, " ");
  return t === "" ? null : t;
}

/**
 * Checks a register entry: the number/symbol's shape and its agreement with the kind (Decree 30/2020/NĐ-CP), the
 * dates (dd/mm/yyyy, real days, effective ≥ issued, expiry after effect, not issued after `today`), lengths, and the
 * fixed lists. What needs the database (issuer within the person's units, duplicates, the replacing document) is
 * checked by the caller on the returned fields.
 */
export function checkDocumentValues(
  values: DocumentFormValues,
  today: string,
): { ok: true; data: DocumentFields } | { ok: false; problems: FieldProblems } {
  const problems: FieldProblems = {};

  const type = values.doc_type === "" ? undefined : docTypeByKey(values.doc_type);
  if (values.doc_type === "") problems.doc_type = problem("legal.type.required");
  else if (!type) problems.doc_type = problem("legal.type.unknown");

  const issuedOn = values.issued_on.trim() === "" ? null : parseViDate(values.issued_on);
  if (values.issued_on.trim() === "") problems.issued_on = problem("legal.date.issuedRequired");
  else if (!issuedOn) problems.issued_on = problem("legal.date.invalid");
  else if (issuedOn > today) problems.issued_on = problem("legal.date.issuedInFuture");

  const parsedNs = parseNumberSymbol(values.number_symbol);
  if (!parsedNs.ok) problems.number_symbol = parsedNs.problem;
  else {
    const agreement = type ? abbreviationProblem(parsedNs.value, type) : null;
    const year = issuedOn ? yearProblem(parsedNs.value, issuedOn) : null;
    if (agreement) problems.number_symbol = agreement;
    else if (year) problems.number_symbol = year;
  }

  let issuer: Issuer | null = null;
  if (values.issuer_unit_id === OTHER_ISSUER) {
    const name = optional(values.issuer_other);
    if (!name) problems.issuer_other = problem("legal.issuer.otherRequired");
    else if (name.length > LIMITS.issuerName)
      problems.issuer_other = problem("legal.tooLong", { max: LIMITS.issuerName });
    else issuer = { kind: "other", name };
  } else if (values.issuer_unit_id === "") {
    problems.issuer_unit_id = problem("legal.issuer.required");
  } else if (!UUID_PATTERN.test(values.issuer_unit_id)) {
    problems.issuer_unit_id = problem("legal.issuer.notAllowed");
  } else {
    issuer = { kind: "unit", unitId: values.issuer_unit_id.toLowerCase() };
  }

  const signerName = optional(values.signer_name);
  if (signerName && signerName.length > LIMITS.signerName)
    problems.signer_name = problem("legal.tooLong", { max: LIMITS.signerName });
  const signerPosition = optional(values.signer_position);
  if (signerPosition && signerPosition.length > LIMITS.signerPosition)
    problems.signer_position = problem("legal.tooLong", { max: LIMITS.signerPosition });

  const effectiveOn = values.effective_on.trim() === "" ? null : parseViDate(values.effective_on);
  if (values.effective_on.trim() !== "" && !effectiveOn)
    problems.effective_on = problem("legal.date.invalid");
  const expiresOn = values.expires_on.trim() === "" ? null : parseViDate(values.expires_on);
  if (values.expires_on.trim() !== "" && !expiresOn) problems.expires_on = problem("legal.date.invalid");
  if (issuedOn) {
    const order = dateProblems({ issuedOn, effectiveOn, expiresOn });
    if (order.effective_on && !problems.effective_on) problems.effective_on = order.effective_on;
    if (order.expires_on && !problems.expires_on) problems.expires_on = order.expires_on;
  }

  let replacedBy: ReplacementRef | null = null;
  if (values.replaced_by.trim().length > LIMITS.replacedBy)
    problems.replaced_by = problem("legal.tooLong", { max: LIMITS.replacedBy });
  else replacedBy = parseReplacementRef(values.replaced_by);

  const field = values.field === "" ? null : (legalFieldByKey(values.field) ?? null);
  if (values.field !== "" && !field) problems.field = problem("legal.field.unknown");

  const summary = values.summary.trim();
  if (summary === "") problems.summary = problem("legal.summary.required");
  else if (summary.length < LIMITS.summaryMin)
    problems.summary = problem("legal.tooShort", { min: LIMITS.summaryMin });
  else if (summary.length > LIMITS.summary)
    problems.summary = problem("legal.tooLong", { max: LIMITS.summary });

  if (Object.keys(problems).length > 0 || !parsedNs.ok || !type || !issuedOn || !issuer) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    data: {
      numberSymbol: parsedNs.value,
      type,
      issuer,
      signerName,
      signerPosition,
      issuedOn,
      effectiveOn,
      expiresOn,
      replacedBy,
      field,
      summary,
      published: values.published,
    },
  };
}
