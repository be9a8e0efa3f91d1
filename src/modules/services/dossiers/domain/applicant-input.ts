import "../catalogue.js";
import { type Lang, t } from "../../../../platform/i18n/index.js";
import { isVietnamesePhone } from "../../../../platform/i18n/vietnamese-phone.js";
import type { Applicant, Channel, OnlineClass } from "../../tables.js";
import { isEmail, normalizeIdNumber } from "./form-schema.js";

export const APPLICANT_FIELDS = ["fullName", "phone", "email", "idNumber", "address"] as const;
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];
export const applicantFieldName = (f: ApplicantField) => `ap_${f}`;

export const CHANNELS: readonly Channel[] = ["online", "counter", "post"];
export const APPLICANT_MAX_LENGTH: Record<ApplicantField, number> = {
  fullName: 200,
  phone: 30,
  email: 254,
  idNumber: 20,
  address: 500,
};

/** Where the dossier comes from: the public online form, or an officer at the counter. */
export type SubmissionMode = "online" | "counter";

export interface ChannelRules {
  receipt: readonly Channel[];
  return: readonly Channel[];
}

/**
 * Which receipt and return channels a procedure offers. Online: papers as attached files, or sent by post; at the
 * counter the receipt is the counter itself. Results come back at the centre, online only for full-online
 * procedures (Decree 42/2022 "toàn trình"), and by post only where the procedure allows postal return.
 */
export function channelRules(
  procedure: { online_class: OnlineClass; postal_return: boolean },
  mode: SubmissionMode,
): ChannelRules {
  const ret: Channel[] = [];
  if (procedure.online_class === "full") ret.push("online");
  ret.push("counter");
  if (procedure.postal_return) ret.push("post");
  return { receipt: mode === "counter" ? ["counter"] : ["online", "post"], return: ret };
}

export interface SubmissionMeta {
  applicant: Applicant;
  receiptChannel: Channel;
  returnChannel: Channel;
}

export type MetaParse = { ok: true; value: SubmissionMeta } | { ok: false; errors: Record<string, string> };

function str(v: unknown): string {
  if (typeof v === "string") return v.normalize("NFC").trim();
  if (Array.isArray(v) && typeof v[0] === "string") return String(v[0]).normalize("NFC").trim();
  return "";
}

/**
 * Validates the applicant block, the channels and the consent box (field name → Vietnamese message). `coveredBy`
 * names the procedure's own form fields that already ask for an applicant detail (a field prefilled from the
 * profile's phone, say): the value is read from there and the applicant block does not ask twice.
 */
export function parseSubmissionMeta(
  body: Record<string, unknown>,
  procedure: { online_class: OnlineClass; postal_return: boolean },
  mode: SubmissionMode,
  lang: Lang = "vi",
  coveredBy: Partial<Record<ApplicantField, string>> = {},
): MetaParse {
  const errors: Record<string, string> = {};
  const label = (f: ApplicantField) => t(lang, `submission.applicant.${f}`);
  const nameOf = (f: ApplicantField) => coveredBy[f] ?? applicantFieldName(f);
  const raw = Object.fromEntries(APPLICANT_FIELDS.map((f) => [f, str(body[nameOf(f)])])) as Record<
    ApplicantField,
    string
  >;
  for (const f of APPLICANT_FIELDS) {
    if ([...raw[f]].length > APPLICANT_MAX_LENGTH[f])
      errors[nameOf(f)] = t(lang, "submission.error.tooLong", {
        field: label(f),
        max: APPLICANT_MAX_LENGTH[f],
      });
  }
  if (raw.fullName === "")
    errors[nameOf("fullName")] = t(lang, "submission.error.required", {
      field: label("fullName"),
    });
  if (raw.phone !== "" && !isVietnamesePhone(raw.phone))
    errors[nameOf("phone")] ??= t(lang, "submission.error.phone", { field: label("phone") });
  if (raw.email !== "" && !isEmail(raw.email))
    errors[nameOf("email")] ??= t(lang, "submission.error.email", { field: label("email") });
  if (raw.phone === "" && raw.email === "") errors[nameOf("phone")] = t(lang, "submission.error.contact");
  let idNumber: string | undefined;
  if (raw.idNumber !== "") {
    const id = normalizeIdNumber(raw.idNumber);
    if (id === null)
      errors[nameOf("idNumber")] ??= t(lang, "submission.error.idNumber", {
        field: label("idNumber"),
      });
    else idNumber = id;
  }

  const rules = channelRules(procedure, mode);
  const receiptRaw = mode === "counter" ? "counter" : str(body.receiptChannel);
  const returnRaw = str(body.returnChannel);
  const receipt = rules.receipt.find((c) => c === receiptRaw);
  const ret = rules.return.find((c) => c === returnRaw);
  if (!receipt)
    errors.receiptChannel = t(lang, "submission.error.channel", {
      field: t(lang, "submission.receiptChannel"),
    });
  if (!ret) {
    errors.returnChannel =
      returnRaw === "post"
        ? t(lang, "submission.error.postNotAllowed")
        : t(lang, "submission.error.channel", { field: t(lang, "submission.returnChannel") });
  }
  if ((receipt === "post" || ret === "post") && raw.address === "")
    errors[nameOf("address")] ??= t(lang, "submission.error.addressForPost");
  if (mode === "online" && str(body.consent) === "") errors.consent = t(lang, "submission.error.consent");

  if (Object.keys(errors).length > 0 || !receipt || !ret) return { ok: false, errors };
  const applicant: Applicant = { fullName: raw.fullName.replace(/\s+/g, " ") };
  if (raw.phone) applicant.phone = raw.phone;
  if (raw.email) applicant.email = raw.email.toLowerCase();
  if (idNumber) applicant.idNumber = idNumber;
  if (raw.address) applicant.address = raw.address;
  return { ok: true, value: { applicant, receiptChannel: receipt, returnChannel: ret } };
}

/** The procedure's form fields that stand for applicant details (the first field prefilled from each). */
export function applicantCoverage(
  fields: readonly { key: string; prefill?: string | undefined }[],
): Partial<Record<ApplicantField, string>> {
  const out: Partial<Record<ApplicantField, string>> = {};
  for (const f of fields) {
    const p = f.prefill as ApplicantField | undefined;
    if (p && (APPLICANT_FIELDS as readonly string[]).includes(p) && out[p] === undefined)
      out[p] = `fd_${f.key}`;
  }
  return out;
}
