import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from "fastify";
import { sendAdminPage } from "../admin/shell.js";
import { AppError, forbidden, unauthorized } from "../http/errors.js";
import { wantsHtml } from "../http/request-context.js";
import { t } from "../i18n/index.js";
import type { RouteAccess } from "../rbac/access.js";
import { holdsAnyRole } from "../rbac/grants.js";
import { FORCED_PASSWORD_PATH, SIGN_IN_PATH, SIGN_OUT_PATH, stagePath } from "./flow.js";
import { sessionData } from "./request-state.js";

export interface AdminRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

export function isAdminUrl(url: string | undefined): boolean {
  return url !== undefined && (url === "/admin" || url.startsWith("/admin/"));
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every /admin route registered so far, with its declared access (see listAdminRoutes). */
    adminRoutes: AdminRoute[];
  }
}

/** Records admin routes as they are registered (an onRoute hook), so tests can walk every one of them. */
export function recordAdminRoute(routes: AdminRoute[], route: RouteOptions): void {
  if (!isAdminUrl(route.url)) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods) {
    routes.push({ method: String(method).toUpperCase(), url: route.url, access: route.config?.access });
  }
}

/** The admin routes of an app (method, URL pattern, declared access), HEAD routes that mirror a GET left out. */
export function listAdminRoutes(app: FastifyInstance): AdminRoute[] {
  const routes = app.adminRoutes ?? [];
  const gets = new Set(routes.filter((r) => r.method === "GET").map((r) => r.url));
  return routes.filter((r) => !(r.method === "HEAD" && gets.has(r.url)));
}

/** Pages a person who must change their password may still open. */
const PASSWORD_GATE_EXEMPT = new Set([FORCED_PASSWORD_PATH, SIGN_OUT_PATH]);

function isPageRequest(request: FastifyRequest): boolean {
  return (request.method === "GET" || request.method === "HEAD") && wantsHtml(request);
}

/**
 * Enforces a route's declared access before its body is even parsed. Fail-closed: an admin route that declares
 * nothing is refused to everyone.
 */
export async function enforceAccess(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  const url = request.routeOptions.url;
  if (!isAdminUrl(url)) return undefined;
  const access = request.routeOptions.config.access;
  if (access === undefined) {
    request.log.warn({ url }, "admin route without declared access refused");
    throw forbidden();
  }
  if (access === "public") return undefined;

  const session = request.authSession;
  const user = request.sessionUser;
  if (!session || !user) {
    if (isPageRequest(request)) {
      return reply.redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(request.url)}`, 303);
    }
    throw unauthorized();
  }
  const stage = sessionData(session).stage;
  if (stage !== "full" || !request.staff) {
    if (isPageRequest(request)) return reply.redirect(stagePath(stage), 303);
    throw unauthorized();
  }
  if (user.mustChangePassword && !PASSWORD_GATE_EXEMPT.has(url ?? "")) {
    if (isPageRequest(request)) return reply.redirect(FORCED_PASSWORD_PATH, 303);
    throw new AppError(403, "password_change_required", "auth.account.forcedIntro");
  }
  if (access === "staff") return undefined;
  if (holdsAnyRole(request.staff, access.roles)) return undefined;
  if (wantsHtml(request)) {
    const lang = request.lang;
    return sendAdminPage(
      request,
      reply,
      t(lang, "auth.forbidden.title"),
      <p>{t(lang, "auth.forbidden.body")}</p>,
      403,
    );
  }
  throw forbidden();
}
