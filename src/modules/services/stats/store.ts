import { type Expression, type RawBuilder, type SqlBool, sql } from "kysely";
import { vnDayStart } from "../../../platform/calendar/vn-day.js";
import type { Executor } from "../../../platform/db/transaction.js";
import type { UnitKind } from "../../orgs/tables.js";
import "../tables.js";
import {
  COUNT_KEYS,
  type StatsCounts,
  type StatsDossier,
  type StatsGroupBy,
  type StatsPeriod,
} from "./domain/dossier-stats.js";

/** Which units' dossiers a person sees: every unit, or these. */
export type UnitScope = "all" | readonly string[];

/** The Vietnamese day of a timestamptz column, as a `date`. */
const vnDate = (col: string): RawBuilder<string> =>
  sql<string>`((${sql.ref(col)} at time zone 'UTC') + interval '7 hours')::date`;

const count = (cond: Expression<SqlBool>) => sql<number>`(count(*) filter (where ${cond}))::int`;

/**
 * The statistics of a period per group in ONE statement, the rules of domain/dossier-stats.ts written as
 * `count(*) filter (where …)`: only received dossiers, received before the period end, not resolved or ended before
 * its start; then resolved in the period (early / on time / late against due_on), else ended in it, else in progress.
 */
export async function statsByGroup(
  db: Executor,
  period: StatsPeriod,
  by: StatsGroupBy,
  scope: UnitScope,
): Promise<Map<string, StatsCounts>> {
  if (scope !== "all" && scope.length === 0) return new Map();
  const start = vnDayStart(period.from);
  const end = vnDayStart(period.to, 1);
  const keyCol = by === "unit" ? "d.unit_id" : by === "procedure" ? "d.procedure_id" : "p.field";
  const resolved = sql<SqlBool>`d.resolved_at is not null and d.resolved_at < ${end}`;
  const ended = sql<SqlBool>`not (${resolved}) and d.ended_at is not null and d.ended_at < ${end}`;
  const open = sql<SqlBool>`not (${resolved}) and not (d.ended_at is not null and d.ended_at < ${end})`;
  const isNew = sql<SqlBool>`d.received_at >= ${start}`;
  const resolvedDay = vnDate("d.resolved_at");
  const paid = sql<SqlBool>`${isNew} and f.status = 'paid' and f.paid_at < ${end}`;
  let query = db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .leftJoin("dossier_fee_notices as f", "f.dossier_id", "d.id")
    .where("d.received_at", "is not", null)
    .where("d.received_at", "<", end)
    .where((eb) => eb.or([eb("d.resolved_at", "is", null), eb("d.resolved_at", ">=", start)]))
    .where((eb) => eb.or([eb("d.ended_at", "is", null), eb("d.ended_at", ">=", start)]))
    .select(sql<string>`${sql.ref(keyCol)}::text`.as("key"))
    .select([
      count(sql`d.received_at < ${start}`).as("carried"),
      count(isNew).as("new"),
      count(sql`${resolved} and (d.due_on is null or ${resolvedDay} < d.due_on)`).as("resolvedEarly"),
      count(sql`${resolved} and ${resolvedDay} = d.due_on`).as("resolvedOnTime"),
      count(sql`${resolved} and ${resolvedDay} > d.due_on`).as("resolvedLate"),
      count(sql`${open} and (d.due_on is null or d.due_on >= ${period.to}::date)`).as("inProgressWithin"),
      count(sql`${open} and d.due_on < ${period.to}::date`).as("inProgressOverdue"),
      count(sql`${ended} and d.end_kind = 'withdrawn'`).as("withdrawn"),
      count(sql`${ended} and d.end_kind is distinct from 'withdrawn'`).as("rejected"),
      count(sql`${isNew} and d.receipt_channel = 'online'`).as("newOnline"),
      count(sql`${isNew} and p.online_class = 'full'`).as("newFullOnline"),
      count(sql`${isNew} and p.level >= 3`).as("newLevel34"),
      count(paid).as("newPaid"),
      count(sql`${paid} and f.paid_via = 'online'`).as("newPaidOnline"),
    ])
    .groupBy(sql.ref(keyCol));
  if (scope !== "all") query = query.where("d.unit_id", "in", [...scope]);
  const rows = await query.execute();
  const out = new Map<string, StatsCounts>();
  for (const row of rows) {
    const c = {} as StatsCounts;
    for (const k of COUNT_KEYS) c[k] = Number(row[k]);
    out.set(row.key, c);
  }
  return out;
}

/** The rows the pure function needs, for the same scope (the test that SQL and domain agree; small data sets). */
export async function statsDossiers(db: Executor, scope: UnitScope): Promise<StatsDossier[]> {
  if (scope !== "all" && scope.length === 0) return [];
  let query = db
    .selectFrom("dossiers as d")
    .innerJoin("procedures as p", "p.id", "d.procedure_id")
    .leftJoin("dossier_fee_notices as f", (j) =>
      j.onRef("f.dossier_id", "=", "d.id").on("f.status", "=", "paid"),
    )
    .select([
      "d.unit_id",
      "d.procedure_id",
      "p.field",
      "d.received_at",
      "d.resolved_at",
      "d.ended_at",
      "d.end_kind",
      sql<string | null>`d.due_on::text`.as("due_on"),
      "d.receipt_channel",
      "p.online_class",
      "p.level",
      "f.paid_at",
      "f.paid_via",
    ]);
  if (scope !== "all") query = query.where("d.unit_id", "in", [...scope]);
  const rows = await query.execute();
  return rows.map((r) => ({
    unitId: r.unit_id,
    procedureId: r.procedure_id,
    field: r.field,
    receivedAt: r.received_at,
    resolvedAt: r.resolved_at,
    endedAt: r.ended_at,
    endKind: r.end_kind,
    dueOn: r.due_on,
    receiptChannel: r.receipt_channel,
    onlineClass: r.online_class,
    level: r.level,
    paidAt: r.paid_at ?? null,
    paidVia: r.paid_via ?? null,
  }));
}

export interface StatsUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  name: string;
  sortOrder: number;
}

/** Every active unit but the province itself (it receives no dossiers): the rows of the appendix. */
export async function statsUnits(db: Executor): Promise<StatsUnit[]> {
  const rows = await db
    .selectFrom("units")
    .select(["id", "parent_id", "kind", "name_vi", "sort_order"])
    .where("active", "=", true)
    .where("kind", "!=", "province")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind,
    name: r.name_vi,
    sortOrder: r.sort_order,
  }));
}

/** Names of procedures by id (for the rows grouped by procedure). */
export async function procedureNames(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("procedures")
    .select(["id", "code", "name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
