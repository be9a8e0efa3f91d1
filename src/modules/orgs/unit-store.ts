import { type Insertable, sql, type Updateable } from "kysely";
import type { Executor } from "../../platform/db/transaction.js";
import type { TreeNode } from "./domain/unit-tree.js";
import type { Unit, UnitKind, UnitTable } from "./tables.js";

/** A unit as the tree and pickers need it. */
export interface UnitSummary extends TreeNode {
  name_vi: string;
  name_en: string;
  short_code: string;
  identifier_code: string | null;
  sort_order: number;
  active: boolean;
}

export interface UnitFilters {
  q?: string | undefined;
  kind?: UnitKind | undefined;
  active?: boolean | undefined;
}

/** The expression the trigram index of migration 1001 is built on; a query must use it verbatim to hit the index. */
const searchKey = sql<string>`f_search_key(units.name_vi || ' ' || units.name_en || ' ' || units.short_code || ' ' || coalesce(units.identifier_code, ''))`;

function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Units matching the filters. The search ignores case and diacritics ("so xay dung" finds "Sở Xây dựng"): every word
 * typed must occur in the unit's search key.
 */
export async function listUnits(db: Executor, filters: UnitFilters = {}): Promise<UnitSummary[]> {
  let query = db
    .selectFrom("units")
    .select([
      "id",
      "parent_id",
      "kind",
      "name_vi",
      "name_en",
      "short_code",
      "identifier_code",
      "sort_order",
      "active",
    ]);
  const words = (filters.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    query = query.where(searchKey, "like", sql<string>`'%' || f_search_key(${likeEscape(word)}) || '%'`);
  }
  if (filters.kind) query = query.where("kind", "=", filters.kind);
  if (filters.active !== undefined) query = query.where("active", "=", filters.active);
  return query.execute();
}

export async function getUnit(db: Executor, id: string): Promise<Unit | undefined> {
  return db.selectFrom("units").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The same unit, locked for the rest of the transaction so two admins cannot interleave a move and a deactivation. */
export async function getUnitForUpdate(db: Executor, id: string): Promise<Unit | undefined> {
  return db.selectFrom("units").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function unitWithIdentifierCode(
  db: Executor,
  code: string,
  exceptId?: string,
): Promise<{ id: string; name_vi: string } | undefined> {
  let query = db.selectFrom("units").select(["id", "name_vi"]).where("identifier_code", "=", code);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

export async function insertUnit(db: Executor, values: Insertable<UnitTable>): Promise<Unit> {
  return db
    .insertInto("units")
    .values({ ...values, leaders: JSON.stringify(values.leaders ?? []) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUnit(db: Executor, id: string, patch: Updateable<UnitTable>): Promise<Unit> {
  const values: Updateable<UnitTable> = { ...patch, updated_at: new Date() };
  if (patch.leaders !== undefined) values.leaders = JSON.stringify(patch.leaders);
  return db.updateTable("units").set(values).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

/** Sub-units and sites still active under a unit: what blocks deactivating it. */
export async function activeDependants(
  db: Executor,
  unitId: string,
): Promise<{
  units: { id: string; name_vi: string }[];
  sites: { id: string; name_vi: string; slug: string }[];
}> {
  // One after the other: inside a transaction both run on the same connection anyway.
  const units = await db
    .selectFrom("units")
    .select(["id", "name_vi"])
    .where("parent_id", "=", unitId)
    .where("active", "=", true)
    .execute();
  const sites = await db
    .selectFrom("sites")
    .select(["id", "name_vi", "slug"])
    .where("unit_id", "=", unitId)
    .where("active", "=", true)
    .execute();
  return { units, sites };
}

export async function childCount(db: Executor, unitId: string): Promise<number> {
  const row = await db
    .selectFrom("units")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("parent_id", "=", unitId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
