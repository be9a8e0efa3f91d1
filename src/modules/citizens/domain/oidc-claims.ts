import { parseIso } from "../../../platform/calendar/domain/civil-date.js";
import { normaliseEmail, normaliseMobile } from "./identity.js";

/** Claims a national-ID provider may call the personal identification number by (VNeID-like providers vary). */
export const ID_NUMBER_CLAIMS = ["id_number", "national_id", "cccd"] as const;

/** What the provider tells us about the person, cleaned: anything malformed is left out, never stored as sent. */
export interface OidcPerson {
  subject: string;
  fullName: string | null;
  birthDate: string | null;
  gender: "male" | "female" | null;
  idNumber: string | null;
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

export function personFromClaims(claims: Record<string, unknown>): OidcPerson | null {
  const subject = str(claims.sub);
  if (!subject || subject.length > 255) return null;
  const name =
    str(claims.name) ??
    ([str(claims.family_name), str(claims.middle_name), str(claims.given_name)].filter(Boolean).join(" ") ||
      null);
  const birth = str(claims.birthdate);
  const idRaw = ID_NUMBER_CLAIMS.map((k) => str(claims[k])).find((v) => v !== null) ?? null;
  const gender = str(claims.gender);
  const email = str(claims.email);
  const phone = str(claims.phone_number);
  return {
    subject,
    fullName: name ? name.normalize("NFC").replace(/\s+/g, " ").slice(0, 120) : null,
    birthDate: birth && /^\d{4}-\d{2}-\d{2}$/.test(birth) && parseIso(birth) !== null ? birth : null,
    gender: gender === "male" || gender === "female" ? gender : null,
    idNumber: idRaw && /^\d{12}$/.test(idRaw) ? idRaw : null,
    email: email ? normaliseEmail(email) : null,
    emailVerified: claims.email_verified === true,
    phone: phone ? normaliseMobile(phone) : null,
    phoneVerified: claims.phone_number_verified === true,
  };
}
