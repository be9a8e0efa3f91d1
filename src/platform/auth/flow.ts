import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { AuditActor } from "../audit/index.js";
import { safeReturnPath } from "../ui/prefs.js";
import { renderDocument } from "../ui/render.js";
import {
  type AuthSessionData,
  type AuthStage,
  FULL_SESSION_TTL_SECONDS,
  newCsrfToken,
  PENDING_SESSION_TTL_SECONDS,
  sessionData,
  setSessionCookie,
} from "./request-state.js";

export const SIGN_IN_PATH = "/admin/dang-nhap";
export const TOTP_PATH = "/admin/dang-nhap/ma-xac-thuc";
export const ENROL_PATH = "/admin/dang-nhap/thiet-lap-xac-thuc";
export const SIGN_OUT_PATH = "/admin/dang-xuat";
export const FORCED_PASSWORD_PATH = "/admin/tai-khoan/doi-mat-khau";
export const ACCOUNT_PATH = "/admin/tai-khoan";

/** The page a sign-in stage continues on. */
export function stagePath(stage: AuthStage): string {
  return stage === "mfa" ? TOTP_PATH : stage === "enrol" ? ENROL_PATH : "/admin";
}

/** Where to go after signing in: an admin page given in `next`, never another site or the sign-in pages. */
export function afterSignInPath(next: unknown): string {
  const path = safeReturnPath(next, "/admin");
  if (path !== "/admin" && !path.startsWith("/admin/") && !path.startsWith("/admin?")) return "/admin";
  if (path.startsWith(SIGN_IN_PATH) || path.startsWith(SIGN_OUT_PATH)) return "/admin";
  return path;
}

/** A string field of a parsed form body ("" when absent or not a string). */
export function formField(body: unknown, name: string): string {
  if (!body || typeof body !== "object") return "";
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

export function sendBarePage(reply: FastifyReply, page: JSX.Element, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(renderDocument(page));
}

/** The person signing in, as the audit log records them before they are fully signed in. */
export function accountActor(request: FastifyRequest, account: { id: string; full_name: string } | null) {
  const actor: AuditActor = {
    id: account?.id ?? null,
    name: account?.full_name ?? null,
    ip: request.ip ?? null,
    requestId: request.id ?? null,
  };
  return actor;
}

/**
 * Replaces the request's session with a new one (new id, new CSRF token) at every privilege change, so a session id
 * planted before sign-in is worthless afterwards (no fixation).
 */
export async function rotateSession(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  data: Omit<AuthSessionData, "csrf">,
): Promise<void> {
  const store = request.server.services.sessions;
  if (request.authSession) await store.destroy(request.authSession.id);
  const full: AuthSessionData = { ...data, csrf: newCsrfToken(), touchedAt: Date.now() };
  const ttl = data.stage === "full" ? FULL_SESSION_TTL_SECONDS : PENDING_SESSION_TTL_SECONDS;
  const session = await store.create(userId, { ...full }, ttl);
  request.authSession = session;
  if (request.staff) request.staff.sessionId = session.id;
  setSessionCookie(request, reply, session);
}

/** Saves a change to the current session's data. */
export async function saveSessionData(
  request: FastifyRequest,
  patch: Partial<AuthSessionData>,
): Promise<void> {
  const session = request.authSession;
  if (!session) return;
  session.data = { ...sessionData(session), ...patch };
  await request.server.services.sessions.update(session.id, session.data);
}
