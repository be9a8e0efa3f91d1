import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The public comment form cannot use the session CSRF token: the article page is cached and shared by every
 * reader. Instead the form carries a token signed with the install's secret, naming the article and when the page
 * was rendered. A token for another article, a forged one, one used seconds after rendering (a bot) or a day
 * later is refused; the reader then gets the form back with a fresh token.
 */
export const TOKEN_MIN_AGE_MS = 3_000;
export const TOKEN_MAX_AGE_MS = 24 * 3600_000;
/** Clock skew tolerated between app nodes. */
const FUTURE_SKEW_MS = 60_000;

export type TokenCheck = "ok" | "invalid" | "tooFast" | "expired";

function signature(secret: string, contentId: string, issuedAt: number): string {
  return createHmac("sha256", secret).update(`comment:${contentId}:${issuedAt}`).digest("base64url");
}

export function issueFormToken(secret: string, contentId: string, nowMs: number): string {
  return `${nowMs.toString(36)}.${signature(secret, contentId, nowMs)}`;
}

export function checkFormToken(secret: string, token: unknown, contentId: string, nowMs: number): TokenCheck {
  if (typeof token !== "string" || token.length > 200) return "invalid";
  const m = /^([0-9a-z]{1,12})\.([\w-]{43})$/.exec(token);
  if (!m?.[1] || !m[2]) return "invalid";
  const issuedAt = Number.parseInt(m[1], 36);
  const expected = Buffer.from(signature(secret, contentId, issuedAt));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const age = nowMs - issuedAt;
  if (age < -FUTURE_SKEW_MS) return "invalid";
  if (age < TOKEN_MIN_AGE_MS) return "tooFast";
  if (age > TOKEN_MAX_AGE_MS) return "expired";
  return "ok";
}

/** A keyed hash of the sender's address: rate limits work across app nodes without storing the IP. */
export function ipHash(secret: string, ip: string): string {
  return createHmac("sha256", secret).update(`ip:${ip}`).digest("base64url").slice(0, 32);
}
