import { z } from "zod";
import { isoOf, parseIso, parseViDate, vnDayOf } from "../../../platform/calendar/domain/civil-date.js";
import { formatViDate } from "../../../platform/calendar/index.js";
import { type FieldErrors, validate } from "../../../platform/http/validation.js";
import type { Lang } from "../../../platform/i18n/index.js";
import { t } from "../../../platform/i18n/index.js";
import { normaliseTaxCode, readIdNumber } from "./identity.js";

/** The profile form as typed (strings), kept to re-show after an error. */
export interface ProfileFormValues {
  fullName: string;
  idNumber: string;
  birthDate: string;
  gender: string;
  address: string;
  businessName: string;
  taxCode: string;
}

/**
 * What is stored (and, with id and contact, what a signed-in citizen carries): birth date as ISO, tax code digits
 * only, empty text as null.
 */
export interface ProfileUpdate {
  fullName: string;
  idNumber: string | null;
  /** "yyyy-mm-dd". */
  birthDate: string | null;
  gender: "male" | "female" | "other" | null;
  address: string | null;
  businessName: string | null;
  taxCode: string | null;
}

export const PROFILE_FIELDS = [
  "fullName",
  "idNumber",
  "birthDate",
  "gender",
  "address",
  "businessName",
  "taxCode",
] as const;

const text = (max: number) => z.string().trim().max(max).default("");

/** Only the form's own string fields; anything else is ignored, an array (repeated field) counts as invalid. */
export function profileFormValues(body: unknown): ProfileFormValues {
  const src = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const out = {} as Record<(typeof PROFILE_FIELDS)[number], string>;
  for (const f of PROFILE_FIELDS) {
    const v = src[f];
    out[f] = typeof v === "string" ? v.slice(0, 1000) : "";
  }
  return out;
}

/** The stored profile as the form shows it (dd/mm/yyyy). */
export function profileToForm(p: {
  fullName: string;
  idNumber: string | null;
  birthDate: string | null;
  gender: string | null;
  address: string | null;
  businessName: string | null;
  taxCode: string | null;
}): ProfileFormValues {
  const day = p.birthDate ? parseIso(p.birthDate) : null;
  return {
    fullName: p.fullName,
    idNumber: p.idNumber ?? "",
    birthDate: day === null ? "" : formatViDate(day),
    gender: p.gender ?? "",
    address: p.address ?? "",
    businessName: p.businessName ?? "",
    taxCode: p.taxCode ?? "",
  };
}

function profileSchema(now: Date) {
  const today = vnDayOf(now);
  return z
    .object({
      fullName: z.string().trim().min(1).min(2).max(120),
      idNumber: text(20),
      birthDate: text(20),
      gender: z.enum(["", "male", "female", "other"]).default(""),
      address: text(300),
      businessName: text(200),
      taxCode: text(20),
    })
    .superRefine((v, ctx) => {
      const id = v.idNumber ? readIdNumber(v.idNumber.replace(/\s/g, "")) : null;
      if (v.idNumber && !id) {
        ctx.addIssue({ code: "custom", path: ["idNumber"], message: "citizens.profile.error.idNumber" });
      }
      let birthDay: number | null = null;
      if (v.birthDate) {
        birthDay = parseViDate(v.birthDate);
        if (birthDay === null) {
          ctx.addIssue({ code: "custom", path: ["birthDate"], message: "citizens.profile.error.birthDate" });
        } else if (birthDay > today || birthDay < parseIso("1900-01-01")!) {
          ctx.addIssue({
            code: "custom",
            path: ["birthDate"],
            message: "citizens.profile.error.birthDateRange",
          });
          birthDay = null;
        }
      }
      if (id && birthDay !== null && Number(isoOf(birthDay).slice(0, 4)) !== id.birthYear) {
        ctx.addIssue({ code: "custom", path: ["idNumber"], message: "citizens.profile.error.idBirthYear" });
      } else if (id && (v.gender === "male" || v.gender === "female") && v.gender !== id.gender) {
        ctx.addIssue({ code: "custom", path: ["idNumber"], message: "citizens.profile.error.idGender" });
      }
      if (v.taxCode && !normaliseTaxCode(v.taxCode)) {
        ctx.addIssue({ code: "custom", path: ["taxCode"], message: "citizens.profile.error.taxCode" });
      }
      if (v.businessName && !v.taxCode) {
        ctx.addIssue({ code: "custom", path: ["taxCode"], message: "citizens.profile.error.taxCodeNeeded" });
      }
      if (v.taxCode && !v.businessName) {
        ctx.addIssue({
          code: "custom",
          path: ["businessName"],
          message: "citizens.profile.error.businessNameNeeded",
        });
      }
    });
}

export function profileLabels(lang: Lang): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const f of PROFILE_FIELDS) labels[f] = t(lang, `citizens.profile.${f}`);
  return labels;
}

/** Validates the profile form (SPEC §B8): messages per field in the reader's language, or the row to store. */
export function parseProfile(
  values: ProfileFormValues,
  lang: Lang,
  now: Date,
): { ok: true; value: ProfileUpdate } | { ok: false; errors: FieldErrors } {
  const parsed = validate(profileSchema(now), values, lang, profileLabels(lang));
  if (!parsed.ok) return parsed;
  const v = parsed.data;
  const birthDay = v.birthDate ? parseViDate(v.birthDate) : null;
  return {
    ok: true,
    value: {
      fullName: v.fullName.normalize("NFC").replace(/\s+/g, " "),
      idNumber: v.idNumber ? v.idNumber.replace(/\s/g, "") : null,
      birthDate: birthDay === null ? null : isoOf(birthDay),
      gender: v.gender === "" ? null : v.gender,
      address: v.address ? v.address.normalize("NFC") : null,
      businessName: v.businessName ? v.businessName.normalize("NFC") : null,
      taxCode: v.taxCode ? normaliseTaxCode(v.taxCode) : null,
    },
  };
}
