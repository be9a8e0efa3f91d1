import type { Grant, StaffPrincipal } from "./access.js";
import type { Role } from "./roles.js";

/** Where an action happens: a site, a unit, or both (a site belongs to a unit). */
export interface Scope {
  siteId?: string | null | undefined;
  unitId?: string | null | undefined;
}

/**
 * Whether a grant covers a scope. A global grant covers everything; a site grant covers that site only; a unit grant
 * covers the unit and, when `unitAncestors` is given, every unit below it (ancestors of the scope's unit).
 */
export function grantCovers(grant: Grant, scope: Scope, unitAncestors: readonly string[] = []): boolean {
  if (grant.siteId === null && grant.unitId === null) return true;
  if (grant.siteId !== null) return scope.siteId === grant.siteId;
  if (grant.unitId !== null) {
    if (scope.unitId === grant.unitId) return true;
    return unitAncestors.includes(grant.unitId);
  }
  return false;
}

/** Pure permission check: system admins may do everything; others need the role granted over the scope. */
export function can(
  principal: Pick<StaffPrincipal, "grants"> | null,
  roles: Role | readonly Role[],
  scope: Scope = {},
  unitAncestors: readonly string[] = [],
): boolean {
  if (!principal) return false;
  const wanted: readonly Role[] = typeof roles === "string" ? [roles] : roles;
  return principal.grants.some(
    (g) => g.role === "system_admin" || (wanted.includes(g.role) && grantCovers(g, scope, unitAncestors)),
  );
}

/** Whether the principal holds any of the roles anywhere (used for route-level access). */
export function holdsAnyRole(
  principal: Pick<StaffPrincipal, "grants"> | null,
  roles: readonly Role[],
): boolean {
  if (!principal) return false;
  return principal.grants.some((g) => g.role === "system_admin" || roles.includes(g.role));
}

/** Site ids the principal may act on with one of the roles; "all" for system admins and global grants. */
export function sitesFor(
  principal: Pick<StaffPrincipal, "grants">,
  roles: readonly Role[],
): "all" | string[] {
  const ids = new Set<string>();
  for (const g of principal.grants) {
    if (g.role === "system_admin") return "all";
    if (!roles.includes(g.role)) continue;
    if (g.siteId === null && g.unitId === null) return "all";
    if (g.siteId) ids.add(g.siteId);
  }
  return [...ids];
}
