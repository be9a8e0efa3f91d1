import { type Insertable, sql, type Updateable } from "kysely";
import type { Executor } from "../../platform/db/transaction.js";
import type { Site, SiteKind, SiteTable, UnitKind } from "./tables.js";

/** A site with the names of its unit, for lists. */
export interface SiteListRow {
  id: string;
  unit_id: string;
  kind: SiteKind;
  slug: string;
  host: string | null;
  name_vi: string;
  name_en: string;
  sort_order: number;
  active: boolean;
  unit_name_vi: string;
  unit_kind: UnitKind;
}

export interface SiteFilters {
  q?: string | undefined;
  kind?: SiteKind | undefined;
  active?: boolean | undefined;
  /** Only these sites (a site admin's own); undefined for all. */
  onlyIds?: readonly string[] | undefined;
}

function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listSites(db: Executor, filters: SiteFilters = {}): Promise<SiteListRow[]> {
  if (filters.onlyIds && filters.onlyIds.length === 0) return [];
  let query = db
    .selectFrom("sites")
    .innerJoin("units", "units.id", "sites.unit_id")
    .select([
      "sites.id",
      "sites.unit_id",
      "sites.kind",
      "sites.slug",
      "sites.host",
      "sites.name_vi",
      "sites.name_en",
      "sites.sort_order",
      "sites.active",
      "units.name_vi as unit_name_vi",
      "units.kind as unit_kind",
    ]);
  const words = (filters.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    query = query.where(
      sql<string>`f_search_key(sites.name_vi || ' ' || sites.name_en || ' ' || sites.slug || ' ' || units.name_vi || ' ' || coalesce(sites.host, ''))`,
      "like",
      sql<string>`'%' || f_search_key(${likeEscape(word)}) || '%'`,
    );
  }
  if (filters.kind) query = query.where("sites.kind", "=", filters.kind);
  if (filters.active !== undefined) query = query.where("sites.active", "=", filters.active);
  if (filters.onlyIds) query = query.where("sites.id", "in", [...filters.onlyIds]);
  return query.execute();
}

export async function getSite(db: Executor, id: string): Promise<Site | undefined> {
  return db.selectFrom("sites").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getSiteForUpdate(db: Executor, id: string): Promise<Site | undefined> {
  return db.selectFrom("sites").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function siteWithSlug(db: Executor, slug: string): Promise<{ id: string } | undefined> {
  return db.selectFrom("sites").select("id").where("slug", "=", slug).executeTakeFirst();
}

export async function siteWithHost(
  db: Executor,
  host: string,
  exceptId?: string,
): Promise<{ id: string; name_vi: string } | undefined> {
  let query = db
    .selectFrom("sites")
    .select(["id", "name_vi"])
    .where(sql<string>`lower(host)`, "=", host.toLowerCase());
  if (exceptId) query = query.where("id", "<>", exceptId);
  return query.executeTakeFirst();
}

export async function sitesOfUnit(
  db: Executor,
  unitId: string,
): Promise<Pick<Site, "id" | "slug" | "name_vi" | "kind" | "active">[]> {
  return db
    .selectFrom("sites")
    .select(["id", "slug", "name_vi", "kind", "active"])
    .where("unit_id", "=", unitId)
    .execute();
}

export async function insertSite(db: Executor, values: Insertable<SiteTable>): Promise<Site> {
  return db
    .insertInto("sites")
    .values({
      ...values,
      theme: JSON.stringify(values.theme ?? {}),
      menu: JSON.stringify(values.menu ?? []),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSite(db: Executor, id: string, patch: Updateable<SiteTable>): Promise<Site> {
  const values: Updateable<SiteTable> = { ...patch, updated_at: new Date() };
  if (patch.theme !== undefined) values.theme = JSON.stringify(patch.theme);
  if (patch.menu !== undefined) values.menu = JSON.stringify(patch.menu);
  return db.updateTable("sites").set(values).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

/** A component site as the portal home lists it. */
export interface HomeSiteRow {
  slug: string;
  name_vi: string;
  name_en: string;
  unit_kind: UnitKind;
  unit_name_vi: string;
  unit_name_en: string;
}

/**
 * Every active component site of an active unit, in one query whatever their number (the portal home's query
 * budget); the caller groups and sorts them.
 */
export async function listHomeSites(db: Executor): Promise<HomeSiteRow[]> {
  return db
    .selectFrom("sites")
    .innerJoin("units", "units.id", "sites.unit_id")
    .select([
      "sites.slug",
      "sites.name_vi",
      "sites.name_en",
      "units.kind as unit_kind",
      "units.name_vi as unit_name_vi",
      "units.name_en as unit_name_en",
    ])
    .where("sites.kind", "=", "component")
    .where("sites.active", "=", true)
    .where("units.active", "=", true)
    .execute();
}
