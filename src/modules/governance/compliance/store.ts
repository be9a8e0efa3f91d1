import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import type { Criterion, Detection, SiteKindName } from "./domain/criteria.js";
import "./tables.js";

/** The checker's rules, in list order (inactive ones too: the criteria page shows them). */
export async function listCriteria(db: Executor): Promise<Criterion[]> {
  const rows = await db.selectFrom("compliance_criteria").selectAll().orderBy("sort_order").execute();
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    basis: r.basis,
    appliesTo: r.applies_to.filter((k): k is SiteKindName => ["main", "english", "component"].includes(k)),
    detection: r.detection as Detection,
    minItems: r.min_items,
    freshnessDays: r.freshness_days,
    weight: r.weight,
    active: r.active,
    sortOrder: r.sort_order,
  }));
}

export interface CriterionChange {
  minItems: number;
  freshnessDays: number | null;
  weight: number;
  active: boolean;
  appliesTo: SiteKindName[];
}

export async function updateCriterion(tx: Executor, key: string, change: CriterionChange): Promise<void> {
  await tx
    .updateTable("compliance_criteria")
    .set({
      min_items: change.minItems,
      freshness_days: change.freshnessDays,
      weight: change.weight,
      active: change.active,
      applies_to: change.appliesTo,
      updated_at: new Date(),
    })
    .where("key", "=", key)
    .execute();
}

export interface ComplianceSite {
  id: string;
  kind: SiteKindName;
  slug: string;
  name: string;
}

/** Active sites the checker may score, restricted to the given ids unless "all". */
export async function listSites(db: Executor, siteIds: "all" | readonly string[]): Promise<ComplianceSite[]> {
  if (siteIds !== "all" && siteIds.length === 0) return [];
  let q = db.selectFrom("sites").select(["id", "kind", "slug", "name_vi"]).where("active", "=", true);
  if (siteIds !== "all") q = q.where("id", "in", [...siteIds]);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, slug: r.slug, name: r.name_vi }));
}

export interface Mapping {
  id: string;
  siteId: string;
  criterionKey: string;
  categoryId: string | null;
  contentId: string | null;
}

export async function listMappings(db: Executor, siteIds: "all" | readonly string[]): Promise<Mapping[]> {
  if (siteIds !== "all" && siteIds.length === 0) return [];
  let q = db
    .selectFrom("compliance_mappings")
    .select(["id", "site_id", "criterion_key", "category_id", "content_id"]);
  if (siteIds !== "all") q = q.where("site_id", "in", [...siteIds]);
  const rows = await q.orderBy("created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    siteId: r.site_id,
    criterionKey: r.criterion_key,
    categoryId: r.category_id,
    contentId: r.content_id,
  }));
}

/** Adds a mapping; false when the same place is already mapped to the item. */
export async function addMapping(
  tx: Executor,
  input: { siteId: string; criterionKey: string; categoryId: string | null; contentId: string | null },
  by: string | null,
): Promise<string | null> {
  const id = uuidv7();
  const row = await tx
    .insertInto("compliance_mappings")
    .values({
      id,
      site_id: input.siteId,
      criterion_key: input.criterionKey,
      category_id: input.categoryId,
      content_id: input.contentId,
      created_by: by,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function mappingById(db: Executor, id: string): Promise<Mapping | null> {
  const r = await db.selectFrom("compliance_mappings").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    siteId: r.site_id,
    criterionKey: r.criterion_key,
    categoryId: r.category_id,
    contentId: r.content_id,
  };
}

export async function deleteMapping(tx: Executor, id: string): Promise<void> {
  await tx.deleteFrom("compliance_mappings").where("id", "=", id).execute();
}
