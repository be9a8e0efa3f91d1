import { parseViDate, viDate } from "../../../../platform/calendar/vn-day.js";
import { isVietnamesePhone } from "../../../../platform/i18n/vietnamese-phone.js";
import { dayDiff } from "./licence-state.js";

/** The form as typed (every field a string), kept to show it back with the errors. */
export interface LicenceFormValues {
  licence_number: string;
  issuing_body: string;
  issued_on: string;
  expires_on: string;
  domains: string;
  hosting_provider: string;
  hosting_location: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  notes: string;
}

export const LICENCE_FIELDS = [
  "licence_number",
  "issuing_body",
  "issued_on",
  "expires_on",
  "domains",
  "hosting_provider",
  "hosting_location",
  "contact_name",
  "contact_phone",
  "contact_email",
  "notes",
] as const satisfies readonly (keyof LicenceFormValues)[];

/** What is stored: dates as ISO days, blanks as null, domains as a list. */
export interface LicenceInput {
  licence_number: string | null;
  issuing_body: string | null;
  issued_on: string | null;
  expires_on: string | null;
  domains: string[];
  hosting_provider: string | null;
  hosting_location: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  notes: string | null;
}

/** A problem with one field: an i18n key (read with the field's label as {field}) and its parameters. */
export interface FieldProblem {
  key: string;
  params?: Record<string, string | number>;
}

const MAX: Record<keyof LicenceFormValues, number> = {
  licence_number: 100,
  issuing_body: 300,
  issued_on: 10,
  expires_on: 10,
  domains: 2000,
  hosting_provider: 300,
  hosting_location: 300,
  contact_name: 200,
  contact_phone: 30,
  contact_email: 320,
  notes: 2000,
};

const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const EMAIL = /^[^\s@<>(),;:"]+@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const MAX_DOMAINS = 10;

export function licenceValuesFromBody(body: unknown): LicenceFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const out = {} as LicenceFormValues;
  for (const f of LICENCE_FIELDS) {
    const v = b[f];
    // Oversized input is cut so it can be shown back; the length check below still reports it.
    out[f] = typeof v === "string" ? v.normalize("NFC").slice(0, MAX[f] + 1) : "";
  }
  return out;
}

export function valuesFromLicence(row: LicenceInput | undefined): LicenceFormValues {
  return {
    licence_number: row?.licence_number ?? "",
    issuing_body: row?.issuing_body ?? "",
    issued_on: row?.issued_on ? viDate(row.issued_on) : "",
    expires_on: row?.expires_on ? viDate(row.expires_on) : "",
    domains: (row?.domains ?? []).join("\n"),
    hosting_provider: row?.hosting_provider ?? "",
    hosting_location: row?.hosting_location ?? "",
    contact_name: row?.contact_name ?? "",
    contact_phone: row?.contact_phone ?? "",
    contact_email: row?.contact_email ?? "",
    notes: row?.notes ?? "",
  };
}

/**
 * Checks a registry entry. The security contact (name and e-mail) is always required: the reminders go to it.
 * A licence number brings its issuing body and both dates with it; dates are dd/mm/yyyy and the expiry comes after
 * the issue date.
 */
export function checkLicence(
  values: LicenceFormValues,
):
  | { ok: true; input: LicenceInput }
  | { ok: false; problems: Partial<Record<keyof LicenceFormValues, FieldProblem>> } {
  const problems: Partial<Record<keyof LicenceFormValues, FieldProblem>> = {};
  const v = {} as Record<keyof LicenceFormValues, string>;
  for (const f of LICENCE_FIELDS) {
    v[f] = values[f].trim();
    if (v[f].length > MAX[f]) problems[f] = { key: "registry.err.tooLong", params: { max: MAX[f] } };
  }
  const orNull = (s: string) => (s === "" ? null : s);

  const dates: Record<"issued_on" | "expires_on", string | null> = { issued_on: null, expires_on: null };
  for (const f of ["issued_on", "expires_on"] as const) {
    if (problems[f] || v[f] === "") continue;
    const iso = parseViDate(v[f]);
    if (!iso) problems[f] = { key: "registry.err.date" };
    else dates[f] = iso;
  }
  if (v.licence_number !== "") {
    if (v.issuing_body === "" && !problems.issuing_body)
      problems.issuing_body = { key: "registry.err.withLicence" };
    for (const f of ["issued_on", "expires_on"] as const) {
      if (v[f] === "" && !problems[f]) problems[f] = { key: "registry.err.withLicence" };
    }
  } else if ((v.issued_on !== "" || v.expires_on !== "") && !problems.licence_number) {
    problems.licence_number = { key: "registry.err.numberForDates" };
  }
  if (dates.issued_on && dates.expires_on && dayDiff(dates.issued_on, dates.expires_on) <= 0) {
    problems.expires_on = { key: "registry.err.expiryOrder", params: { issued: viDate(dates.issued_on) } };
  }

  const domains = [
    ...new Set(
      v.domains
        .split(/[\s,;]+/)
        .map((d) =>
          d
            .toLowerCase()
            .replace(/^https?:\/\//, "")
            .replace(/\/+$/, ""),
        )
        .filter((d) => d !== ""),
    ),
  ];
  if (!problems.domains) {
    const bad = domains.find((d) => !HOST.test(d));
    if (bad) problems.domains = { key: "registry.err.domain", params: { domain: bad } };
    else if (domains.length > MAX_DOMAINS)
      problems.domains = { key: "registry.err.tooManyDomains", params: { max: MAX_DOMAINS } };
  }

  if (v.contact_name === "" && !problems.contact_name)
    problems.contact_name = { key: "registry.err.required" };
  if (!problems.contact_email) {
    if (v.contact_email === "") problems.contact_email = { key: "registry.err.required" };
    else if (!EMAIL.test(v.contact_email)) problems.contact_email = { key: "registry.err.email" };
  }
  if (!problems.contact_phone && v.contact_phone !== "" && !isVietnamesePhone(v.contact_phone)) {
    problems.contact_phone = { key: "registry.err.phone" };
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      licence_number: orNull(v.licence_number),
      issuing_body: orNull(v.issuing_body),
      issued_on: dates.issued_on,
      expires_on: dates.expires_on,
      domains,
      hosting_provider: orNull(v.hosting_provider),
      hosting_location: orNull(v.hosting_location),
      contact_name: orNull(v.contact_name),
      contact_phone: orNull(v.contact_phone),
      contact_email: v.contact_email === "" ? null : v.contact_email.toLowerCase(),
      notes: orNull(v.notes),
    },
  };
}
