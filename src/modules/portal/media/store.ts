import { type Insertable, sql } from "kysely";
import type { Executor } from "../../../platform/db/transaction.js";
import type { Media, MediaKind, MediaTable } from "../tables.js";

/** The media library's SQL: the only file that touches the media table (reads of other tables are for names). */

export const MEDIA_PAGE_SIZE = 24;

function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const searchKey = sql<string>`f_search_key(media.original_name || ' ' || coalesce(media.alt, '') || ' ' || coalesce(media.caption, ''))`;

/** A row whose stored file or uploaded bytes have this hash (a re-upload of the same file). */
export async function findMediaByHash(db: Executor, sha256: string): Promise<Media | undefined> {
  return db
    .selectFrom("media")
    .selectAll()
    .where((eb) => eb.or([eb("sha256", "=", sha256), eb("source_sha256", "=", sha256)]))
    .limit(1)
    .executeTakeFirst();
}

/** Inserts unless the hash is already there (a concurrent upload of the same file); undefined then. */
export async function insertMediaIfAbsent(
  tx: Executor,
  row: Insertable<MediaTable>,
): Promise<Media | undefined> {
  return tx
    .insertInto("media")
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function getMedia(db: Executor, id: string): Promise<Media | undefined> {
  return db.selectFrom("media").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function getMediaForUpdate(db: Executor, id: string): Promise<Media | undefined> {
  return db.selectFrom("media").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

/** What public delivery needs of a file, by the hash in its URL. */
export async function getMediaBySha(
  db: Executor,
  sha256: string,
): Promise<
  | Pick<Media, "sha256" | "kind" | "mime" | "size_bytes" | "original_name" | "variants" | "captions">
  | undefined
> {
  return db
    .selectFrom("media")
    .select(["sha256", "kind", "mime", "size_bytes", "original_name", "variants", "captions"])
    .where("sha256", "=", sha256)
    .executeTakeFirst();
}

export interface MediaFilters {
  /** The sites the person may see ("all" for a system admin); shared files (no site) are always listed. */
  visibleSites: "all" | readonly string[];
  siteId?: string | undefined;
  kind?: MediaKind | undefined;
  q?: string | undefined;
  page: number;
  pageSize?: number;
}

export type MediaListRow = Media & { site_name: string | null };

/** One page of the library and the total: two queries whatever the size of the library. */
export async function listMedia(
  db: Executor,
  filters: MediaFilters,
): Promise<{ rows: MediaListRow[]; total: number }> {
  const pageSize = filters.pageSize ?? MEDIA_PAGE_SIZE;
  let base = db.selectFrom("media").leftJoin("sites", "sites.id", "media.site_id");
  const visible = filters.visibleSites;
  if (visible !== "all") {
    base = base.where((eb) =>
      visible.length > 0
        ? eb.or([eb("media.site_id", "is", null), eb("media.site_id", "in", [...visible])])
        : eb("media.site_id", "is", null),
    );
  }
  if (filters.siteId) base = base.where("media.site_id", "=", filters.siteId);
  if (filters.kind) base = base.where("media.kind", "=", filters.kind);
  for (const word of (filters.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    base = base.where(searchKey, "like", sql<string>`'%' || f_search_key(${likeEscape(word)}) || '%'`);
  }
  const [rows, count] = await Promise.all([
    base
      .selectAll("media")
      .select("sites.name_vi as site_name")
      .orderBy("media.created_at", "desc")
      .orderBy("media.id", "desc")
      .limit(pageSize)
      .offset((filters.page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Images for an editor's picker: the site's own and the shared ones, newest first, at most `limit`. */
export async function pickerImages(
  db: Executor,
  opts: { siteId: string; q: string; limit: number; offset: number },
): Promise<Media[]> {
  let query = db
    .selectFrom("media")
    .selectAll()
    .where("kind", "=", "image")
    .where((eb) => eb.or([eb("site_id", "=", opts.siteId), eb("site_id", "is", null)]));
  for (const word of opts.q.trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    query = query.where(searchKey, "like", sql<string>`'%' || f_search_key(${likeEscape(word)}) || '%'`);
  }
  return query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(opts.limit)
    .offset(opts.offset)
    .execute();
}

export async function updateMediaText(
  tx: Executor,
  id: string,
  values: Pick<Media, "alt" | "caption" | "credit" | "captions">,
): Promise<Media> {
  return tx
    .updateTable("media")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteMediaRow(tx: Executor, id: string): Promise<void> {
  await tx.deleteFrom("media").where("id", "=", id).execute();
}

/** Where a file is used: article covers, article bodies (its /tep/<sha> URL), legal documents. */
export interface MediaUsage {
  covers: { id: string; title: string }[];
  bodies: { id: string; title: string }[];
  legal: { id: string; numberSymbol: string }[];
}

const USAGE_LIMIT = 10;

export async function mediaUsage(db: Executor, media: Pick<Media, "id" | "sha256">): Promise<MediaUsage> {
  const [covers, bodies, legal] = await Promise.all([
    db
      .selectFrom("content_items")
      .select(["id", "title"])
      .where("cover_media_id", "=", media.id)
      .orderBy("id")
      .limit(USAGE_LIMIT)
      .execute(),
    db
      .selectFrom("content_items")
      .select(["id", "title"])
      .where("body_html", "like", `%/tep/${media.sha256}%`)
      .orderBy("id")
      .limit(USAGE_LIMIT)
      .execute(),
    db
      .selectFrom("legal_document_files")
      .innerJoin("legal_documents", "legal_documents.id", "legal_document_files.document_id")
      .select(["legal_documents.id", "legal_documents.number_symbol"])
      .where("legal_document_files.media_id", "=", media.id)
      .orderBy("legal_documents.id")
      .limit(USAGE_LIMIT)
      .execute(),
  ]);
  return { covers, bodies, legal: legal.map((l) => ({ id: l.id, numberSymbol: l.number_symbol })) };
}

export function isUnused(usage: MediaUsage): boolean {
  return usage.covers.length === 0 && usage.bodies.length === 0 && usage.legal.length === 0;
}

/** Whether any media row still stores this hash, as its file or as one of its sizes (before removing it from disk). */
export async function hashReferenced(db: Executor, sha256: string): Promise<boolean> {
  const row = await db
    .selectFrom("media")
    .select("id")
    .where((eb) =>
      eb.or([eb("sha256", "=", sha256), sql<boolean>`variants @> ${JSON.stringify([{ sha256 }])}::jsonb`]),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Names of sites, for the upload form's choice and the list's filter. */
export async function siteNames(
  db: Executor,
  only: "all" | readonly string[],
): Promise<{ id: string; name_vi: string; kind: string; sort_order: number }[]> {
  if (only !== "all" && only.length === 0) return [];
  let query = db
    .selectFrom("sites")
    .select(["id", "name_vi", "kind", "sort_order"])
    .where("active", "=", true);
  if (only !== "all") query = query.where("id", "in", [...only]);
  return query.execute();
}
