import type { Grant } from "../../../../platform/rbac/access.js";
import { can } from "../../../../platform/rbac/grants.js";
import type { Role } from "../../../../platform/rbac/roles.js";

/** Who keeps the catalogue: system admins everywhere; leaders and one-stop officers for their unit and the units below. */
export const CATALOGUE_ROLES: readonly Role[] = ["system_admin", "leader", "one_stop_officer"];
const UNIT_ROLES: readonly Role[] = ["leader", "one_stop_officer"];

export interface ScopeUnit {
  id: string;
  parent_id: string | null;
}

/** The units above a unit, nearest first (a grant on a district covers its communes). */
export function ancestorsOf(units: readonly ScopeUnit[], unitId: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const out: string[] = [];
  let current = byId.get(unitId)?.parent_id ?? null;
  while (current !== null && !out.includes(current)) {
    out.push(current);
    current = byId.get(current)?.parent_id ?? null;
  }
  return out;
}

/** Whether the person may create, edit, publish or import procedures of this unit. */
export function mayKeepCatalogue(
  principal: { grants: Grant[] } | null,
  units: readonly ScopeUnit[],
  unitId: string,
): boolean {
  return can(principal, UNIT_ROLES, { unitId }, ancestorsOf(units, unitId));
}

/** The units whose procedures the person keeps: "all" for system admins. */
export function catalogueScope<U extends ScopeUnit>(
  principal: { grants: Grant[] } | null,
  units: readonly U[],
): "all" | U[] {
  if (
    principal?.grants.some(
      (g) =>
        g.role === "system_admin" || (UNIT_ROLES.includes(g.role) && g.unitId === null && g.siteId === null),
    )
  )
    return "all";
  return units.filter((u) => mayKeepCatalogue(principal, units, u.id));
}
