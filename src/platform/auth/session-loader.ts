import type { FastifyReply, FastifyRequest } from "fastify";
import {
  CSRF_COOKIE,
  clearSessionCookie,
  FULL_SESSION_TTL_SECONDS,
  SESSION_COOKIE,
  sessionData,
  TOUCH_AFTER_MS,
} from "./request-state.js";
import { isSessionId } from "./session-store.js";
import { loadGrants, loadSessionUser } from "./store.js";

const CSRF_TOKEN = /^[\w-]{43}$/;

/**
 * Loads the session named by the cookie, its account and, once fully signed in, the grants: at most three lookups,
 * once per request. A session whose account was deactivated or deleted is destroyed on the spot.
 */
export async function loadRequestAuth(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const anon = request.cookies[CSRF_COOKIE];
  if (typeof anon === "string" && CSRF_TOKEN.test(anon)) request.anonCsrf = { token: anon, fromCookie: true };

  const sid = request.cookies[SESSION_COOKIE];
  if (sid === undefined) return;
  const { sessions, db } = request.server.services;
  const session = isSessionId(sid) ? await sessions.get(sid) : null;
  if (!session) {
    clearSessionCookie(request, reply);
    return;
  }
  if (!session.userId) {
    request.authSession = session;
    return;
  }
  const user = await loadSessionUser(db, session.userId);
  if (!user) {
    await sessions.destroy(session.id);
    clearSessionCookie(request, reply);
    return;
  }
  request.authSession = session;
  request.sessionUser = user;
  const data = sessionData(session);
  if (data.stage !== "full") return;
  request.staff = {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    unitId: user.unitId,
    grants: await loadGrants(db, user.id),
    sessionId: session.id,
  };
  // Sliding expiry, written at most once a minute.
  if (Date.now() - (data.touchedAt ?? 0) > TOUCH_AFTER_MS) {
    session.data = { ...session.data, touchedAt: Date.now() };
    await sessions.update(session.id, session.data, FULL_SESSION_TTL_SECONDS);
  }
}
