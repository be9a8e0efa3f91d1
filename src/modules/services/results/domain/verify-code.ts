import { randomBytes } from "node:crypto";

/**
 * Verification codes printed on receipts and results (and in their QR codes). Anyone holding one sees the document's
 * hash and issuer, so a code must be unguessable: 12 Crockford base32 characters = 60 random bits, which makes
 * guessing pointless even without a rate limiter. Crockford's alphabet leaves out I, L, O and U, so a code typed from
 * paper is read back the same; groups of four keep it readable: `K7Q2-9XMA-PL4D`.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;
export const VERIFY_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function generateVerifyCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(LENGTH);
  let out = "";
  // 256 is a multiple of 32, so `byte % 32` keeps every character equally likely.
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[(bytes[i] ?? 0) % 32];
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8, 12)}`;
}

/**
 * A code as a person types it (lower case, spaces, no dashes, O for 0, I/L for 1) → the canonical form, or null when
 * it cannot be a code at all.
 */
export function normalizeVerifyCode(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (compact.length !== LENGTH) return null;
  const code = `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}`;
  return VERIFY_CODE_PATTERN.test(code) ? code : null;
}

/** The dossier code as the public page shows it: enough to match the paper in hand, not enough to look it up. */
export function maskDossierCode(code: string): string {
  const [head, tail] = code.length > 12 ? [6, 4] : [2, 2];
  if (code.length <= head + tail) return "•".repeat(code.length);
  return `${code.slice(0, head)}${"•".repeat(code.length - head - tail)}${code.slice(-tail)}`;
}
