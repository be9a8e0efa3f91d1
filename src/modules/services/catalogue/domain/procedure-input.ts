import { z } from "zod";
import { servicesCatalogue } from "../../../../platform/i18n/catalogues/services-catalogue.js";
import { registerCatalogue, t } from "../../../../platform/i18n/index.js";
import { slugFromText } from "../../../../platform/i18n/vietnamese-slug.js";
import type { FeeExemption } from "../../fees/domain/fee-notice.js";
import { checkFeeFields, formatFeeLine, parseExemptions, parseFeeLines } from "../../fees/domain/fee-text.js";
import { deriveOnlineClass } from "../../fees/domain/online-class.js";
import type { OnlineClass } from "../../tables.js";
import {
  feeExemptionSchema,
  ONLINE_CLASSES,
  type ProcedureDocument,
  type ProcedureFee,
  type ProcedureStep,
  procedureDocumentSchema,
  procedureFeeSchema,
  procedureStepSchema,
} from "./procedure.js";
import { type FormField, formFieldSchema, formFieldsSchema } from "./procedure-form.js";
import { foldSearch } from "./text.js";

registerCatalogue(servicesCatalogue);

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** The editor form and the import row as typed: every value a string (lists one item per line or per ";"). */
export interface ProcedureFormValues {
  code: string;
  name: string;
  field: string;
  unit_id: string;
  level: string;
  /** Decree 42/2022 settings: the online class is derived from them (fees/domain/online-class.ts). */
  online_submission: boolean;
  online_payment: boolean;
  electronic_result: boolean;
  legal_basis: string;
  processing_days: string;
  result_type: string;
  postal_return: boolean;
  applicants: string;
  conditions: string;
  documents: string;
  fees: string;
  fee_exemptions: string;
  fee_note: string;
  steps: string;
  form_fields: string;
  published: boolean;
}

/** The fields in form order: errors are listed in this order. */
export const PROCEDURE_FIELDS = [
  "code",
  "name",
  "field",
  "unit_id",
  "level",
  "online_submission",
  "processing_days",
  "legal_basis",
  "result_type",
  "applicants",
  "conditions",
  "documents",
  "fees",
  "fee_exemptions",
  "fee_note",
  "steps",
  "form_fields",
] as const;
export type ProcedureFieldName = (typeof PROCEDURE_FIELDS)[number];

export function emptyProcedureValues(): ProcedureFormValues {
  return {
    code: "",
    name: "",
    field: "",
    unit_id: "",
    level: "",
    online_submission: true,
    online_payment: false,
    electronic_result: false,
    legal_basis: "",
    processing_days: "",
    result_type: "",
    postal_return: false,
    applicants: "",
    conditions: "",
    documents: "",
    fees: "",
    fee_exemptions: "",
    fee_note: "",
    steps: "",
    form_fields: "",
    published: true,
  };
}

/** What is written to the database (camel case; the store maps it to columns). */
export interface ProcedureInput {
  code: string;
  name: string;
  field: string;
  unitId: string;
  level: number;
  /** Derived from the three settings and the fee list on every save and import. */
  onlineClass: OnlineClass;
  onlineSubmission: boolean;
  onlinePayment: boolean;
  electronicResult: boolean;
  legalBasis: string;
  processingDays: number;
  resultType: string;
  postalReturn: boolean;
  applicants: string;
  conditions: string;
  documents: ProcedureDocument[];
  fees: ProcedureFee[];
  feeExemptions: FeeExemption[];
  feeNote: string;
  steps: ProcedureStep[];
  formFields: FormField[];
  published: boolean;
}

const UUID_SCHEMA = z.uuid();

export const PROCEDURE_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,59}$/;

const procedureInputSchema = z.object({
  code: z.string().regex(PROCEDURE_CODE),
  name: z.string().min(1).max(500),
  field: z.string().min(1).max(200),
  unitId: z.uuid(),
  level: z.number().int().min(1).max(4),
  onlineClass: z.enum(ONLINE_CLASSES),
  onlineSubmission: z.boolean(),
  onlinePayment: z.boolean(),
  electronicResult: z.boolean(),
  legalBasis: z.string().max(5000),
  processingDays: z.number().int().min(0).max(365),
  resultType: z.string().max(500),
  postalReturn: z.boolean(),
  applicants: z.string().max(2000),
  conditions: z.string().max(5000),
  documents: z.array(procedureDocumentSchema).max(50),
  fees: z.array(procedureFeeSchema).max(30),
  feeExemptions: z.array(feeExemptionSchema).max(30),
  feeNote: z.string().max(1000),
  steps: z.array(procedureStepSchema).max(30),
  formFields: formFieldsSchema,
  published: z.boolean(),
});

