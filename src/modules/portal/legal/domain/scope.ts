/** Who may register which documents, as pure rules over the grants and the unit tree. */

export interface ScopeGrant {
  role: string;
  unitId: string | null;
  siteId: string | null;
}

export interface ScopeUnit {
  id: string;
  parent_id: string | null;
  kind: string;
}

export interface ScopeSite {
  id: string;
  unit_id: string;
}

/** Roles that keep the register: clerks per unit, the editorial roles per site, and system admins. */
export const REGISTER_ROLES = ["clerk", "editor", "approver", "site_admin", "system_admin"] as const;
const SITE_ROLES = new Set(["editor", "approver", "site_admin"]);

export type RegisterScope = "all" | ReadonlySet<string>;

/** A unit and every unit below it. */
export function subtree(units: readonly ScopeUnit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_id === null) continue;
    const list = children.get(u.parent_id) ?? [];
    list.push(u.id);
    children.set(u.parent_id, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * The units whose documents a person may register and edit:
 * - a clerk: their unit and its sub-units; the clerk of a People's Committee's Office (unit kind "office") also keeps
 *   the register of the committee it serves ("1234/QĐ-UBND" is numbered and issued by the Office's văn thư, Decree
 *   30/2020/NĐ-CP Art. 15, 16), but not that committee's other departments;
 * - an editor, approver or site admin: the unit of their site and its sub-units (the main portal's unit is the
 *   province, so the portal's editorial board covers every unit);
 * - a system admin, or a grant without scope: everything.
 */
export function registerScope(
  grants: readonly ScopeGrant[],
  units: readonly ScopeUnit[],
  sites: readonly ScopeSite[],
): RegisterScope {
  const byId = new Map(units.map((u) => [u.id, u]));
  const siteUnit = new Map(sites.map((s) => [s.id, s.unit_id]));
  const out = new Set<string>();
  for (const g of grants) {
    if (g.role === "system_admin") return "all";
    const isClerk = g.role === "clerk";
    if (!isClerk && !SITE_ROLES.has(g.role)) continue;
    if (g.unitId === null && g.siteId === null) return "all";
    let root: string | undefined;
    if (g.unitId !== null) root = g.unitId;
    else if (g.siteId !== null) root = siteUnit.get(g.siteId);
    if (!root || !byId.has(root)) continue;
    for (const id of subtree(units, root)) out.add(id);
    const unit = byId.get(root);
    if (isClerk && unit?.kind === "office" && unit.parent_id !== null) out.add(unit.parent_id);
  }
  return out;
}

export function inScope(scope: RegisterScope, unitId: string | null): boolean {
  if (scope === "all") return true;
  return unitId !== null && scope.has(unitId);
}

/**
 * Which unit's register holds a new document: the issuer when it is one of our units; for a body outside the
 * province, the person's own unit when they may register for it, else the top-most unit of their scope.
 */
export function ownerUnitFor(
  issuerUnitId: string | null,
  staffUnitId: string | null,
  scope: RegisterScope,
  units: readonly ScopeUnit[],
): string | null {
  if (issuerUnitId !== null) return issuerUnitId;
  if (staffUnitId !== null && inScope(scope, staffUnitId)) return staffUnitId;
  if (scope === "all") return units.find((u) => u.parent_id === null)?.id ?? null;
  const byId = new Map(units.map((u) => [u.id, u]));
  // The first unit of the scope whose parent is outside it: the root of one of the person's subtrees.
  for (const u of units) {
    if (scope.has(u.id) && (u.parent_id === null || !scope.has(u.parent_id) || !byId.has(u.parent_id)))
      return u.id;
  }
  return null;
}
