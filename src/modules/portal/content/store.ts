/**
 * SQL of articles, pages and announcements (content_items) and their revisions. The only file that writes them.
 *
 * Read functions for the other portal areas (public rendering P4, search/statistics P5, demo content P6) — all
 * return only what readers may see: status 'published' and not past its expiry:
 *
 *   getPublishedBySlug(db, siteId, slug, now?)   one item with body, cover media, category and promotion origin;
 *                                               uses content_items_site_slug_key.
 *   getPublishedById(db, id, now?)              the same by id.
 *   listPublished(db, { siteId, categoryId?, tag?, kind?, limit, offset, now? })
 *                                               summaries (no body) newest first by published_at; uses
 *                                               content_items_listing_idx / _category_idx / _tags_idx (GIN).
 *   countPublished(db, same filters)            the total for pagination.
 *   slugify(title)                              Vietnamese title → URL slug (re-exported from domain/slug.ts).
 *   sanitizeBody(html)                          the server-side sanitiser (re-exported), for seeds that write bodies.
 *   isPubliclyVisible(item, now)                the same rule in code.
 *
 * Writes (create, save, workflow, restore, promote) go through the admin routes in routes.tsx so each is audited.
 */
import { type Insertable, sql, type Updateable } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import type {
  Category,
  ContentItem,
  ContentItemTable,
  ContentKind,
  ContentRevision,
  ContentStatus,
  Media,
} from "../tables.js";
import { uniqueSlug } from "./domain/slug.js";

export { sanitizeBody } from "./domain/sanitize.js";
export { slugify } from "./domain/slug.js";

// ---------------------------------------------------------------------------------------------------------------
// Public reads (P4, P5, P6)

/** Whether readers may see the item now (the same rule as the SQL of the read functions below). */
export function isPubliclyVisible(
  item: Pick<ContentItem, "status" | "expire_at">,
  now: Date = new Date(),
): boolean {
  return item.status === "published" && (item.expire_at === null || item.expire_at.getTime() > now.getTime());
}

/** The visibility rule in SQL; content_items must be in the query under its own name. */
function visible(now: Date) {
  return sql<boolean>`content_items.status = 'published' and (content_items.expire_at is null or content_items.expire_at > ${now})`;
}

/** Cover image fields as the public pages and ResponsiveImage need them. */
export type CoverMedia = Pick<Media, "id" | "sha256" | "width" | "height" | "variants" | "credit">;

export interface PublishedSummary {
  id: string;
  site_id: string;
  kind: ContentKind;
  category_id: string | null;
  category_slug: string | null;
  category_name: string | null;
  title: string;
  slug: string;
  lead: string | null;
  cover: CoverMedia | null;
  cover_alt: string | null;
  cover_caption: string | null;
  author: string | null;
  tags: string[];
  published_at: Date | null;
  updated_at: Date;
  origin_id: string | null;
}

export interface PublishedItem extends PublishedSummary {
  body_html: string;
  body_text: string;
  source: string | null;
  is_repost: boolean;
  expire_at: Date | null;
  translation_of_id: string | null;
  /** Set on a main-portal copy: where the item was first published ("Nguồn: <site name>"). */
  origin: { siteId: string; siteName: string; siteSlug: string; slug: string; visible: boolean } | null;
}

type CoverKeys =
  | "cover_id"
  | "cover_sha256"
  | "cover_width"
  | "cover_height"
  | "cover_variants"
  | "cover_credit";

type SummaryRow = Omit<PublishedSummary, "cover"> & {
  cover_id: string | null;
  cover_sha256: string | null;
  cover_width: number | null;
  cover_height: number | null;
  cover_variants: Media["variants"] | null;
  cover_credit: string | null;
};

function summarySelect(db: Executor) {
  return db
    .selectFrom("content_items")
    .leftJoin("categories", "categories.id", "content_items.category_id")
    .leftJoin("media", "media.id", "content_items.cover_media_id")
    .select([
      "content_items.id",
      "content_items.site_id",
      "content_items.kind",
      "content_items.category_id",
      "categories.slug as category_slug",
      "categories.name as category_name",
      "content_items.title",
      "content_items.slug",
      "content_items.lead",
      "content_items.cover_alt",
      "content_items.cover_caption",
      "content_items.author",
      "content_items.tags",
      "content_items.published_at",
      "content_items.updated_at",
      "content_items.origin_id",
      "media.id as cover_id",
      "media.sha256 as cover_sha256",
      "media.width as cover_width",
      "media.height as cover_height",
      "media.variants as cover_variants",
      "media.credit as cover_credit",
    ]);
}