/** A problem of one field, as an i18n key and its parameters (the view or the import report words it). */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

export type ParsedList<T> = { items: T[]; problems: FieldProblem[] };

function splitItems(text: string, separator: "line" | ";"): string[] {
  const parts = separator === "line" ? text.split(/\r?\n/) : text.split(/[;\n]/);
  return parts.map((p) => p.normalize("NFC").trim()).filter((p) => p !== "");
}

const REQUIRED_MARK = /\s*\(\s*(kh[oôố]ng\s+)?b[aắ]t\s+bu[oộ]c\s*\)\s*$/iu;

/**
 * Required documents, one per item: "Tờ khai đề nghị (bắt buộc)", "Bản sao CCCD". The "(bắt buộc)" mark makes it
 * required ("(không bắt buộc)" or no mark: optional). An item keeps the key and template of the existing document of
 * the same name (ignoring case and diacritics), so editing the list never detaches dossier files from their papers.
 */
export function parseDocuments(
  text: string,
  separator: "line" | ";",
  existing: readonly ProcedureDocument[] = [],
): ParsedList<ProcedureDocument> {
  const items: ProcedureDocument[] = [];
  const problems: FieldProblem[] = [];
  const byName = new Map(existing.map((d) => [foldSearch(d.name), d]));
  const usedKeys = new Set<string>();
  splitItems(text, separator).forEach((item, i) => {
    const mark = REQUIRED_MARK.exec(item);
    const required = mark ? !mark[1] : false;
    const name = (mark ? item.slice(0, mark.index) : item).trim();
    if (name === "" || name.length > 500) {
      problems.push({ key: "svcCat.err.documentItem", params: { n: i + 1 } });
      return;
    }
    const old = byName.get(foldSearch(name));
    let key = old && !usedKeys.has(old.key) ? old.key : slugFromText(name, 36) || "giay-to";
    if (usedKeys.has(key)) {
      let n = 2;
      while (usedKeys.has(`${key}-${n}`)) n++;
      key = `${key}-${n}`;
    }
    usedKeys.add(key);
    items.push({
      key,
      name,
      required,
      copies: old?.copies ?? 1,
      ...(old?.templateSha256 ? { templateSha256: old.templateSha256 } : {}),
      ...(old?.templateName ? { templateName: old.templateName } : {}),
    });
  });
  return { items, problems };
}

/** Fee lines, fixed or computed from the form (syntax in fees/domain/fee-text.ts). */
export function parseFees(text: string, separator: "line" | ";"): ParsedList<ProcedureFee> {
  return parseFeeLines(text, separator);
}

const ROLE_ALIASES: Record<string, ProcedureStep["role"]> = {
  "mot cua": "one_stop_officer",
  "bo phan mot cua": "one_stop_officer",
  "tiep nhan": "one_stop_officer",
  one_stop_officer: "one_stop_officer",
  "chuyen vien": "specialist",
  specialist: "specialist",
  "lanh dao": "leader",
  leader: "leader",
};

export const STEP_ROLE_LABEL: Record<ProcedureStep["role"], string> = {
  one_stop_officer: "một cửa",
  specialist: "chuyên viên",
  leader: "lãnh đạo",
};

/** Steps "Thẩm định hồ sơ | chuyên viên | 7" (name, who: một cửa / chuyên viên / lãnh đạo, working days, 0,5 allowed). */
export function parseSteps(text: string, separator: "line" | ";"): ParsedList<ProcedureStep> {
  const items: ProcedureStep[] = [];
  const problems: FieldProblem[] = [];
  splitItems(text, separator).forEach((item, i) => {
    const parts = item.split("|").map((p) => p.trim());
    const role = ROLE_ALIASES[foldSearch(parts[1] ?? "")];
    const daysText = (parts[2] ?? "").replace(",", ".");
    const days = Number(daysText);
    if (parts.length !== 3 || !parts[0] || !role || !/^\d{1,3}(\.\d{1,2})?$/.test(daysText) || days > 365) {
      problems.push({ key: "svcCat.err.stepItem", params: { n: i + 1, item: item.slice(0, 80) } });
      return;
    }
    items.push({ name: parts[0], role, days });
  });
  return { items, problems };
}

/** The standard applicant fields a procedure's form starts with when none are given. */
export function defaultFormFields(): FormField[] {
  return [
    {
      key: "fullName",
      label: "Họ và tên người nộp",
      type: "text",
      required: true,
      maxLength: 200,
      prefill: "fullName",
    },
    { key: "phone", label: "Số điện thoại", type: "phone", required: true, prefill: "phone" },
    { key: "email", label: "Thư điện tử", type: "email", required: false, prefill: "email" },
    {
      key: "idNumber",
      label: "Số định danh cá nhân (CCCD)",
      type: "id_number",
      required: true,
      prefill: "idNumber",
    },
    {
      key: "address",
      label: "Địa chỉ liên hệ",
      type: "text",
      required: true,
      maxLength: 300,
      prefill: "address",
    },
  ];
}

