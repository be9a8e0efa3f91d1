import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { ContentKind } from "../tables.js";

/** Views counted in memory for one (day, site, content) since the last flush. */
export interface ViewBucket {
  day: string;
  siteId: string;
  contentId: string | null;
  views: number;
}

const NO_CONTENT = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Adds buffered counts to page_views in ONE statement, whatever the batch size. A content id that is no longer
 * (or never was) a content item — deleted meanwhile, or a category page — counts for the site only, and a site that
 * is gone is dropped, so one stale bucket never fails the batch.
 */
export async function addPageViews(db: Executor, buckets: readonly ViewBucket[]): Promise<void> {
  if (buckets.length === 0) return;
  const days = buckets.map((b) => b.day);
  const sites = buckets.map((b) => b.siteId);
  const contents = buckets.map((b) => b.contentId);
  const views = buckets.map((b) => b.views);
  // Resolved content ids can collide (two stale ids → null), so sum per key before the upsert touches a row twice.
  await sql`
    insert into page_views (day, site_id, content_id, views)
    select v.day, v.site_id, c.id, sum(v.views)::integer
    from unnest(${days}::date[], ${sites}::uuid[], ${contents}::uuid[], ${views}::integer[])
      as v(day, site_id, content_id, views)
    join sites s on s.id = v.site_id
    left join content_items c on c.id = v.content_id
    group by v.day, v.site_id, c.id
    on conflict (day, site_id, coalesce(content_id, ${NO_CONTENT}))
    do update set views = page_views.views + excluded.views`.execute(db);
}

export interface StatsScope {
  /** Inclusive ISO days. */
  from: string;
  to: string;
  /** The sites to count: "all" (system admin) or these ids. */
  siteIds: "all" | readonly string[];
}

function siteFilter(scope: StatsScope) {
  if (scope.siteIds === "all") return sql`true`;
  if (scope.siteIds.length === 0) return sql`false`;
  return sql`pv.site_id = any(${[...scope.siteIds]}::uuid[])`;
}

export interface SiteTotal {
  siteId: string;
  siteSlug: string;
  siteName: string;
  views: number;
}

/** Views per site in the period, every site of the scope listed (zero when nobody came), most viewed first. */
export async function siteTotals(db: Executor, scope: StatsScope): Promise<SiteTotal[]> {
  const sites =
    scope.siteIds === "all"
      ? sql`true`
      : scope.siteIds.length === 0
        ? sql`false`
        : sql`s.id = any(${[...scope.siteIds]}::uuid[])`;
  const result = await sql<{ site_id: string; slug: string; name_vi: string; views: string }>`
    select s.id as site_id, s.slug, s.name_vi, coalesce(sum(pv.views), 0)::bigint as views
    from sites s
    left join page_views pv on pv.site_id = s.id and pv.day between ${scope.from}::date and ${scope.to}::date
    where ${sites}
    group by s.id, s.slug, s.name_vi, s.sort_order
    order by views desc, s.sort_order, s.name_vi`.execute(db);
  return result.rows.map((r) => ({
    siteId: r.site_id,
    siteSlug: r.slug,
    siteName: r.name_vi,
    views: Number(r.views),
  }));
}

/** Total views per day of the period (only days with views; the caller fills the gaps). */
export async function dailyViews(db: Executor, scope: StatsScope): Promise<Map<string, number>> {
  const result = await sql<{ day: string; views: string }>`
    select to_char(pv.day, 'YYYY-MM-DD') as day, sum(pv.views)::bigint as views
    from page_views pv
    where pv.day between ${scope.from}::date and ${scope.to}::date and ${siteFilter(scope)}
    group by pv.day`.execute(db);
  return new Map(result.rows.map((r) => [r.day, Number(r.views)]));
}

export interface TopContent {
  contentId: string;
  title: string;
  kind: ContentKind;
  slug: string;
  siteSlug: string;
  siteName: string;
  siteLang: "vi" | "en";
  views: number;
}

/** The most viewed content items of the period. */
export async function topContent(db: Executor, scope: StatsScope, limit: number): Promise<TopContent[]> {
  const result = await sql<{
    content_id: string;
    title: string;
    kind: ContentKind;
    slug: string;
    site_slug: string;
    site_name: string;
    site_lang: "vi" | "en";
    views: string;
  }>`
    select t.content_id, c.title, c.kind, c.slug, s.slug as site_slug, s.name_vi as site_name,
      s.lang as site_lang, t.views
    from (
      select pv.content_id, sum(pv.views)::bigint as views
      from page_views pv
      where pv.content_id is not null and pv.day between ${scope.from}::date and ${scope.to}::date
        and ${siteFilter(scope)}
      group by pv.content_id
      order by views desc, pv.content_id
      limit ${limit}
    ) t
    join content_items c on c.id = t.content_id
    join sites s on s.id = c.site_id
    order by t.views desc, c.title`.execute(db);
  return result.rows.map((r) => ({
    contentId: r.content_id,
    title: r.title,
    kind: r.kind,
    slug: r.slug,
    siteSlug: r.site_slug,
    siteName: r.site_name,
    siteLang: r.site_lang,
    views: Number(r.views),
  }));
}

export interface ViewRow {
  day: string;
  siteName: string;
  /** Null for the site's other pages (home, categories …). */
  title: string | null;
  views: number;
}

/** Every stored row of the period, for the CSV export: by day, then site, then views. */
export async function viewRows(db: Executor, scope: StatsScope): Promise<ViewRow[]> {
  const result = await sql<{ day: string; site_name: string; title: string | null; views: number }>`
    select to_char(pv.day, 'YYYY-MM-DD') as day, s.name_vi as site_name, c.title, pv.views
    from page_views pv
    join sites s on s.id = pv.site_id
    left join content_items c on c.id = pv.content_id
    where pv.day between ${scope.from}::date and ${scope.to}::date and ${siteFilter(scope)}
    order by pv.day, s.sort_order, s.name_vi, pv.views desc, c.title nulls first`.execute(db);
  return result.rows.map((r) => ({ day: r.day, siteName: r.site_name, title: r.title, views: r.views }));
}

export interface SiteOption {
  id: string;
  slug: string;
  name: string;
}

/** The sites a person may see statistics of, for the site selector. */
export async function statsSites(db: Executor, siteIds: "all" | readonly string[]): Promise<SiteOption[]> {
  if (siteIds !== "all" && siteIds.length === 0) return [];
  let query = db
    .selectFrom("sites")
    .select(["id", "slug", "name_vi"])
    .orderBy("sort_order")
    .orderBy("name_vi");
  if (siteIds !== "all") query = query.where("id", "in", [...siteIds]);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name_vi }));
}
