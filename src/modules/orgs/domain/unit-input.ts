import { z } from "zod";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { isVietnamesePhone } from "../../../platform/i18n/vietnamese-phone.js";
import type { UnitKind, UnitLeader } from "../tables.js";
import { IDENTIFIER_CODE_PATTERN, SHORT_CODE_PATTERN } from "./unit-codes.js";
import { UNIT_KINDS } from "./unit-tree.js";

export { isUuid, UUID_PATTERN } from "../../../platform/http/uuid.js";

export const MAX_LEADERS = 10;

/** What the unit form shows: every field as typed, so a refused form comes back exactly as it was sent. */
export interface UnitFormValues {
  name_vi: string;
  name_en: string;
  kind: string;
  parent_id: string;
  short_code: string;
  identifier_code: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  sort_order: string;
  leaders: { name: string; position: string; phone: string; email: string }[];
}

/** A form value as a string: absent or of the wrong type reads as empty, a repeated field as its first value. */
export function formString(value: unknown): string {
  if (Array.isArray(value)) return formString(value[0]);
  return typeof value === "string" ? value : "";
}

/** A repeated form field ("leader_name" on every row) as a list of strings. */
export function formList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : ""));
  return typeof value === "string" ? [value] : [];
}

export function unitValuesFromBody(body: unknown): UnitFormValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const names = formList(b.leader_name);
  const positions = formList(b.leader_position);
  const phones = formList(b.leader_phone);
  const emails = formList(b.leader_email);
  const rows = Math.min(
    Math.max(names.length, positions.length, phones.length, emails.length),
    MAX_LEADERS + 5,
  );
  const leaders: UnitFormValues["leaders"] = [];
  for (let i = 0; i < rows; i++) {
    const row = {
      name: names[i] ?? "",
      position: positions[i] ?? "",
      phone: phones[i] ?? "",
      email: emails[i] ?? "",
    };
    // Spare rows the form always offers are dropped when left empty.
    if (Object.values(row).some((v) => v.trim() !== "")) leaders.push(row);
  }
  return {
    name_vi: formString(b.name_vi),
    name_en: formString(b.name_en),
    kind: formString(b.kind),
    parent_id: formString(b.parent_id),
    short_code: formString(b.short_code),
    identifier_code: formString(b.identifier_code),
    address: formString(b.address),
    phone: formString(b.phone),
    email: formString(b.email),
    website: formString(b.website),
    sort_order: formString(b.sort_order),
    leaders,
  };
}

export function unitValuesFromRow(unit: {
  name_vi: string;
  name_en: string;
  kind: UnitKind;
  parent_id: string | null;
  short_code: string;
  identifier_code: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  sort_order: number;
  leaders: UnitLeader[];
}): UnitFormValues {
  return {
    name_vi: unit.name_vi,
    name_en: unit.name_en,
    kind: unit.kind,
    parent_id: unit.parent_id ?? "",
    short_code: unit.short_code,
    identifier_code: unit.identifier_code ?? "",
    address: unit.address ?? "",
    phone: unit.phone ?? "",
    email: unit.email ?? "",
    website: unit.website ?? "",
    sort_order: String(unit.sort_order),
    leaders: unit.leaders.map((l) => ({
      name: l.name,
      position: l.position,
      phone: l.phone ?? "",
      email: l.email ?? "",
    })),
  };
}

/** Optional text: trimmed, "" stored as null, checked only when given. */
function optionalText(max: number, check?: (v: string) => boolean, messageKey?: string) {
  let s = z.string().trim().max(max);
  if (check) s = s.refine((v) => v === "" || check(v), { message: messageKey ?? "validation.invalid" });
  return s.transform((v) => (v === "" ? null : v));
}

const isEmail = (v: string) => z.email().safeParse(v).success;
const isWebsite = (v: string) => {
  if (!/^https?:\/\//.test(v) || /\s/.test(v)) return false;
  try {
    return new URL(v).hostname.includes(".");
  } catch {
    return false;
  }
};

const leaderSchema = z.object({
  name: z.string().trim().min(1).max(120),
  position: z.string().trim().min(1).max(160),
  phone: optionalText(30, isVietnamesePhone, "orgs.unit.phoneFormat"),
  email: optionalText(200, isEmail, "orgs.unit.emailFormat"),
});

/** The unit form's rules; the tree rules (parent, cycles, uniqueness) are checked against the database afterwards. */
export const unitSchema = z.object({
  name_vi: z.string().trim().min(1).max(300),
  name_en: z.string().trim().min(1).max(300),
  kind: z.enum(UNIT_KINDS as [UnitKind, ...UnitKind[]]),
  short_code: z
    .string()
    .trim()
    .min(1)
    .transform((v) => v.toLocaleUpperCase("vi"))
    .pipe(z.string().regex(SHORT_CODE_PATTERN, "orgs.unit.shortCodeFormat")),
  identifier_code: optionalText(20, (v) => IDENTIFIER_CODE_PATTERN.test(v), "orgs.unit.identifierFormat"),
  address: optionalText(500),
  phone: optionalText(30, isVietnamesePhone, "orgs.unit.phoneFormat"),
  email: optionalText(200, isEmail, "orgs.unit.emailFormat"),
  website: optionalText(300, isWebsite, "orgs.unit.websiteFormat"),
  sort_order: z
    .string()
    .trim()
    .transform((v) => (v === "" ? "0" : v))
    .pipe(z.string().regex(/^\d{1,6}$/, "orgs.unit.sortOrderFormat"))
    .transform(Number),
  leaders: z.array(leaderSchema).max(MAX_LEADERS, "orgs.unit.tooManyLeaders"),
});

export type UnitInput = z.output<typeof unitSchema>;

/** The parent chosen on the create and move forms: empty for the province, else a unit id. */
export const parentSchema = z.object({
  parent_id: z
    .string()
    .trim()
    .refine((v) => v === "" || UUID_PATTERN.test(v), { message: "orgs.unit.parentInvalid" })
    .transform((v) => (v === "" ? null : v.toLowerCase())),
});

export function leadersForStorage(leaders: UnitInput["leaders"]): UnitLeader[] {
  return leaders.map((l) => ({
    name: l.name,
    position: l.position,
    ...(l.phone ? { phone: l.phone } : {}),
    ...(l.email ? { email: l.email } : {}),
  }));
}
