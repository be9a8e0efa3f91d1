/** Who may sign a dossier's result and download its issued documents (staff side). */
import type { Role } from "../../../platform/rbac/roles.js";
import { DOSSIER_VIEW_ROLES } from "../lifecycle/access.js";
import type { DossierState, RolesOver } from "../lifecycle/domain/state-machine.js";

/** The dossier page's viewers (the same roles as the staff dossier page). */
export const VIEW_ROLES = DOSSIER_VIEW_ROLES;
export const SIGN_ROLES: readonly Role[] = ["specialist", "leader", "system_admin"];

/** States in which the holding unit signs the result (the same rule as the dossier page's canSignResult). */
export const SIGN_STATES: readonly DossierState[] = ["processing", "awaiting_approval", "result_ready"];

export function mayView(roles: RolesOver): boolean {
  return roles.systemAdmin || [...roles.current, ...roles.receiving].some((r) => VIEW_ROLES.includes(r));
}

/** The leader or a specialist of the unit holding the dossier, or the system administrator. */
export function holdsSignRole(roles: RolesOver): boolean {
  return roles.systemAdmin || roles.current.some((r) => r === "leader" || r === "specialist");
}
