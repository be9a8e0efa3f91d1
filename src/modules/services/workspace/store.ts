/**
 * The workspace's queries. A page costs a fixed number of statements whatever its size: the tab counts and banner
 * (one query), the page of rows (one), the filter options (two), plus the cached working calendar.
 */

import { type RawBuilder, type SqlBool, sql } from "kysely";
import { vnDayStart } from "../../../platform/calendar/vn-day.js";
import type { Executor } from "../../../platform/db/transaction.js";
import { type UnitScope, unitInScopeSql } from "../../../platform/rbac/unit-scope-sql.js";
import type { DossierState } from "../lifecycle/domain/state-machine.js";
import type { Channel } from "../tables.js";
import { likeEscape, PAGE_SIZE, type WorkspaceFilters } from "./domain/filters.js";
import { type DeadlineLimits, QUEUE_STATES, QUEUES, type QueueKey } from "./domain/queues.js";

/** Unit ids (their sub-units included) whose dossiers are visible, or every unit. */
export type { UnitScope };

/** `d.current_unit_id` is one of the scope's units or below one of them. */
export function inScope(scope: UnitScope, column: RawBuilder<unknown> = sql.ref("d.current_unit_id")) {
  return unitInScopeSql(scope, column);
}

function statesIn(states: readonly DossierState[]) {
  return sql<SqlBool>`d.state in (${sql.join([...states])})`;
}

export function dueSoonSql(limits: DeadlineLimits) {
  return sql<SqlBool>`(${statesIn(QUEUE_STATES.soon)} and d.due_on >= ${limits.today}::date and d.due_on < ${limits.soonBefore}::date)`;
}

export function overdueSql(limits: DeadlineLimits) {
  return sql<SqlBool>`(${statesIn(QUEUE_STATES.overdue)} and d.due_on < ${limits.today}::date)`;
}

export function needsApologySql(limits: DeadlineLimits) {
  return sql<SqlBool>`(${overdueSql(limits)} and (d.apology_due_on is null or d.apology_due_on < ${limits.today}::date))`;
}

export function queueSql(queue: QueueKey, limits: DeadlineLimits) {
  if (queue === "soon") return dueSoonSql(limits);
  if (queue === "overdue") return overdueSql(limits);
  return statesIn(QUEUE_STATES[queue]);
}