function toSummary<T extends SummaryRow>(row: T): Omit<T, CoverKeys> & { cover: CoverMedia | null } {
  const { cover_id, cover_sha256, cover_width, cover_height, cover_variants, cover_credit, ...rest } = row;
  return {
    ...rest,
    cover:
      cover_id && cover_sha256
        ? {
            id: cover_id,
            sha256: cover_sha256,
            width: cover_width,
            height: cover_height,
            variants: cover_variants ?? [],
            credit: cover_credit,
          }
        : null,
  };
}

async function publishedOne(
  db: Executor,
  by: { siteId: string; slug: string } | { id: string },
  now: Date,
): Promise<PublishedItem | undefined> {
  let q = summarySelect(db)
    .select([
      "content_items.body_html",
      "content_items.body_text",
      "content_items.source",
      "content_items.is_repost",
      "content_items.expire_at",
      "content_items.translation_of_id",
    ])
    .where(visible(now));
  q =
    "id" in by
      ? q.where("content_items.id", "=", by.id)
      : q.where("content_items.site_id", "=", by.siteId).where("content_items.slug", "=", by.slug);
  const row = await q.executeTakeFirst();
  if (!row) return undefined;
  let origin: PublishedItem["origin"] = null;
  if (row.origin_id) {
    const o = await db
      .selectFrom("content_items")
      .innerJoin("sites", "sites.id", "content_items.site_id")
      .select([
        "content_items.slug",
        "content_items.status",
        "content_items.expire_at",
        "sites.id as site_id",
        "sites.name_vi",
        "sites.slug as site_slug",
      ])
      .where("content_items.id", "=", row.origin_id)
      .executeTakeFirst();
    if (o) {
      origin = {
        siteId: o.site_id,
        siteName: o.name_vi,
        siteSlug: o.site_slug,
        slug: o.slug,
        visible: isPubliclyVisible(o, now),
      };
    }
  }
  return { ...toSummary(row), origin };
}

/** One published item of a site by its slug, with body, cover, category and origin; undefined if not visible. */
export function getPublishedBySlug(
  db: Executor,
  siteId: string,
  slug: string,
  now: Date = new Date(),
): Promise<PublishedItem | undefined> {
  return publishedOne(db, { siteId, slug }, now);
}

export function getPublishedById(
  db: Executor,
  id: string,
  now: Date = new Date(),
): Promise<PublishedItem | undefined> {
  return publishedOne(db, { id }, now);
}

export interface PublishedFilters {
  siteId: string;
  categoryId?: string | undefined;
  /** One normalised tag (lower case, as stored). */
  tag?: string | undefined;
  kind?: ContentKind | undefined;
  now?: Date | undefined;
}

function publishedBase(db: Executor, f: PublishedFilters) {
  let q = summarySelect(db)
    .where("content_items.site_id", "=", f.siteId)
    .where(visible(f.now ?? new Date()));
  if (f.categoryId) q = q.where("content_items.category_id", "=", f.categoryId);
  if (f.kind) q = q.where("content_items.kind", "=", f.kind);
  if (f.tag) q = q.where("content_items.tags", "@>", sql<string[]>`array[${f.tag}]::text[]`);
  return q;
}

/** Published summaries of a site, newest first (published_at, then id). One query. */
export async function listPublished(
  db: Executor,
  f: PublishedFilters & { limit: number; offset?: number },
): Promise<PublishedSummary[]> {
  const rows = await publishedBase(db, f)
    .orderBy("content_items.published_at", "desc")
    .orderBy("content_items.id", "desc")
    .limit(Math.max(0, Math.min(f.limit, 500)))
    .offset(Math.max(0, f.offset ?? 0))
    .execute();
  return rows.map((r) => toSummary(r));
}

