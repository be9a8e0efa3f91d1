import type { Executor } from "../../../platform/db/transaction.js";
import { siteCategories } from "../category-queries.js";
import { siteHomeSections } from "../home-section-queries.js";
import { isLive } from "../live-content.js";
import type { Category, HomeSection, HomeSectionKind } from "../tables.js";

/** Categories and home sections of one site: the site admin's writes (reads for the public are in public/store.ts). */

export async function categoriesOfSite(db: Executor, siteId: string): Promise<Category[]> {
  return siteCategories(db, siteId);
}

/** The site's categories, locked for the rest of the transaction (see siteCategories). */
export async function categoriesOfSiteForUpdate(db: Executor, siteId: string): Promise<Category[]> {
  return siteCategories(db, siteId, { lockForUpdate: true });
}

export async function categoryWithSlug(
  db: Executor,
  siteId: string,
  slug: string,
): Promise<{ id: string; name: string } | undefined> {
  return db
    .selectFrom("categories")
    .select(["id", "name"])
    .where("site_id", "=", siteId)
    .where("slug", "=", slug)
    .executeTakeFirst();
}

export async function insertCategory(
  db: Executor,
  values: {
    id: string;
    site_id: string;
    parent_id: string | null;
    slug: string;
    name: string;
    description: string | null;
    sort_order: number;
  },
): Promise<Category> {
  return db
    .insertInto("categories")
    .values({ ...values, active: true, created_at: new Date(), updated_at: new Date() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateCategory(
  db: Executor,
  id: string,
  patch: Partial<Pick<Category, "parent_id" | "slug" | "name" | "description" | "sort_order" | "active">>,
): Promise<Category> {
  return db
    .updateTable("categories")
    .set({ ...patch, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function setSortOrders(
  db: Executor,
  orders: { id: string; sort_order: number }[],
): Promise<void> {
  for (const o of orders) {
    await db.updateTable("categories").set({ sort_order: o.sort_order }).where("id", "=", o.id).execute();
  }
}

export async function sectionsOfSite(db: Executor, siteId: string): Promise<HomeSection[]> {
  return siteHomeSections(db, siteId);
}

/** The site's sections, locked: positions are renumbered as a whole. */
export async function sectionsOfSiteForUpdate(db: Executor, siteId: string): Promise<HomeSection[]> {
  return siteHomeSections(db, siteId, { lockForUpdate: true });
}

export async function insertSection(
  db: Executor,
  values: {
    id: string;
    site_id: string;
    position: number;
    kind: HomeSectionKind;
    title: string | null;
    config: Record<string, unknown>;
  },
): Promise<HomeSection> {
  return db
    .insertInto("home_sections")
    .values({ ...values, config: JSON.stringify(values.config) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateSection(
  db: Executor,
  id: string,
  patch: { title: string | null; config: Record<string, unknown> },
): Promise<HomeSection> {
  return db
    .updateTable("home_sections")
    .set({ title: patch.title, config: JSON.stringify(patch.config) })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteSection(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("home_sections").where("id", "=", id).execute();
}

export async function setSectionPositions(db: Executor, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await db.updateTable("home_sections").set({ position }).where("id", "=", id).execute();
  }
}

/** The site's articles that readers may see: what a lead-story section may pin. */
function liveArticlesOf(db: Executor, siteId: string) {
  return db
    .selectFrom("content_items as ci")
    .where("ci.site_id", "=", siteId)
    .where("ci.kind", "=", "article")
    .where(isLive);
}

/** Live articles of the site a lead story may pin: the newest, enough to choose from. */
export async function pinnableArticles(
  db: Executor,
  siteId: string,
  limit = 50,
): Promise<{ id: string; title: string; published_at: Date | null }[]> {
  return liveArticlesOf(db, siteId)
    .select(["ci.id", "ci.title", "ci.published_at"])
    .orderBy("ci.published_at", "desc")
    .limit(limit)
    .execute();
}

/** Whether a database error is a unique-constraint violation (same SQLSTATE on PostgreSQL and PGlite). */
export function isUniqueViolation(err: unknown): boolean {
  return !!err && typeof err === "object" && (err as { code?: unknown }).code === "23505";
}

/** Whether an id names a live article of the site (a lead story's pinned article). */
export async function liveArticleExists(db: Executor, siteId: string, id: string): Promise<boolean> {
  const row = await liveArticlesOf(db, siteId).select("ci.id").where("ci.id", "=", id).executeTakeFirst();
  return row !== undefined;
}

export async function siteById(
  db: Executor,
  id: string,
): Promise<{ id: string; slug: string; name_vi: string; lang: "vi" | "en" } | undefined> {
  return db
    .selectFrom("sites")
    .select(["id", "slug", "name_vi", "lang"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Titles of content items by id (the articles pinned by lead-story sections). */
export async function titlesOf(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("content_items")
    .select(["id", "title"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.title]));
}
