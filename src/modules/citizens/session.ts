import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Executor } from "../../platform/db/transaction.js";
import {
  CITIZEN_SESSION_TOUCH_MS,
  createCitizenSession,
  deleteSession,
  loadSession,
  toPrincipal,
  touchSession,
} from "./store.js";

export const CITIZEN_COOKIE = "congso_citizen";
const TOKEN = /^[\w-]{43}$/;

function cookieOptions(request: FastifyRequest) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "lax" as const,
    secure: request.server.services.config.secureCookies,
  };
}

/** Starts a citizen session (a fresh token every sign-in, so nothing set before sign-in survives it). */
export async function signCitizenIn(
  tx: Executor,
  request: FastifyRequest,
  reply: FastifyReply,
  citizenId: string,
  now: Date,
): Promise<void> {
  // A session this browser had before (another person on a shared computer, or the same one) ends here.
  const previous = citizenToken(request);
  if (previous) await deleteSession(tx, previous);
  const token = await createCitizenSession(tx, citizenId, now);
  // A browser-session cookie: the 8-hour sliding expiry is kept on the server.
  reply.setCookie(CITIZEN_COOKIE, token, cookieOptions(request));
}

export function clearCitizenCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(CITIZEN_COOKIE, cookieOptions(request));
}

export function citizenToken(request: FastifyRequest): string | null {
  const token = request.cookies[CITIZEN_COOKIE];
  return typeof token === "string" && TOKEN.test(token) ? token : null;
}

/**
 * Loads `request.citizen` from the `congso_citizen` cookie. Requests without the cookie (almost every portal visit)
 * never touch the database; an unknown or expired token clears the cookie.
 */
export function installCitizenSessionHook(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    const raw = request.cookies[CITIZEN_COOKIE];
    if (raw === undefined) return;
    const token = citizenToken(request);
    const now = new Date();
    const found = token ? await loadSession(app.services.db, token, now) : null;
    if (!found) {
      clearCitizenCookie(request, reply);
      return;
    }
    request.citizen = toPrincipal(found.citizen);
    if (now.getTime() - found.lastSeenAt.getTime() > CITIZEN_SESSION_TOUCH_MS) {
      await touchSession(app.services.db, found.tokenHash, now);
    }
  });
}

/** Only a local path may follow sign-in ("/tai-khoan/ho-so"), never another site ("//evil", "https://…"). */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 500) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  for (const ch of value) if (ch.charCodeAt(0) < 0x20 || ch === "\u007f") return undefined;
  return value;
}
