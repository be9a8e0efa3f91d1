/**
 * Staff roles over a dossier's units (the role grants, resolved against the unit tree), for the transition service and
 * the dossier page.
 */
import type { Executor } from "../../../platform/db/transaction.js";
import type { Grant } from "../../../platform/rbac/access.js";
import { grantCovers } from "../../../platform/rbac/grants.js";
import { isRole, type Role } from "../../../platform/rbac/roles.js";
import type { RolesOver } from "./domain/state-machine.js";

/** Who may open a dossier page: staff of its current or receiving unit, inspectors, the system administrator. */
export const DOSSIER_VIEW_ROLES: readonly Role[] = [
  "one_stop_officer",
  "specialist",
  "leader",
  "inspector",
  "system_admin",
];

/** The unit's ancestors, nearest first (a grant on a department covers its sub-units). */
export async function unitAncestors(db: Executor, unitId: string): Promise<string[]> {
  const out: string[] = [];
  let id: string | null = unitId;
  for (let depth = 0; id !== null && depth < 16; depth++) {
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom("units")
      .select("parent_id")
      .where("id", "=", id)
      .executeTakeFirst();
    id = row?.parent_id ?? null;
    if (id !== null) out.push(id);
  }
  return out;
}

export async function staffGrants(db: Executor, staffId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom("role_grants")
    .select(["role", "unit_id", "site_id"])
    .where("user_id", "=", staffId)
    .execute();
  const grants: Grant[] = [];
  for (const r of rows) {
    if (isRole(r.role)) grants.push({ role: r.role, unitId: r.unit_id, siteId: r.site_id });
  }
  return grants;
}

/** The roles a set of grants gives over one unit (site grants never cover a dossier). */
export function rolesOverUnit(
  grants: readonly Grant[],
  unitId: string,
  ancestors: readonly string[],
): Role[] {
  const roles = new Set<Role>();
  for (const g of grants) {
    if (g.siteId !== null) continue;
    if (grantCovers(g, { unitId }, ancestors)) roles.add(g.role);
  }
  return [...roles];
}

/** The roles of a staff member over a dossier's current and receiving units. */
export async function rolesOverDossier(
  db: Executor,
  grants: readonly Grant[],
  dossier: { unit_id: string; current_unit_id: string },
): Promise<RolesOver> {
  const current = rolesOverUnit(
    grants,
    dossier.current_unit_id,
    await unitAncestors(db, dossier.current_unit_id),
  );
  const receiving =
    dossier.unit_id === dossier.current_unit_id
      ? current
      : rolesOverUnit(grants, dossier.unit_id, await unitAncestors(db, dossier.unit_id));
  return { current, receiving, systemAdmin: grants.some((g) => g.role === "system_admin") };
}

/** Whether a staff member may hold a dossier at a unit: active, and a specialist or leader there. */
export async function mayHoldAt(db: Executor, staffId: string, unitId: string): Promise<boolean> {
  const staff = await db
    .selectFrom("staff_users")
    .select(["id", "active"])
    .where("id", "=", staffId)
    .executeTakeFirst();
  if (!staff?.active) return false;
  const roles = rolesOverUnit(await staffGrants(db, staffId), unitId, await unitAncestors(db, unitId));
  return roles.includes("specialist") || roles.includes("leader");
}

/** Staff who may be given a dossier at a unit (its specialists and leaders, grants on the unit itself). */
export async function holdersOf(
  db: Executor,
  unitId: string,
): Promise<{ id: string; full_name: string; role: string }[]> {
  const rows = await db
    .selectFrom("role_grants")
    .innerJoin("staff_users", "staff_users.id", "role_grants.user_id")
    .select(["staff_users.id", "staff_users.full_name", "role_grants.role"])
    .where("role_grants.unit_id", "=", unitId)
    .where("role_grants.role", "in", ["specialist", "leader"])
    .where("staff_users.active", "=", true)
    .orderBy("role_grants.role", "desc")
    .orderBy("staff_users.full_name")
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}
