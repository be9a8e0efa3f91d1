/**
 * Who a staff member is for the Q&A workflow: on the main portal's editorial board (editor or approver of the main
 * site), and which roles they hold over a question's unit (a grant on a unit covers the units below it).
 */

import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { Grant } from "../../../platform/rbac/access.js";
import { grantCovers } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { unitInScopeSql } from "../../../platform/rbac/unit-scope-sql.js";
import type { QuestionRoles } from "./domain/workflow.js";

/** The unit roles that work on questions routed to a unit. */
export const UNIT_ROLES: readonly Role[] = ["specialist", "leader"];
export const BOARD_ROLES: readonly Role[] = ["editor", "approver"];
/** Route-level access of every staff Q&A page; the handlers then check the board or the unit. */
export const QUESTION_STAFF_ROLES: readonly Role[] = ["system_admin", ...BOARD_ROLES, ...UNIT_ROLES];

export async function mainSiteId(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom("sites")
    .select("id")
    .where("kind", "=", "main")
    .orderBy("sort_order")
    .executeTakeFirst();
  return row?.id ?? null;
}

export function onBoard(grants: readonly Grant[], mainSite: string | null): boolean {
  return grants.some((g) => BOARD_ROLES.includes(g.role) && mainSite !== null && g.siteId === mainSite);
}

/** The unit and its ancestors, in one query. */
async function unitChain(db: Executor, unitId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive chain(id, parent_id, depth) as (
      select id, parent_id, 0 from units where id = ${unitId}
      union all
      select u.id, u.parent_id, c.depth + 1 from units u join chain c on u.id = c.parent_id where c.depth < 16
    )
    select id from chain order by depth`.execute(db);
  return rows.map((r) => r.id);
}

export async function questionRoles(
  db: Executor,
  grants: readonly Grant[],
  unitId: string | null,
): Promise<QuestionRoles> {
  const systemAdmin = grants.some((g) => g.role === "system_admin");
  const board = onBoard(grants, await mainSiteId(db));
  const unit = new Set<string>();
  if (unitId !== null) {
    const [, ...ancestors] = await unitChain(db, unitId);
    for (const g of grants) {
      if (g.siteId === null && g.unitId !== null && grantCovers(g, { unitId }, ancestors)) unit.add(g.role);
    }
  }
  return { systemAdmin, board, unit: [...unit] };
}

/** What a list shows: everything (the board, system admins) or the questions of these units and units below. */
export type QuestionScope = "all" | readonly string[];

export function listScope(grants: readonly Grant[], mainSite: string | null): QuestionScope {
  if (grants.some((g) => g.role === "system_admin") || onBoard(grants, mainSite)) return "all";
  return [
    ...new Set(
      grants.filter((g) => UNIT_ROLES.includes(g.role) && g.unitId !== null).map((g) => g.unitId as string),
    ),
  ];
}

export function scopeSql(scope: QuestionScope) {
  return unitInScopeSql(scope, sql.ref("q.unit_id"));
}
