import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";

/**
 * Read-only queries over portal tables for the governance reports (compliance checker, province dashboard): each is
 * one grouped statement whatever the number of sites, so a report page stays within a fixed query budget.
 */

/** Published items found in one place, and when the newest went out. */
export interface Activity {
  count: number;
  newest: Date | null;
}

/** What a published item is, right now: its status says so, it has gone out, and it has not expired. */
const LIVE = sql`c.status = 'published' and c.published_at <= now() and (c.expire_at is null or c.expire_at > now())`;

export interface CategoryActivity extends Activity {
  categoryId: string;
  siteId: string;
  name: string;
}

/** For each given category: its name, and the published items directly in it. Unknown ids are left out. */
export async function categoryActivity(
  db: Executor,
  categoryIds: readonly string[],
): Promise<Map<string, CategoryActivity>> {
  if (categoryIds.length === 0) return new Map();
  const result = await sql<{ id: string; site_id: string; name: string; count: string; newest: Date | null }>`
    select k.id, k.site_id, k.name, count(c.id) as count, max(c.published_at) as newest
    from categories k
    left join content_items c on c.category_id = k.id and ${LIVE}
    where k.id = any(${[...categoryIds]}::uuid[])
    group by k.id, k.site_id, k.name`.execute(db);
  return new Map(
    result.rows.map((r) => [
      r.id,
      { categoryId: r.id, siteId: r.site_id, name: r.name, count: Number(r.count), newest: r.newest },
    ]),
  );
}

export interface ContentActivity extends Activity {
  contentId: string;
  siteId: string;
  title: string;
}

/** For each given content item (a page mapped to an item): its title, and 1 with its publish time when it is live. */
export async function contentActivity(
  db: Executor,
  contentIds: readonly string[],
): Promise<Map<string, ContentActivity>> {
  if (contentIds.length === 0) return new Map();
  const result = await sql<{
    id: string;
    site_id: string;
    title: string;
    live: boolean;
    published_at: Date | null;
  }>`
    select c.id, c.site_id, c.title, (${LIVE}) as live, c.published_at
    from content_items c
    where c.id = any(${[...contentIds]}::uuid[])`.execute(db);
  return new Map(
    result.rows.map((r) => [
      r.id,
      {
        contentId: r.id,
        siteId: r.site_id,
        title: r.title,
        count: r.live ? 1 : 0,
        newest: r.live ? r.published_at : null,
      },
    ]),
  );
}

/**
 * Published legal documents per site: those filed on the site, or registered by the site's unit (the main portal
 * and the English site share the province's unit; only the main portal counts its register). `newest` is the issue
 * date of the newest document, at the start of that day in Việt Nam.
 */
export async function legalActivityBySite(
  db: Executor,
  siteIds: "all" | readonly string[],
): Promise<Map<string, Activity>> {
  if (siteIds !== "all" && siteIds.length === 0) return new Map();
  const filter = siteIds === "all" ? sql`true` : sql`s.id = any(${[...siteIds]}::uuid[])`;
  const result = await sql<{ site_id: string; count: string; newest: string | null }>`
    select s.id as site_id, count(d.id) as count, to_char(max(d.issued_on), 'YYYY-MM-DD') as newest
    from sites s
    join legal_documents d on d.published
      and (d.site_id = s.id or (s.kind <> 'english' and d.owner_unit_id = s.unit_id))
    where ${filter}
    group by s.id`.execute(db);
  return new Map(
    result.rows.map((r) => [
      r.site_id,
      { count: Number(r.count), newest: r.newest ? new Date(`${r.newest}T00:00:00+07:00`) : null },
    ]),
  );
}

export interface MappingTarget {
  kind: "category" | "page";
  id: string;
  name: string;
  slug: string;
}

/** A site's categories and pages, the places an item can be mapped to. */
export async function mappingTargets(db: Executor, siteId: string): Promise<MappingTarget[]> {
  const result = await sql<{ kind: "category" | "page"; id: string; name: string; slug: string }>`
    select 'category' as kind, id, name, slug from categories where site_id = ${siteId}::uuid and active
    union all
    select 'page' as kind, id, title as name, slug from content_items
    where site_id = ${siteId}::uuid and kind = 'page' and status <> 'unpublished'`.execute(db);
  return result.rows;
}

/** Whether a category or a content item belongs to the site (a mapping may only point inside its own site). */
export async function targetOfSite(
  db: Executor,
  siteId: string,
  target: { kind: "category" | "page"; id: string },
): Promise<MappingTarget | null> {
  const result =
    target.kind === "category"
      ? await sql<MappingTarget>`
          select 'category' as kind, id, name, slug from categories
          where id = ${target.id}::uuid and site_id = ${siteId}::uuid`.execute(db)
      : await sql<MappingTarget>`
          select 'page' as kind, id, title as name, slug from content_items
          where id = ${target.id}::uuid and site_id = ${siteId}::uuid`.execute(db);
  return result.rows[0] ?? null;
}

export interface SiteNewItems {
  siteId: string;
  siteKind: "main" | "english" | "component";
  siteName: string;
  unitKind: "province" | "office" | "department" | "district" | "commune";
  unitName: string;
  sortOrder: number;
  count: number;
}

/**
 * New items per active site published in [from, to] (Vietnamese days, both included): articles and announcements
 * still published, as seed 003's appendix counts "thông tin cập nhật mới". Every site is listed, 0 when it published
 * nothing.
 */
export async function newItemsBySite(
  db: Executor,
  period: { from: string; to: string },
): Promise<SiteNewItems[]> {
  const start = sql`(${period.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`;
  const end = sql`((${period.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')`;
  const result = await sql<{
    site_id: string;
    kind: SiteNewItems["siteKind"];
    name_vi: string;
    unit_kind: SiteNewItems["unitKind"];
    unit_name: string;
    sort_order: number;
    count: string;
  }>`
    select s.id as site_id, s.kind, s.name_vi, u.kind as unit_kind, u.name_vi as unit_name, u.sort_order,
      count(c.id) as count
    from sites s
    join units u on u.id = s.unit_id
    left join content_items c on c.site_id = s.id and c.kind in ('article', 'announcement')
      and c.status = 'published' and c.published_at >= ${start} and c.published_at < ${end}
    where s.active
    group by s.id, s.kind, s.name_vi, u.kind, u.name_vi, u.sort_order`.execute(db);
  return result.rows.map((r) => ({
    siteId: r.site_id,
    siteKind: r.kind,
    siteName: r.name_vi,
    unitKind: r.unit_kind,
    unitName: r.unit_name,
    sortOrder: r.sort_order,
    count: Number(r.count),
  }));
}