/** The form fields as JSON (an array of { key, label, type, required, … }); the messages name the item and its part. */
export function parseFormFields(text: string): ParsedList<FormField> {
  const trimmed = text.trim();
  if (trimmed === "") return { items: [], problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return { items: [], problems: [{ key: "svcCat.err.formJson" }] };
  }
  if (!Array.isArray(raw)) return { items: [], problems: [{ key: "svcCat.err.formJson" }] };
  const problems: FieldProblem[] = [];
  const items: FormField[] = [];
  raw.forEach((entry, i) => {
    const r = formFieldSchema.safeParse(entry);
    if (r.success) {
      if (r.data.type === "select" && (r.data.options ?? []).length === 0) {
        problems.push({ key: "svcCat.err.formOptions", params: { n: i + 1 } });
      } else items.push(r.data);
      return;
    }
    const issue = r.error.issues[0];
    const part = String(issue?.path[0] ?? "");
    problems.push({ key: "svcCat.err.formItem", params: { n: i + 1, part: part || "?" } });
  });
  if (problems.length === 0) {
    const keys = new Set<string>();
    for (const f of items) {
      if (keys.has(f.key)) problems.push({ key: "svcCat.err.formDuplicate", params: { key: f.key } });
      keys.add(f.key);
    }
    if (items.length > 100) problems.push({ key: "svcCat.err.formTooMany" });
  }
  return { items, problems };
}

export type CheckResult =
  | { ok: true; input: ProcedureInput }
  | { ok: false; problems: Partial<Record<ProcedureFieldName, FieldProblem>> };

