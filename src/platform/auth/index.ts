import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { Redis } from "ioredis";
import { registerAdminNav } from "../admin/shell.js";
import { AppError } from "../http/errors.js";
import { auth as authCatalogue } from "../i18n/catalogues/auth.js";
import { registerCatalogue } from "../i18n/index.js";
import { type AdminRoute, enforceAccess, recordAdminRoute } from "./access-guard.js";
import { accountRoutes } from "./account-routes.js";
import { submittedCsrfToken, tokensEqual, UNSAFE_METHODS } from "./csrf.js";
import { SIGN_OUT_PATH } from "./flow.js";
import { adminHomeRoute } from "./home-route.js";
import { CSRF_COOKIE, cookieOptions, sessionData } from "./request-state.js";
import { loadRequestAuth } from "./session-loader.js";
import { signInRoutes } from "./sign-in-routes.js";

export { type AdminRoute, listAdminRoutes } from "./access-guard.js";
export { resetStaffPassword, resetStaffTotp } from "./account-admin.js";
export { generateTemporaryPassword, hashPassword, passwordProblem, verifyPassword } from "./passwords.js";
export { SESSION_COOKIE } from "./request-state.js";

registerCatalogue(authCatalogue);

/**
 * Staff authentication for the whole app: loads the session on every request, enforces each /admin route's declared
 * access (fail-closed), checks CSRF on every unsafe request, and serves sign-in, sign-out, the admin home and the
 * own-account pages. Its hooks must see every route, so it is not encapsulated (`skip-override`), and it must be
 * registered before the modules.
 */
async function authPluginImpl(app: FastifyInstance): Promise<void> {
  const { config } = app.services;

  app.decorateRequest("authSession", null);
  app.decorateRequest("sessionUser", null);
  app.decorateRequest("anonCsrf", null);

  const routes: AdminRoute[] = [];
  app.decorate("adminRoutes", routes);
  app.addHook("onRoute", (route) => recordAdminRoute(routes, route));

  // Rate limits are opt-in per route (`config.rateLimit`), shared across app nodes through Redis when configured.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : null;
  if (redis) {
    redis.on("error", () => {});
    app.addHook("onClose", async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  await app.register(rateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: `${config.redisPrefix}rl:` } : {}),
  });

  app.addHook("onRequest", async (request, reply) => {
    await loadRequestAuth(request, reply);
    return enforceAccess(request, reply);
  });

  app.addHook("preHandler", async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    // No route matched: the answer is a 404 whatever the token.
    if (!request.routeOptions.url) return;
    if (request.routeOptions.config.csrf === false) return;
    // Signing out without a session changes nothing, so a stale form must not end on an error page.
    if (request.routeOptions.url === SIGN_OUT_PATH && !request.authSession) return;
    const expected = request.authSession
      ? sessionData(request.authSession).csrf
      : request.anonCsrf?.fromCookie
        ? request.anonCsrf.token
        : undefined;
    if (!tokensEqual(expected, submittedCsrfToken(request))) {
      throw new AppError(403, "csrf_failed", "errors.csrf");
    }
  });

  app.addHook("onSend", async (request, reply, payload) => {
    if (request.anonCsrf && !request.anonCsrf.fromCookie) {
      reply.setCookie(CSRF_COOKIE, request.anonCsrf.token, cookieOptions(config.secureCookies));
    }
    return payload;
  });

  registerAdminNav({ label: "Trang quản trị", href: "/admin", roles: "staff", order: 0 });

  await app.register(signInRoutes);
  await app.register(accountRoutes);
  await app.register(adminHomeRoute);
}

export const authPlugin = Object.assign(authPluginImpl, {
  [Symbol.for("skip-override")]: true,
  [Symbol.for("fastify.display-name")]: "auth",
});
