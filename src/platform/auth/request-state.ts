import { randomBytes } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionRecord } from "./session-store.js";

export const SESSION_COOKIE = "congso_sid";
/** Double-submit CSRF cookie for visitors without a session (sign-in page, public forms). */
export const CSRF_COOKIE = "congso_csrf";

/** A signed-in session lasts 8 hours from the last request (sliding), a half-done sign-in 10 minutes. */
export const FULL_SESSION_TTL_SECONDS = 8 * 3600;
export const PENDING_SESSION_TTL_SECONDS = 10 * 60;
/** Expiry is pushed forward at most once a minute, not on every request. */
export const TOUCH_AFTER_MS = 60_000;

/**
 * Where a session is in the sign-in flow: password checked and waiting for a TOTP code ("mfa"), password checked
 * but no TOTP yet ("enrol"), or fully signed in ("full").
 */
export type AuthStage = "mfa" | "enrol" | "full";

export interface AuthSessionData {
  csrf: string;
  stage: AuthStage;
  /** Wrong TOTP codes in this sign-in attempt. */
  totpFailures?: number;
  /** The secret being enrolled, until a code proves the phone has it. */
  enrolSecret?: string;
  flash?: string;
  /** Where to go once signed in. */
  next?: string;
  /** When the previous sign-in happened (shown on the account page). */
  previousLoginAt?: string | null;
  /** Epoch ms of the last expiry push. */
  touchedAt?: number;
}

/** The account behind a session, as far as the sign-in gates need it (loaded once per request). */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  unitId: string | null;
  mustChangePassword: boolean;
  totpEnrolled: boolean;
  lastLoginAt: Date | null;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The server-side session named by the cookie, when it exists and has not expired. */
    authSession: SessionRecord | null;
    /** The account of that session (any stage), or null. */
    sessionUser: SessionUser | null;
    /** CSRF token handed to a visitor without a session; written to the cookie in onSend when newly made. */
    anonCsrf: { token: string; fromCookie: boolean } | null;
  }
  interface FastifyContextConfig {
    /**
     * `false` exempts a route from the CSRF check. Only for requests that carry no cookie credentials, such as JSON
     * API calls authenticated by a bearer token; every form route keeps the check.
     */
    csrf?: false;
  }
}

export function newCsrfToken(): string {
  return randomBytes(32).toString("base64url");
}

export function sessionData(session: SessionRecord): AuthSessionData {
  return session.data as unknown as AuthSessionData;
}

export function cookieOptions(secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: SessionRecord): void {
  reply.setCookie(SESSION_COOKIE, session.id, cookieOptions(request.server.services.config.secureCookies));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request.server.services.config.secureCookies));
}

/** The CSRF token for this request's forms: the session's, else the visitor's double-submit cookie token. */
export function requestCsrfToken(request: FastifyRequest): string {
  if (request.authSession) return sessionData(request.authSession).csrf;
  if (!request.anonCsrf) request.anonCsrf = { token: newCsrfToken(), fromCookie: false };
  return request.anonCsrf.token;
}