/** The filters as one condition on `d` (dossiers) and `p` (procedures). */
export function filterSql(filters: WorkspaceFilters, viewerId: string) {
  const parts: RawBuilder<SqlBool>[] = [];
  if (filters.procedureId) parts.push(sql`d.procedure_id = ${filters.procedureId}`);
  if (filters.field) parts.push(sql`p.field = ${filters.field}`);
  if (filters.channel) parts.push(sql`d.receipt_channel = ${filters.channel}`);
  const a = filters.assignee;
  if (a?.kind === "me") parts.push(sql`d.assignee_id = ${viewerId}`);
  else if (a?.kind === "none") parts.push(sql`d.assignee_id is null`);
  else if (a?.kind === "staff") parts.push(sql`d.assignee_id = ${a.id}`);
  if (filters.from) parts.push(sql`d.received_at >= ${vnDayStart(filters.from)}`);
  if (filters.to) parts.push(sql`d.received_at < ${vnDayStart(filters.to, 1)}`);
  if (filters.q) {
    const pattern = `%${likeEscape(filters.q)}%`;
    parts.push(
      sql`(d.code ilike ${pattern} or f_search_key(d.applicant_name) like f_search_key(${pattern}))`,
    );
  }
  if (parts.length === 0) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

export type QueueCounts = Record<QueueKey, number> & { bannerSoon: number; bannerOverdue: number };

/** Each tab's count under the filters, and the banner's counts over the whole scope, in one query. */
export async function queueCounts(
  db: Executor,
  scope: UnitScope,
  filters: WorkspaceFilters,
  viewerId: string,
  limits: DeadlineLimits,
): Promise<QueueCounts> {
  const filter = filterSql(filters, viewerId);
  const row = await db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .where(inScope(scope))
    .select([
      ...QUEUES.map((q) => sql<number>`count(*) filter (where ${queueSql(q, limits)} and ${filter})`.as(q)),
      sql<number>`count(*) filter (where ${dueSoonSql(limits)})`.as("bannerSoon"),
      sql<number>`count(*) filter (where ${needsApologySql(limits)})`.as("bannerOverdue"),
    ])
    .executeTakeFirstOrThrow();
  const out = {} as QueueCounts;
  for (const [k, v] of Object.entries(row)) (out as Record<string, number>)[k] = Number(v);
  return out;
}

export interface WorkspaceRow {
  id: string;
  code: string;
  applicant_name: string;
  procedure_name: string;
  state: DossierState;
  receipt_channel: Channel;
  received_at: Date | null;
  due_on: string | null;
  apology_due_on: string | null;
  paused_days_left: number | null;
  assignee_id: string | null;
  assignee_name: string | null;
  current_unit_id: string;
}

/** One page of a queue, by due date (none last) then code. */
export function queueRows(
  db: Executor,
  scope: UnitScope,
  queue: QueueKey,
  filters: WorkspaceFilters,
  viewerId: string,
  limits: DeadlineLimits,
  page: number,
  pageSize = PAGE_SIZE,
): Promise<WorkspaceRow[]> {
  return db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .leftJoin("staff_users as s", "s.id", "d.assignee_id")
    .where(inScope(scope))
    .where(queueSql(queue, limits))
    .where(filterSql(filters, viewerId))
    .select([
      "d.id",
      "d.code",
      "d.applicant_name",
      "p.name as procedure_name",
      "d.state",
      "d.receipt_channel",
      "d.received_at",
      "d.due_on",
      "d.apology_due_on",
      "d.paused_days_left",
      "d.assignee_id",
      "s.full_name as assignee_name",
      "d.current_unit_id",
    ])
    .orderBy(sql`d.due_on asc nulls last`)
    .orderBy("d.code", "asc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
}

export interface ProcedureOption {
  id: string;
  name: string;
  field: string;
}

/** The procedures of the dossiers in scope (for the procedure and field filters). */
export function procedureOptions(db: Executor, scope: UnitScope): Promise<ProcedureOption[]> {
  return db
    .selectFrom("procedures as p")
    .select(["p.id", "p.name", "p.field"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("dossiers as d")
          .select(sql`1`.as("one"))
          .whereRef("d.procedure_id", "=", "p.id")
          .where(inScope(scope)),
      ),
    )
    .orderBy("p.name")
    .limit(500)
    .execute();
}

export interface StaffOption {
  id: string;
  full_name: string;
}

/** Active specialists holding the role in one of the scope's units (or below). */
export function specialistOptions(db: Executor, scope: UnitScope): Promise<StaffOption[]> {
  return db
    .selectFrom("staff_users as s")
    .select(["s.id", "s.full_name"])
    .where("s.active", "=", true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("role_grants as g")
          .select(sql`1`.as("one"))
          .whereRef("g.user_id", "=", "s.id")
          .where("g.role", "=", "specialist")
          .where(scope === "all" ? sql<SqlBool>`true` : inScope(scope, sql.ref("g.unit_id"))),
      ),
    )
    .orderBy("s.full_name")
    .limit(500)
    .execute();
}

/** The units a specialist may work for: their specialist grants' units and every unit below them. */
export async function specialistUnits(db: Executor, staffId: string): Promise<Set<string> | "none"> {
  const rows = await sql<{ id: string }>`
    with recursive covered(id) as (
      select g.unit_id from role_grants g join staff_users s on s.id = g.user_id
        where g.user_id = ${staffId} and g.role = 'specialist' and s.active and g.unit_id is not null
      union
      select u.id from units u join covered c on u.parent_id = c.id
    )
    select id from covered`.execute(db);
  return rows.rows.length === 0 ? "none" : new Set(rows.rows.map((r) => r.id));
}

export interface BulkTarget {
  id: string;
  code: string;
  current_unit_id: string;
  in_scope: boolean;
}

/** The dossiers picked for bulk assign, each with whether the viewer may assign it (its unit is in their scope). */
export function bulkTargets(db: Executor, ids: readonly string[], scope: UnitScope): Promise<BulkTarget[]> {
  return db
    .selectFrom("dossiers as d")
    .select(["d.id", "d.code", "d.current_unit_id", sql<boolean>`${inScope(scope)}`.as("in_scope")])
    .where("d.id", "in", [...ids])
    .execute();
}