function intOf(text: string): number {
  const s = text.trim();
  return /^\d{1,6}$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * Checks the values of one procedure (the editor's form or an import row) and builds the input to store. Every field
 * of SPEC §B1 is checked, plus the rules between them: the online class of Decree 42/2022/NĐ-CP matches the legacy
 * level (toàn trình = level 4, một phần = level 3 or 4, none = level 1 or 2), and the steps fit in the processing time.
 */
export function checkProcedure(
  values: ProcedureFormValues,
  opts: {
    separator: "line" | ";";
    existingDocuments?: readonly ProcedureDocument[];
    existingExemptions?: readonly FeeExemption[];
    /** The form the procedure will have when the form field is left empty (import: kept or the standard one). */
    fallbackFormFields?: readonly FormField[];
  } = { separator: "line" },
): CheckResult {
  const problems: Partial<Record<ProcedureFieldName, FieldProblem>> = {};
  const set = (f: ProcedureFieldName, key: string, params?: Record<string, string | number>) => {
    if (!problems[f]) problems[f] = params ? { key, params } : { key };
  };
  const text = (s: string) => s.normalize("NFC").trim();
  const code = text(values.code);
  const name = text(values.name).replace(/\s+/g, " ");
  const field = text(values.field).replace(/\s+/g, " ");
  if (code === "") set("code", "svcCat.err.required");
  else if (!PROCEDURE_CODE.test(code)) set("code", "svcCat.err.code");
  if (name === "") set("name", "svcCat.err.required");
  else if (name.length > 500) set("name", "svcCat.err.tooLong", { max: 500 });
  if (field === "") set("field", "svcCat.err.required");
  else if (field.length > 200) set("field", "svcCat.err.tooLong", { max: 200 });
  const unitId = values.unit_id.trim().toLowerCase();
  if (unitId === "") set("unit_id", "svcCat.err.unitRequired");
  else if (!UUID_SCHEMA.safeParse(unitId).success) set("unit_id", "svcCat.err.unitUnknown");
  const level = intOf(values.level);
  if (values.level.trim() === "") set("level", "svcCat.err.required");
  else if (!(level >= 1 && level <= 4)) set("level", "svcCat.err.level");
  const days = intOf(values.processing_days);
  if (values.processing_days.trim() === "") set("processing_days", "svcCat.err.required");
  else if (!(days >= 0 && days <= 365)) set("processing_days", "svcCat.err.days");
  const longText = (f: ProcedureFieldName, v: string, max: number) => {
    const s = text(v);
    if (s.length > max) set(f, "svcCat.err.tooLong", { max });
    return s;
  };
  const legalBasis = longText("legal_basis", values.legal_basis, 5000);
  const resultType = longText("result_type", values.result_type, 500);
  const applicants = longText("applicants", values.applicants, 2000);
  const conditions = longText("conditions", values.conditions, 5000);
  const feeNote = longText("fee_note", values.fee_note, 1000);

  const documents = parseDocuments(values.documents, opts.separator, opts.existingDocuments ?? []);
  if (documents.problems[0]) set("documents", documents.problems[0].key, documents.problems[0].params);
  else if (documents.items.length > 50) set("documents", "svcCat.err.tooMany", { max: 50 });
  const fees = parseFees(values.fees, opts.separator);
  if (fees.problems[0]) set("fees", fees.problems[0].key, fees.problems[0].params);
  else if (fees.items.length > 30) set("fees", "svcCat.err.tooMany", { max: 30 });
  const steps = parseSteps(values.steps, opts.separator);
  if (steps.problems[0]) set("steps", steps.problems[0].key, steps.problems[0].params);
  else if (steps.items.length > 30) set("steps", "svcCat.err.tooMany", { max: 30 });
  const form = parseFormFields(values.form_fields);
  if (form.problems[0]) set("form_fields", form.problems[0].key, form.problems[0].params);
  const exemptions = parseExemptions(
    values.fee_exemptions,
    opts.separator,
    documents.items,
    opts.existingExemptions ?? [],
  );
  if (exemptions.problems[0])
    set("fee_exemptions", exemptions.problems[0].key, exemptions.problems[0].params);
  else if (exemptions.items.length > 30) set("fee_exemptions", "svcCat.err.tooMany", { max: 30 });
  if (!problems.fees && !problems.form_fields) {
    const fields = form.items.length > 0 ? form.items : (opts.fallbackFormFields ?? []);
    const feeProblem = checkFeeFields(fees.items, fields);
    if (feeProblem) set("fees", feeProblem.key, feeProblem.params);
  }

  const onlineClass = deriveOnlineClass({
    onlineSubmission: values.online_submission,
    onlinePayment: values.online_payment,
    electronicResult: values.electronic_result,
    hasFees: fees.items.length > 0,
  });
  if (!problems.level) {
    const fits = onlineClass === "full" ? level === 4 : onlineClass === "partial" ? level >= 3 : level <= 2;
    if (!fits) set("level", `svcCat.err.classLevel.${onlineClass}`);
  }
  if (!problems.steps && !problems.processing_days && steps.items.length > 0) {
    const total = steps.items.reduce((s, x) => s + x.days, 0);
    if (total > days + 1e-9)
      set("steps", "svcCat.err.stepsTooLong", { total: String(total).replace(".", ","), days });
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const input: ProcedureInput = {
    code,
    name,
    field,
    unitId,
    level,
    onlineClass,
    onlineSubmission: values.online_submission,
    onlinePayment: values.online_payment,
    electronicResult: values.electronic_result,
    legalBasis,
    processingDays: days,
    resultType,
    postalReturn: values.postal_return,
    applicants,
    conditions,
    documents: documents.items,
    fees: fees.items,
    feeExemptions: exemptions.items,
    feeNote,
    steps: steps.items,
    formFields: form.items,
    published: values.published,
  };
  // The schema of the JSON columns is the last word (the other parts read these columns with it).
  const final = procedureInputSchema.safeParse(input);
  if (!final.success) {
    const f = String(final.error.issues[0]?.path[0] ?? "name");
    const map: Record<string, ProcedureFieldName> = {
      formFields: "form_fields",
      unitId: "unit_id",
      onlineClass: "online_submission",
      onlineSubmission: "online_submission",
      onlinePayment: "online_submission",
      electronicResult: "online_submission",
      feeExemptions: "fee_exemptions",
      processingDays: "processing_days",
    };
    set(
      map[f] ?? ((PROCEDURE_FIELDS as readonly string[]).includes(f) ? (f as ProcedureFieldName) : "name"),
      "svcCat.err.invalid",
    );
    return { ok: false, problems };
  }
  return { ok: true, input };
}

/** A problem worded in Vietnamese, naming the field: "Tên thủ tục: không được để trống." */
export function problemMessage(field: ProcedureFieldName, p: FieldProblem): string {
  return tv(p.key, { field: tv(`svcCat.f.${field}`), ...p.params });
}

export function formatDocuments(docs: readonly ProcedureDocument[], separator: "\n" | "; "): string {
  return docs.map((d) => (d.required ? `${d.name} (bắt buộc)` : d.name)).join(separator);
}

export function formatFees(fees: readonly ProcedureFee[], separator: "\n" | "; "): string {
  return fees.map(formatFeeLine).join(separator);
}

export function formatSteps(steps: readonly ProcedureStep[], separator: "\n" | "; "): string {
  return steps
    .map((s) => `${s.name} | ${STEP_ROLE_LABEL[s.role]} | ${String(s.days).replace(".", ",")}`)
    .join(separator);
}
