import type { Role } from "./roles.js";

/** One role held by a staff member, for one site, one unit (and its sub-units), or everywhere (both null). */
export interface Grant {
  role: Role;
  unitId: string | null;
  siteId: string | null;
}

/** The signed-in staff member as routes see them. */
export interface StaffPrincipal {
  id: string;
  username: string;
  fullName: string;
  unitId: string | null;
  grants: Grant[];
  sessionId: string;
}

/**
 * Every route under /admin declares who may use it in its route config, and the auth plugin enforces it before the
 * handler runs (fail-closed: an admin route without `access` is refused). Finer checks (this site, this unit) are
 * done in handlers with `can()` from ./grants.ts.
 *
 *   app.get("/admin/don-vi", { config: { access: { roles: ["system_admin"] } } }, handler)
 *
 * - `{ roles }`: signed in, TOTP done, and holding at least one of these roles somewhere.
 * - `"staff"`: any signed-in staff member (own account pages, admin home).
 * - `"public"`: no sign-in (the sign-in pages themselves).
 */
export type RouteAccess = { roles: readonly Role[] } | "staff" | "public";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Set by the auth plugin when a staff session is valid and fully signed in (password + TOTP). */
    staff: StaffPrincipal | null;
  }
}
