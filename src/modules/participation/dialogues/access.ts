/**
 * Who manages a dialogue: the main portal's editorial board (editors and approvers of the main site) for every
 * dialogue, and a unit's leader for the dialogues of that unit and its sub-units; system administrators everywhere.
 */
import type { FastifyRequest } from "fastify";
import { can } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";

export const BOARD_ROLES: readonly Role[] = ["editor", "approver"];
export const DIALOGUE_ROLES: readonly Role[] = ["editor", "approver", "leader"];

export interface UnitNode {
  id: string;
  parent_id: string | null;
}

/** The unit's ancestors, nearest first, from the whole unit list already loaded (no query per level). */
export function ancestorsIn(units: readonly UnitNode[], unitId: string): string[] {
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const out: string[] = [];
  let id = parent.get(unitId) ?? null;
  while (id !== null && out.length < 32 && !out.includes(id)) {
    out.push(id);
    id = parent.get(id) ?? null;
  }
  return out;
}

export function isBoard(staff: FastifyRequest["staff"], mainSiteId: string | null): boolean {
  if (mainSiteId === null) return can(staff, [], {});
  return can(staff, BOARD_ROLES, { siteId: mainSiteId });
}

export function mayManageUnit(
  staff: FastifyRequest["staff"],
  mainSiteId: string | null,
  units: readonly UnitNode[],
  unitId: string,
): boolean {
  return isBoard(staff, mainSiteId) || can(staff, "leader", { unitId }, ancestorsIn(units, unitId));
}

/** The units whose dialogues the person manages: null = all (board, system administrators). */
export function managedUnitIds(
  staff: FastifyRequest["staff"],
  mainSiteId: string | null,
  units: readonly UnitNode[],
): string[] | null {
  if (isBoard(staff, mainSiteId)) return null;
  return units
    .filter((u) => can(staff, "leader", { unitId: u.id }, ancestorsIn(units, u.id)))
    .map((u) => u.id);
}
