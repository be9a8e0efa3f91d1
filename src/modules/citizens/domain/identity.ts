import { isVietnamesePhone, mobileMsisdn } from "../../../platform/i18n/vietnamese-phone.js";

/**
 * How citizens write who they are, normalised once so the same person is always the same row: email lower-case NFC,
 * a mobile number as E.164 without "+" ("84912345678", the form the SMS and Zalo gateways take).
 */

export type Destination = { channel: "email"; value: string } | { channel: "phone"; value: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(input: string): string | null {
  const value = input.normalize("NFC").trim().toLowerCase();
  if (value.length > 254 || !EMAIL.test(value)) return null;
  return value;
}

/** A Vietnamese mobile number ("0905 123 456", "+84 905 123 456") → "84905123456"; landlines and hotlines cannot get SMS. */
export function normaliseMobile(input: string): string | null {
  const text = input.normalize("NFC").trim();
  return isVietnamesePhone(text) ? mobileMsisdn(text) : null;
}

/** "84905123456" → "0905 123 456", as people read it. */
export function displayMobile(e164: string): string {
  const local = e164.startsWith("84") ? `0${e164.slice(2)}` : e164;
  return local.length === 10 ? `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}` : local;
}

/** An email address or a mobile number, told apart by the "@". */
export function parseDestination(input: string): Destination | null {
  if (input.includes("@")) {
    const email = normaliseEmail(input);
    return email ? { channel: "email", value: email } : null;
  }
  const phone = normaliseMobile(input);
  return phone ? { channel: "phone", value: phone } : null;
}

/** What the verify page shows of the destination: enough to recognise it, not enough to harvest it. */
export function maskDestination(d: Destination): string {
  if (d.channel === "phone") {
    const shown = displayMobile(d.value).replace(/\s/g, "");
    return `${shown.slice(0, 3)}****${shown.slice(-3)}`;
  }
  const [local = "", domain = ""] = d.value.split("@");
  const keep = local.length <= 2 ? local.slice(0, 1) : local.slice(0, 2);
  return `${keep}***@${domain}`;
}

/**
 * Province codes of the personal identification number (Circular 07/2016/TT-BCA, Art. 7): the first 3 of its 12
 * digits are where the birth was registered.
 */
export const ID_PROVINCE_CODES: ReadonlySet<string> = new Set(
  (
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 " +
    "042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 " +
    "086 087 089 091 092 093 094 095 096"
  ).split(" "),
);

export interface IdNumberFacts {
  province: string;
  gender: "male" | "female";
  birthYear: number;
}

/**
 * Reads a 12-digit personal identification number (CCCD): province code, then a digit for gender and century
 * (0/1 = male/female born 1900–1999, 2/3 = 2000–2099, 4/5 = 2100–2199 …), the last two digits of the birth year,
 * and a 6-digit serial. Null when it cannot be one.
 */
export function readIdNumber(text: string): IdNumberFacts | null {
  if (!/^\d{12}$/.test(text)) return null;
  const province = text.slice(0, 3);
  if (!ID_PROVINCE_CODES.has(province)) return null;
  const g = Number(text[3]);
  const century = 1900 + Math.floor(g / 2) * 100;
  return { province, gender: g % 2 === 0 ? "male" : "female", birthYear: century + Number(text.slice(4, 6)) };
}

export { normaliseTaxCode } from "../../../platform/i18n/vietnamese-tax-code.js";