export async function countPublished(db: Executor, f: PublishedFilters): Promise<number> {
  let q = db
    .selectFrom("content_items")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("content_items.site_id", "=", f.siteId)
    .where(visible(f.now ?? new Date()));
  if (f.categoryId) q = q.where("content_items.category_id", "=", f.categoryId);
  if (f.kind) q = q.where("content_items.kind", "=", f.kind);
  if (f.tag) q = q.where("content_items.tags", "@>", sql<string[]>`array[${f.tag}]::text[]`);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

// ---------------------------------------------------------------------------------------------------------------
// Admin reads

export const ADMIN_PAGE_SIZE = 25;

export interface AdminFilters {
  /** Sites the person may see ("all" for system admins); an empty list sees nothing. */
  sites: "all" | readonly string[];
  siteId?: string | undefined;
  status?: ContentStatus | undefined;
  kind?: ContentKind | undefined;
  categoryId?: string | undefined;
  q?: string | undefined;
  /**
   * The main portal's id: list only published articles and announcements of component sites that have no copy there
   * yet (what a main-portal approver may promote).
   */
  promotableTo?: string | undefined;
}

export interface AdminListRow {
  id: string;
  site_id: string;
  site_name: string;
  kind: ContentKind;
  title: string;
  slug: string;
  status: ContentStatus;
  category_name: string | null;
  author: string | null;
  updated_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  publish_at: Date | null;
  published_at: Date | null;
  origin_id: string | null;
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function adminBase(db: Executor, f: AdminFilters, withStatus: boolean) {
  let q = db.selectFrom("content_items");
  if (f.sites !== "all") {
    q = q.where(
      "content_items.site_id",
      "in",
      f.sites.length > 0 ? [...f.sites] : ["00000000-0000-0000-0000-000000000000"],
    );
  }
  if (f.siteId) q = q.where("content_items.site_id", "=", f.siteId);
  if (withStatus && f.status) q = q.where("content_items.status", "=", f.status);
  if (f.kind) q = q.where("content_items.kind", "=", f.kind);
  if (f.categoryId) q = q.where("content_items.category_id", "=", f.categoryId);
  if (f.promotableTo) {
    const mainId = f.promotableTo;
    q = q
      .where("content_items.status", "=", "published")
      .where("content_items.kind", "!=", "page")
      .where(
        "content_items.site_id",
        "in",
        db.selectFrom("sites").select("id").where("kind", "=", "component"),
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("content_items as copy")
              .select("copy.id")
              .whereRef("copy.origin_id", "=", "content_items.id")
              .where("copy.site_id", "=", mainId),
          ),
        ),
      );
  }
  for (const word of (f.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    q = q.where(
      sql<string>`f_search_key(content_items.title)`,
      "like",
      sql<string>`'%' || f_search_key(${likeEscape(word)}) || '%'`,
    );
  }
  return q;
}

/** One page of the admin list, newest first, and the total: two queries whatever the data size. */
export async function listAdminItems(
  db: Executor,
  f: AdminFilters,
  page: { limit: number; offset: number },
): Promise<{ rows: AdminListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    adminBase(db, f, true)
      .innerJoin("sites", "sites.id", "content_items.site_id")
      .leftJoin("categories", "categories.id", "content_items.category_id")
      .leftJoin("staff_users", "staff_users.id", "content_items.updated_by")
      .select([
        "content_items.id",
        "content_items.site_id",
        "sites.name_vi as site_name",
        "content_items.kind",
        "content_items.title",
        "content_items.slug",
        "content_items.status",
        "categories.name as category_name",
        "content_items.author",
        "staff_users.full_name as updated_by_name",
        "content_items.created_at",
        "content_items.updated_at",
        "content_items.publish_at",
        "content_items.published_at",
        "content_items.origin_id",
      ])
      .orderBy("content_items.created_at", "desc")
      .orderBy("content_items.id", "desc")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    adminBase(db, f, true)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** How many items of each status match the other filters (the status tabs above the list). One query. */
export async function countByStatus(db: Executor, f: AdminFilters): Promise<Record<ContentStatus, number>> {
  const rows = await adminBase(db, f, false)
    .select(["content_items.status", (eb) => eb.fn.countAll<string>().as("n")])
    .groupBy("content_items.status")
    .execute();
  const out: Record<ContentStatus, number> = {
    draft: 0,
    submitted: 0,
    returned: 0,
    scheduled: 0,
    published: 0,
    unpublished: 0,
  };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

export async function getItem(db: Executor, id: string): Promise<ContentItem | undefined> {
  return db.selectFrom("content_items").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The row locked until the transaction ends: workflow steps and saves read, decide, then write it. */
export async function getItemForUpdate(tx: Executor, id: string): Promise<ContentItem | undefined> {
  return tx.selectFrom("content_items").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export interface SiteRef {
  id: string;
  name_vi: string;
  slug: string;
  kind: "main" | "english" | "component";
  active: boolean;
}

export async function getSiteRef(db: Executor, id: string): Promise<SiteRef | undefined> {
  return db
    .selectFrom("sites")
    .select(["id", "name_vi", "slug", "kind", "active"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function mainSite(db: Executor): Promise<SiteRef | undefined> {
  return db
    .selectFrom("sites")
    .select(["id", "name_vi", "slug", "kind", "active"])
    .where("kind", "=", "main")
    .orderBy("sort_order")
    .limit(1)
    .executeTakeFirst();
}

/** Active sites among `ids` (or all), main portal first, then by name order of the site admin list. */
export async function listSiteRefs(db: Executor, ids: "all" | readonly string[]): Promise<SiteRef[]> {
  if (ids !== "all" && ids.length === 0) return [];
  let q = db
    .selectFrom("sites")
    .select(["id", "name_vi", "slug", "kind", "active"])
    .where("active", "=", true);
  if (ids !== "all") q = q.where("id", "in", [...ids]);
  const rows = await q.orderBy("sort_order").orderBy("name_vi").execute();
  const order = { main: 0, english: 1, component: 2 } as const;
  return rows.sort((a, b) => order[a.kind] - order[b.kind]);
}

export async function listSiteCategories(
  db: Executor,
  siteId: string,
): Promise<Pick<Category, "id" | "parent_id" | "name" | "sort_order" | "active">[]> {
  return db
    .selectFrom("categories")
    .select(["id", "parent_id", "name", "sort_order", "active"])
    .where("site_id", "=", siteId)
    .orderBy("sort_order")
    .orderBy("name")
    .limit(1000)
    .execute();
}

export async function categoryNames(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("categories")
    .select(["id", "name"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getCategory(db: Executor, id: string): Promise<Category | undefined> {
  return db.selectFrom("categories").selectAll().where("id", "=", id).executeTakeFirst();
}

export type PickerImage = Pick<
  Media,
  "id" | "sha256" | "original_name" | "alt" | "caption" | "variants" | "site_id"
>;

/** Images an item of the site may use as its cover: the site's own and the shared ones, newest first. */
export async function siteImages(db: Executor, siteId: string, limit = 100): Promise<PickerImage[]> {
  return db
    .selectFrom("media")
    .select(["id", "sha256", "original_name", "alt", "caption", "variants", "site_id"])
    .where("kind", "=", "image")
    .where((eb) => eb.or([eb("site_id", "=", siteId), eb("site_id", "is", null)]))
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export async function getMediaRef(
  db: Executor,
  id: string,
): Promise<(PickerImage & { kind: Media["kind"] }) | undefined> {
  return db
    .selectFrom("media")
    .select(["id", "sha256", "original_name", "alt", "caption", "variants", "site_id", "kind"])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** A promoted copy of the item on another site, if any. */
export async function promotedCopy(
  db: Executor,
  originId: string,
  siteId: string,
): Promise<Pick<ContentItem, "id" | "slug" | "status"> | undefined> {
  return db
    .selectFrom("content_items")
    .select(["id", "slug", "status"])
    .where("origin_id", "=", originId)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------------------------
// Writes

/**
 * A free slug for the site: `wanted` if given and free, else derived from the title with -2, -3 … One query reads the
 * slugs already starting with the base; the unique index (site_id, slug) stays the final guard.
 */
export async function freeSlug(
  db: Executor,
  siteId: string,
  base: string,
  excludeId: string | null,
): Promise<string> {
  const root = base === "" ? "bai-viet" : base;
  let q = db
    .selectFrom("content_items")
    .select("slug")
    .where("site_id", "=", siteId)
    .where((eb) => eb.or([eb("slug", "=", root), eb("slug", "like", `${likeEscape(root)}-%`)]));
  if (excludeId) q = q.where("id", "!=", excludeId);
  const rows = await q.execute();
  return uniqueSlug(root, new Set(rows.map((r) => r.slug)));
}

export async function slugTaken(
  db: Executor,
  siteId: string,
  slug: string,
  excludeId: string | null,
): Promise<boolean> {
  let q = db.selectFrom("content_items").select("id").where("site_id", "=", siteId).where("slug", "=", slug);
  if (excludeId) q = q.where("id", "!=", excludeId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertItem(tx: Executor, row: Insertable<ContentItemTable>): Promise<ContentItem> {
  return tx.insertInto("content_items").values(row).returningAll().executeTakeFirstOrThrow();
}

/**
 * Writes an edit only if the row is still at `version` (optimistic locking); undefined when someone saved in between,
 * so nothing of theirs is overwritten.
 */
export async function updateItemIfVersion(
  tx: Executor,
  id: string,
  version: number,
  patch: Updateable<ContentItemTable>,
): Promise<ContentItem | undefined> {
  return tx
    .updateTable("content_items")
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: new Date() })
    .where("id", "=", id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
}

/** A workflow step on a locked row: status and its companions, version bumped. */
export async function updateItem(
  tx: Executor,
  id: string,
  patch: Updateable<ContentItemTable>,
): Promise<ContentItem> {
  return tx
    .updateTable("content_items")
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The editable fields a revision keeps besides title, lead and body. */
export function revisionFields(item: ContentItem): Record<string, unknown> {
  return {
    kind: item.kind,
    category_id: item.category_id,
    slug: item.slug,
    cover_media_id: item.cover_media_id,
    cover_alt: item.cover_alt,
    cover_caption: item.cover_caption,
    author: item.author,
    source: item.source,
    is_repost: item.is_repost,
    tags: item.tags,
    publish_at: item.publish_at?.toISOString() ?? null,
    expire_at: item.expire_at?.toISOString() ?? null,
  };
}

/** Appends revision n+1 of the item as it now is. Call with the item's row locked (or just inserted). */
export async function insertRevision(
  tx: Executor,
  item: ContentItem,
  createdBy: string | null,
  note: string | null,
): Promise<ContentRevision> {
  return tx
    .insertInto("content_revisions")
    .values({
      id: uuidv7(),
      content_id: item.id,
      number: sql<number>`(select coalesce(max(number), 0) + 1 from content_revisions where content_id = ${item.id})`,
      title: item.title,
      lead: item.lead,
      body_html: item.body_html,
      fields: JSON.stringify(revisionFields(item)),
      note,
      created_by: createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type RevisionListRow = Pick<ContentRevision, "id" | "number" | "title" | "note" | "created_at"> & {
  created_by_name: string | null;
};

export async function listRevisions(db: Executor, contentId: string): Promise<RevisionListRow[]> {
  return db
    .selectFrom("content_revisions")
    .leftJoin("staff_users", "staff_users.id", "content_revisions.created_by")
    .select([
      "content_revisions.id",
      "content_revisions.number",
      "content_revisions.title",
      "content_revisions.note",
      "content_revisions.created_at",
      "staff_users.full_name as created_by_name",
    ])
    .where("content_revisions.content_id", "=", contentId)
    .orderBy("content_revisions.number", "desc")
    .limit(1000)
    .execute();
}

export async function getRevision(
  db: Executor,
  contentId: string,
  number: number,
): Promise<(ContentRevision & { created_by_name: string | null }) | undefined> {
  return db
    .selectFrom("content_revisions")
    .leftJoin("staff_users", "staff_users.id", "content_revisions.created_by")
    .selectAll("content_revisions")
    .select("staff_users.full_name as created_by_name")
    .where("content_revisions.content_id", "=", contentId)
    .where("content_revisions.number", "=", number)
    .executeTakeFirst();
}

export async function latestRevisionNumber(db: Executor, contentId: string): Promise<number> {
  const row = await db
    .selectFrom("content_revisions")
    .select((eb) => eb.fn.max("number").as("n"))
    .where("content_id", "=", contentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Names of staff accounts by id (who approved, who created) for the edit page. */
export async function staffNames(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom("staff_users")
    .select(["id", "full_name"])
    .where("id", "in", wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.full_name]));
}
