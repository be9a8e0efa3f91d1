import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { Secret, TOTP } from "otpauth";

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step before or after the current one are accepted (clock drift of a phone). */
export const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

const ISSUER = "Cổng số";

function totpFor(secret: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A fresh 160-bit secret in base32, the form authenticator apps take for manual entry. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI the QR code carries. */
export function totpUri(secret: string, username: string): string {
  return totpFor(secret, username).toString();
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a given time step (tests and the enrolment check use it). */
export function totpCodeAt(secret: string, step: number): string {
  return totpFor(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "reused" };

/**
 * Checks a 6-digit code within ±1 step of `now`, refusing a step already used (RFC 6238 §5.2: a verifier must not
 * accept the same code twice). Pure apart from the HMAC.
 */
export function checkTotp(secret: string, code: string, now: Date, usedSteps: readonly number[]): TotpCheck {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return { ok: false, reason: "invalid" };
  const delta = totpFor(secret).validate({
    token,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  if (delta === null) return { ok: false, reason: "invalid" };
  const step = totpStep(now) + delta;
  if (usedSteps.includes(step)) return { ok: false, reason: "reused" };
  return { ok: true, step };
}

/** The used-steps list to store after accepting `step`: only steps still inside the window matter. */
export function rememberStep(usedSteps: readonly number[], step: number, now: Date): number[] {
  const oldest = totpStep(now) - TOTP_WINDOW - 1;
  return [...usedSteps.filter((s) => s >= oldest && s !== step), step].sort((a, b) => a - b);
}

const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten one-time codes such as "k7m2q-zt9wh" (about 49 bits each). */
export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes: string[] = [];
  for (let c = 0; c < count; c++) {
    let code = "";
    for (let i = 0; i < 10; i++) {
      if (i === 5) code += "-";
      code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
    }
    codes.push(code);
  }
  return codes;
}

/** How a typed recovery code is compared: case, spaces and the dash do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[a-z0-9]{10}$/.test(normalizeRecoveryCode(code));
}

export function hashRecoveryCodes(codes: readonly string[]): Promise<string[]> {
  return Promise.all(codes.map((c) => hash(normalizeRecoveryCode(c))));
}

/** Index of the stored hash the code matches, or -1. */
export async function findRecoveryCode(hashes: readonly string[], code: string): Promise<number> {
  const normalized = normalizeRecoveryCode(code);
  if (!looksLikeRecoveryCode(normalized)) return -1;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    if (h && (await verify(h, normalized).catch(() => false))) return i;
  }
  return -1;
}
