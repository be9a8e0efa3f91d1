import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

/**
 * One-time sign-in codes (SPEC "Auth"): 6 digits, valid 10 minutes, 5 wrong tries per code, at most 3 codes per
 * email address or phone number in any 15 minutes. Codes are kept only as an HMAC under the install's secret, so a
 * copy of the table does not give them away (a plain hash of 6 digits would, in a million tries).
 */
export const OTP_POLICY = {
  digits: 6,
  ttlMs: 10 * 60_000,
  maxAttempts: 5,
  maxPerDestination: 3,
  windowMs: 15 * 60_000,
} as const;

export function generateCode(): string {
  return String(randomInt(0, 10 ** OTP_POLICY.digits)).padStart(OTP_POLICY.digits, "0");
}

/** The stored form of a code: bound to its challenge, so the same digits never hash alike twice. */
export function hashCode(secret: string, challengeId: string, code: string): string {
  return createHmac("sha256", secret).update(`${challengeId}:${code}`).digest("hex");
}

/** Compares in constant time (the hashes have a fixed length, so nothing leaks through the comparison either). */
export function codeMatches(secret: string, challengeId: string, code: string, storedHash: string): boolean {
  const given = Buffer.from(hashCode(secret, challengeId, code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** What a person types: spaces and dashes are ignored ("123 456"); null unless 6 digits remain. */
export function typedCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${OTP_POLICY.digits}}$`).test(digits) ? digits : null;
}

export interface ChallengeState {
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

export type ChallengeStatus = "open" | "expired" | "locked" | "used";

/** Whether a code may still be tried against this challenge. */
export function challengeStatus(c: ChallengeState, now: Date): ChallengeStatus {
  if (c.consumedAt) return "used";
  if (c.attempts >= OTP_POLICY.maxAttempts) return "locked";
  if (now.getTime() >= c.expiresAt.getTime()) return "expired";
  return "open";
}

export type Verdict =
  | { kind: "ok" }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "locked" }
  | { kind: "expired" }
  | { kind: "used" };

/** The outcome of one try: a wrong code uses up an attempt; the 5th wrong one locks the challenge. */
export function judgeAttempt(c: ChallengeState, matches: boolean, now: Date): Verdict {
  const status = challengeStatus(c, now);
  if (status !== "open") return { kind: status };
  if (matches) return { kind: "ok" };
  const left = OTP_POLICY.maxAttempts - (c.attempts + 1);
  return left <= 0 ? { kind: "locked" } : { kind: "wrong", attemptsLeft: left };
}

/**
 * Whether one more code may go to a destination, given when the earlier ones were issued; when not, how long until
 * the oldest one in the window leaves it.
 */
export function sendDecision(
  issuedAt: readonly Date[],
  now: Date,
): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const from = now.getTime() - OTP_POLICY.windowMs;
  const inWindow = issuedAt
    .map((d) => d.getTime())
    .filter((ms) => ms > from)
    .sort((a, b) => a - b);
  if (inWindow.length < OTP_POLICY.maxPerDestination) return { allowed: true };
  const oldest = inWindow[inWindow.length - OTP_POLICY.maxPerDestination] ?? now.getTime();
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((oldest + OTP_POLICY.windowMs - now.getTime()) / 1000)),
  };
}
