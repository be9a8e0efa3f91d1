import { sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import { isLive } from "../live-content.js";
import type { ContentKind, MediaVariant } from "../tables.js";

export { siteCategories } from "../category-queries.js";
export { siteHomeSections as homeSections } from "../home-section-queries.js";

/** A cover image as the views need it: the media row's sizes and its own alt/caption/credit as fallbacks. */
export interface CoverImage {
  sha256: string;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
  alt: string;
  caption: string | null;
  credit: string | null;
}

function coverFrom(row: {
  m_sha256: string | null;
  m_width: number | null;
  m_height: number | null;
  m_variants: MediaVariant[] | null;
  m_alt: string | null;
  m_caption: string | null;
  m_credit: string | null;
  cover_alt: string | null;
  cover_caption: string | null;
}): CoverImage | null {
  if (!row.m_sha256) return null;
  return {
    sha256: row.m_sha256,
    width: row.m_width,
    height: row.m_height,
    variants: row.m_variants ?? [],
    alt: row.cover_alt ?? row.m_alt ?? "",
    caption: row.cover_caption ?? row.m_caption,
    credit: row.m_credit,
  };
}

const COVER_COLUMNS = [
  "m.sha256 as m_sha256",
  "m.width as m_width",
  "m.height as m_height",
  "m.variants as m_variants",
  "m.alt as m_alt",
  "m.caption as m_caption",
  "m.credit as m_credit",
  "ci.cover_alt",
  "ci.cover_caption",
] as const;

/** One line of a list (category, tag, home sections, related, feeds). */
export interface ListedItem {
  id: string;
  siteId: string;
  kind: ContentKind;
  title: string;
  slug: string;
  lead: string | null;
  author: string | null;
  publishedAt: Date;
  updatedAt: Date;
  categoryName: string | null;
  cover: CoverImage | null;
}

function listQuery(db: Executor) {
  return db
    .selectFrom("content_items as ci")
    .leftJoin("media as m", "m.id", "ci.cover_media_id")
    .leftJoin("categories as c", "c.id", "ci.category_id")
    .select([
      "ci.id",
      "ci.site_id",
      "ci.kind",
      "ci.title",
      "ci.slug",
      "ci.lead",
      "ci.author",
      "ci.published_at",
      "ci.updated_at",
      "c.name as category_name",
      ...COVER_COLUMNS,
    ])
    .where(isLive);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof listQuery>["execute"]>>[number];

function listedFrom(row: ListRow): ListedItem {
  return {
    id: row.id,
    siteId: row.site_id,
    kind: row.kind,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    author: row.author,
    // isLive guarantees a publish time.
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    categoryName: row.category_name,
    cover: coverFrom(row),
  };
}

export interface ListFilter {
  siteId: string;
  kinds: readonly ContentKind[];
  categoryIds?: readonly string[];
  tag?: string;
  excludeId?: string;
  limit: number;
  offset?: number;
}

/** Newest first, one page of a list and the total it belongs to, in one query (a window count). */
export async function listLive(db: Executor, f: ListFilter): Promise<{ items: ListedItem[]; total: number }> {
  if (f.categoryIds && f.categoryIds.length === 0) return { items: [], total: 0 };
  let q = listQuery(db)
    .select((eb) => eb.fn.countAll<number>().over().as("total"))
    .where("ci.site_id", "=", f.siteId)
    .where("ci.kind", "in", [...f.kinds]);
  if (f.categoryIds) q = q.where("ci.category_id", "in", [...f.categoryIds]);
  if (f.tag !== undefined) q = q.where("ci.tags", "@>", sql<string[]>`array[${f.tag}]::text[]`);
  if (f.excludeId) q = q.where("ci.id", "!=", f.excludeId);
  const rows = await q
    .orderBy("ci.published_at", "desc")
    .orderBy("ci.id", "desc")
    .limit(f.limit)
    .offset(f.offset ?? 0)
    .execute();
  return { items: rows.map(listedFrom), total: Number(rows[0]?.total ?? 0) };
}

/** Newest first without a total (home sections, related items, feeds). */
export async function latestLive(db: Executor, f: Omit<ListFilter, "offset">): Promise<ListedItem[]> {
  if (f.categoryIds && f.categoryIds.length === 0) return [];
  let q = listQuery(db)
    .where("ci.site_id", "=", f.siteId)
    .where("ci.kind", "in", [...f.kinds]);
  if (f.categoryIds) q = q.where("ci.category_id", "in", [...f.categoryIds]);
  if (f.excludeId) q = q.where("ci.id", "!=", f.excludeId);
  const rows = await q.orderBy("ci.published_at", "desc").orderBy("ci.id", "desc").limit(f.limit).execute();
  return rows.map(listedFrom);
}

/** One live item by id on a site (a lead story chosen by the site admin). */
export async function liveItemById(db: Executor, siteId: string, id: string): Promise<ListedItem | null> {
  const row = await listQuery(db).where("ci.site_id", "=", siteId).where("ci.id", "=", id).executeTakeFirst();
  return row ? listedFrom(row) : null;
}

/** The original of a main-portal copy, linked as "Nguồn: <site>" while it is itself live. */
export interface OriginLink {
  id: string;
  title: string;
  slug: string;
  kind: ContentKind;
  siteSlug: string;
  siteLang: "vi" | "en";
  siteName: string;
}

export interface LiveItem {
  id: string;
  siteId: string;
  kind: ContentKind;
  categoryId: string | null;
  title: string;
  slug: string;
  lead: string | null;
  bodyHtml: string;
  author: string | null;
  source: string | null;
  tags: string[];
  publishedAt: Date;
  updatedAt: Date;
  expireAt: Date | null;
  translationOfId: string | null;
  cover: CoverImage | null;
  origin: OriginLink | null;
}

/** The live item a public URL names, with its cover and its original's site, in one query. */
export async function liveItemBySlug(
  db: Executor,
  siteId: string,
  slug: string,
  kinds: readonly ContentKind[],
): Promise<LiveItem | null> {
  const row = await db
    .selectFrom("content_items as ci")
    .leftJoin("media as m", "m.id", "ci.cover_media_id")
    .leftJoin("content_items as o", "o.id", "ci.origin_id")
    .leftJoin("sites as os", "os.id", "o.site_id")
    .select([
      "ci.id",
      "ci.site_id",
      "ci.kind",
      "ci.category_id",
      "ci.title",
      "ci.slug",
      "ci.lead",
      "ci.body_html",
      "ci.author",
      "ci.source",
      "ci.tags",
      "ci.published_at",
      "ci.updated_at",
      "ci.expire_at",
      "ci.translation_of_id",
      ...COVER_COLUMNS,
      "o.id as o_id",
      "o.title as o_title",
      "o.slug as o_slug",
      "o.kind as o_kind",
      "os.slug as os_slug",
      "os.lang as os_lang",
      "os.name_vi as os_name_vi",
      "os.name_en as os_name_en",
      sql<boolean>`(o.status = 'published' and o.published_at <= now()
        and (o.expire_at is null or o.expire_at > now()) and os.active)`.as("o_live"),
    ])
    .where("ci.site_id", "=", siteId)
    .where("ci.slug", "=", slug)
    .where("ci.kind", "in", [...kinds])
    .where(isLive)
    .executeTakeFirst();
  if (!row) return null;
  const origin: OriginLink | null =
    row.o_live && row.o_id && row.o_title && row.o_slug && row.o_kind && row.os_slug !== null && row.os_lang
      ? {
          id: row.o_id,
          title: row.o_title,
          slug: row.o_slug,
          kind: row.o_kind,
          siteSlug: row.os_slug,
          siteLang: row.os_lang,
          siteName: (row.os_lang === "en" ? row.os_name_en : row.os_name_vi) ?? "",
        }
      : null;
  return {
    id: row.id,
    siteId: row.site_id,
    kind: row.kind,
    categoryId: row.category_id,
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    bodyHtml: row.body_html,
    author: row.author,
    source: row.source,
    tags: row.tags,
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    expireAt: row.expire_at,
    translationOfId: row.translation_of_id,
    cover: coverFrom(row),
    origin,
  };
}

/** Whether any item (in any state) holds this slug on the site: a built-in default page yields to it. */
export async function slugTaken(db: Executor, siteId: string, slug: string): Promise<boolean> {
  const row = await db
    .selectFrom("content_items")
    .select("id")
    .where("site_id", "=", siteId)
    .where("slug", "=", slug)
    .executeTakeFirst();
  return row !== undefined;
}

/** The live counterpart in the other language (either side may point at the other), for the vi/en switch. */
export interface Translation {
  id: string;
  kind: ContentKind;
  slug: string;
  siteSlug: string;
  siteLang: "vi" | "en";
}

export async function liveTranslation(
  db: Executor,
  item: { id: string; translationOfId: string | null },
  lang: "vi" | "en",
): Promise<Translation | null> {
  const row = await db
    .selectFrom("content_items as ci")
    .innerJoin("sites as s", "s.id", "ci.site_id")
    .select(["ci.id", "ci.kind", "ci.slug", "s.slug as site_slug", "s.lang as site_lang"])
    .where((eb) =>
      item.translationOfId
        ? eb.or([eb("ci.id", "=", item.translationOfId), eb("ci.translation_of_id", "=", item.id)])
        : eb("ci.translation_of_id", "=", item.id),
    )
    .where("s.lang", "!=", lang)
    .where("s.active", "=", true)
    .where(isLive)
    .orderBy("ci.published_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row
    ? { id: row.id, kind: row.kind, slug: row.slug, siteSlug: row.site_slug, siteLang: row.site_lang }
    : null;
}

export interface ListedLegalDocument {
  id: string;
  numberSymbol: string;
  docType: string;
  summary: string;
  issuedOn: string;
}

/**
 * The newest published legal documents for a site's home: the main and English portals list the whole register;
 * a component site lists what it published, what its unit registered, or what its unit issued.
 */
export async function latestLegalDocuments(
  db: Executor,
  site: { id: string; kind: "main" | "english" | "component"; unitId: string },
  limit: number,
): Promise<ListedLegalDocument[]> {
  let q = db
    .selectFrom("legal_documents")
    .select(["id", "number_symbol", "doc_type", "summary", "issued_on"])
    .where("published", "=", true);
  if (site.kind === "component") {
    q = q.where((eb) =>
      eb.or([
        eb("site_id", "=", site.id),
        eb("owner_unit_id", "=", site.unitId),
        eb("issuer_unit_id", "=", site.unitId),
      ]),
    );
  }
  const rows = await q.orderBy("issued_on", "desc").orderBy("id", "desc").limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    numberSymbol: r.number_symbol,
    docType: r.doc_type,
    summary: r.summary,
    issuedOn: r.issued_on,
  }));
}

/** Addresses for a site's sitemap: every live item, newest first, capped at the protocol's 50,000. */
export async function sitemapItems(
  db: Executor,
  siteId: string,
  limit: number,
): Promise<{ kind: ContentKind; slug: string; updatedAt: Date }[]> {
  const rows = await db
    .selectFrom("content_items as ci")
    .select(["ci.kind", "ci.slug", "ci.updated_at"])
    .where("ci.site_id", "=", siteId)
    .where(isLive)
    .orderBy("ci.published_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ kind: r.kind, slug: r.slug, updatedAt: r.updated_at }));
}

/** Path prefixes of every active site, for robots.txt's sitemap list. */
export async function activeSiteSlugs(db: Executor): Promise<{ slug: string; kind: string }[]> {
  return db
    .selectFrom("sites")
    .select(["slug", "kind"])
    .where("active", "=", true)
    .orderBy("sort_order")
    .orderBy("slug")
    .execute();
}
