import { type RawBuilder, sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import { MAX_RESULTS, type ResultType } from "./domain/filters.js";

/**
 * Where to look: every site, or one site. Legal documents follow the register's rule (P3's public list): the main
 * portal and the English site show every document, a component site those held by its unit or the units below it
 * (`legalUnitId`, null for "every document").
 */
export type SearchScope = { kind: "all" } | { kind: "site"; siteId: string; legalUnitId: string | null };

export interface SearchRequest {
  /** to_tsquery text (see toTsQueryText); f_search_key is applied here. */
  tsquery: string;
  /** Lower-cased query as typed, and its distinct words: the exact-diacritics boost. */
  exact: { phrase: string; words: string[] };
  scope: SearchScope;
  categoryId: string | null;
  type: ResultType | null;
  fromAt: Date | null;
  toAt: Date | null;
  fromDay: string | null;
  toDay: string | null;
  limit: number;
  offset: number;
}

export interface SearchHit {
  source: "content" | "legal";
  id: string;
  type: ResultType;
  title: string;
  /** Lead of a content item, summary of a legal document. */
  lead: string | null;
  /** The start of the body (content items only), for the snippet. */
  body: string | null;
  slug: string | null;
  /** Published at (content) or issued on (legal documents, as the start of that day). */
  date: Date | null;
  site: { slug: string; lang: "vi" | "en"; nameVi: string; nameEn: string } | null;
  categoryName: string | null;
  score: number;
}

export interface SearchResultPage {
  hits: SearchHit[];
  /** Matches in all (at most MAX_RESULTS); null when the page is past the last result (the count comes with the rows). */
  total: number | null;
  /** There are more than MAX_RESULTS matches: only the most recent ones were ranked and counted. */
  capped: boolean;
}

/** Enough of a long body for a snippet around the first match. */
const BODY_PREFIX_CHARS = 8_000;

/**
 * Ranking: ts_rank_cd (cover density, normalised to 0..1 by flag 32) plus a boost when the title (or the lead)
 * contains the query with its exact diacritics: 1 for the whole query, up to 0.5 more for its single words. The boost
 * outweighs any rank, so "Quảng Ngãi" lists items written "Quảng Ngãi" before "Quang Ngai" or "quảng ngại".
 * `text` is the lower-cased title and lead.
 */
function score(
  vector: RawBuilder<unknown>,
  tsq: RawBuilder<unknown>,
  text: RawBuilder<unknown>,
  req: SearchRequest,
) {
  const words = req.exact.words;
  // One CASE per word (at most MAX_TERMS) costs less per row than a subquery over an array.
  const wordBoost =
    words.length === 0
      ? sql`0`
      : sql`(0.5 / ${words.length}::float8) * (${sql.join(
          words.map((w) => sql`case when strpos(${text}, ${w}) > 0 then 1 else 0 end`),
          sql` + `,
        )})`;
  return sql<number>`(ts_rank_cd(${vector}, ${tsq}, 32)
    + case when strpos(${text}, ${req.exact.phrase}) > 0 then 1 else 0 end
    + ${wordBoost})`;
}

/**
 * Matches are first cut to the most recent MAX_RESULTS (+1, to know there are more) of each kind, then ranked, so
 * ranking and counting never cover tens of thousands of rows. A common word ("quảng ngãi" is in one article of nine)
 * still makes PostgreSQL read every match's date: it reads them from content_search, whose narrow rows (migration
 * 2070) put ~36 items on a page instead of ~4 in content_items.
 */
function contentHits(req: SearchRequest, tsq: RawBuilder<unknown>) {
  // content_search holds published items only (migration 2070): no status filter.
  const where = [sql`c.search @@ ${tsq}`, sql`(c.expire_at is null or c.expire_at > now())`];
  if (req.scope.kind === "site") where.push(sql`c.site_id = ${req.scope.siteId}::uuid`);
  if (req.categoryId) where.push(sql`c.category_id = ${req.categoryId}::uuid`);
  if (req.type && req.type !== "legal") where.push(sql`c.kind = ${req.type}`);
  if (req.fromAt) where.push(sql`c.published_at >= ${req.fromAt}`);
  if (req.toAt) where.push(sql`c.published_at < ${req.toAt}`);
  return sql`
    select 'content'::text as source, k.id, k.kind::text as type, k.site_id, k.at,
      ${score(sql`ci.search_head`, tsq, sql`lower(ci.title || ' ' || coalesce(ci.lead, ''))`, req)} as score
    from (
      select c.id, c.kind, c.site_id, c.published_at as at
      from content_search c
      where ${sql.join(where, sql` and `)}
      order by c.published_at desc
      limit ${MAX_RESULTS + 1}
    ) k
    join content_items ci on ci.id = k.id`;
}

function legalHits(req: SearchRequest, tsq: RawBuilder<unknown>) {
  const where = [sql`d.search @@ ${tsq}`, sql`d.published`];
  if (req.scope.kind === "site" && req.scope.legalUnitId !== null) {
    where.push(sql`d.owner_unit_id in (
      with recursive subtree as (
        select id from units where id = ${req.scope.legalUnitId}::uuid
        union all
        select u.id from units u join subtree on u.parent_id = subtree.id
      )
      select id from subtree)`);
  }
  if (req.fromDay) where.push(sql`d.issued_on >= ${req.fromDay}::date`);
  if (req.toDay) where.push(sql`d.issued_on <= ${req.toDay}::date`);
  return sql`
    select 'legal'::text as source, k.id, 'legal'::text as type, k.site_id,
      (k.issued_on::timestamp - interval '7 hours') at time zone 'UTC' as at,
      ${score(sql`k.search`, tsq, sql`k.head_text`, req)} as score
    from (
      select d.id, d.site_id, d.issued_on, d.search, lower(d.number_symbol || ' ' || d.summary) as head_text
      from legal_documents d
      where ${sql.join(where, sql` and `)}
      order by d.issued_on desc, d.id desc
      limit ${MAX_RESULTS + 1}
    ) k`;
}

export interface HitRow {
  source: "content" | "legal";
  id: string;
  type: ResultType;
  at: Date | null;
  score: number;
  total: string;
  n_content: string;
  n_legal: string;
  c_title: string | null;
  c_lead: string | null;
  c_body: string | null;
  c_slug: string | null;
  d_number: string | null;
  d_type: string | null;
  d_summary: string | null;
  s_slug: string | null;
  s_lang: "vi" | "en" | null;
  s_name_vi: string | null;
  s_name_en: string | null;
  category_name: string | null;
}

/**
 * The query for one page of results and the total: the matches of content items and legal documents are found
 * through their GIN indexes, ranked, counted (window) and cut to the page before the display columns are joined.
 * Null when the filters leave nothing to search. Exported so a test can EXPLAIN exactly what runs.
 */
export function searchQuery(req: SearchRequest): RawBuilder<HitRow> | null {
  const tsq = sql`to_tsquery('simple', f_search_key(${req.tsquery}))`;
  const parts: RawBuilder<unknown>[] = [];
  // A category narrows to content items; legal documents have none.
  if (req.type !== "legal") parts.push(contentHits(req, tsq));
  if ((req.type === null || req.type === "legal") && req.categoryId === null) parts.push(legalHits(req, tsq));
  if (parts.length === 0) return null;
  return sql<HitRow>`
    with hits as (${sql.join(parts, sql` union all `)}),
    ranked as (
      select h.*, count(*) over () as total,
        count(*) filter (where h.source = 'content') over () as n_content,
        count(*) filter (where h.source = 'legal') over () as n_legal
      from hits h
      order by h.score desc, h.at desc nulls last, h.id desc
      limit ${req.limit} offset ${req.offset}
    )
    select r.source, r.id, r.type, r.at, r.score, r.total, r.n_content, r.n_legal,
      c.title as c_title, c.lead as c_lead, left(c.body_text, ${BODY_PREFIX_CHARS}) as c_body, c.slug as c_slug,
      d.number_symbol as d_number, d.doc_type as d_type, d.summary as d_summary,
      s.slug as s_slug, s.lang as s_lang, s.name_vi as s_name_vi, s.name_en as s_name_en,
      cat.name as category_name
    from ranked r
    left join content_items c on r.source = 'content' and c.id = r.id
    left join legal_documents d on r.source = 'legal' and d.id = r.id
    left join sites s on s.id = r.site_id
    left join categories cat on cat.id = c.category_id
    order by r.score desc, r.at desc nulls last, r.id desc`;
}

/** One page of results and the total, in ONE query (see searchQuery). */
export async function searchPublished(db: Executor, req: SearchRequest): Promise<SearchResultPage> {
  const query = searchQuery(req);
  if (!query) return { hits: [], total: 0, capped: false };
  const result = await query.execute(db);
  const first = result.rows[0];
  return {
    total: first ? Math.min(Number(first.total), MAX_RESULTS) : req.offset === 0 ? 0 : null,
    capped: first ? Number(first.n_content) > MAX_RESULTS || Number(first.n_legal) > MAX_RESULTS : false,
    hits: result.rows.map((r) => ({
      source: r.source,
      id: r.id,
      type: r.type,
      title: r.source === "legal" ? `${r.d_type ?? ""} ${r.d_number ?? ""}`.trim() : (r.c_title ?? ""),
      lead: r.source === "legal" ? r.d_summary : r.c_lead,
      body: r.c_body,
      slug: r.c_slug,
      date: r.at ? new Date(r.at) : null,
      site:
        r.s_slug !== null && r.s_lang !== null
          ? { slug: r.s_slug, lang: r.s_lang, nameVi: r.s_name_vi ?? "", nameEn: r.s_name_en ?? "" }
          : null,
      categoryName: r.category_name,
      score: Number(r.score),
    })),
  };
}

export interface SiteChoice {
  id: string;
  slug: string;
  unitId: string;
  nameVi: string;
  nameEn: string;
  lang: "vi" | "en";
  component: boolean;
}

export interface CategoryChoice {
  id: string;
  parentId: string | null;
  name: string;
}

export interface FilterOptions {
  sites: SiteChoice[];
  categories: CategoryChoice[];
}

/**
 * The choices of the filter form in ONE query: every active site (when the page searches all of them) and the
 * active categories of the site searched (`categorySiteId`).
 */
export async function filterOptions(
  db: Executor,
  opts: { withSites: boolean; categorySiteId: string | null },
): Promise<FilterOptions> {
  if (!opts.withSites && !opts.categorySiteId) return { sites: [], categories: [] };
  const parts: RawBuilder<unknown>[] = [];
  if (opts.withSites) {
    parts.push(sql`
      select 'site'::text as kind, s.id, s.slug, s.unit_id, s.name_vi as name, s.name_en, s.lang,
        null::uuid as parent_id, s.sort_order, (s.kind <> 'component') as first, s.kind as site_kind
      from sites s where s.active`);
  }
  if (opts.categorySiteId) {
    parts.push(sql`
      select 'category'::text, c.id, c.slug, null::uuid, c.name, null::text, null::text, c.parent_id, c.sort_order,
        false, null::text
      from categories c where c.active and c.site_id = ${opts.categorySiteId}::uuid`);
  }
  const result = await sql<{
    kind: "site" | "category";
    id: string;
    slug: string;
    unit_id: string | null;
    name: string;
    name_en: string | null;
    lang: "vi" | "en" | null;
    parent_id: string | null;
    site_kind: "main" | "english" | "component" | null;
  }>`${sql.join(parts, sql` union all `)} order by 1 desc, 10 desc, 9, 5`.execute(db);
  const sites: SiteChoice[] = [];
  const categories: CategoryChoice[] = [];
  for (const r of result.rows) {
    if (r.kind === "site") {
      sites.push({
        id: r.id,
        slug: r.slug,
        unitId: r.unit_id ?? "",
        nameVi: r.name,
        nameEn: r.name_en ?? r.name,
        lang: r.lang ?? "vi",
        component: r.site_kind === "component",
      });
    } else {
      categories.push({ id: r.id, parentId: r.parent_id, name: r.name });
    }
  }
  return { sites, categories };
}
