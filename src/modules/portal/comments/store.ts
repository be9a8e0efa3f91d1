import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import { oncePerHandle } from "../../../platform/db/per-handle.js";
import type { Executor } from "../../../platform/db/transaction.js";
import type { ContentKind } from "../tables.js";
import type { StatusFilter } from "./domain/moderation.js";
import type { CommentStatus } from "./tables.js";
import "./tables.js";

export type SiteScope = "all" | readonly string[];

function inScope(column: string, scope: SiteScope) {
  if (scope === "all") return sql<boolean>`true`;
  if (scope.length === 0) return sql<boolean>`false`;
  return sql<boolean>`${sql.ref(column)} = any(${[...scope]}::uuid[])`;
}

/** The install's secret (migration 2101), read once per database handle. */
export const formSecret: (db: Executor) => Promise<string> = oncePerHandle((db: Executor) =>
  db
    .selectFrom("comment_secrets")
    .select("secret")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow()
    .then((r) => r.secret),
);

export interface PublicComment {
  id: string;
  name: string;
  body: string;
  createdAt: Date;
}

/** Newest approved comments shown under an article; older ones beyond this stay in the admin. */
export const SHOWN_COMMENTS = 200;

/**
 * Whether an article takes comments (its site allows them and no editor closed the article) and its approved
 * comments, oldest first, in one query.
 */
export async function articleComments(
  db: Executor,
  siteId: string,
  contentId: string,
): Promise<{ open: boolean; comments: PublicComment[] }> {
  const result = await sql<{
    open: boolean;
    comments: { id: string; name: string; body: string; at: string }[];
  }>`
    select
      coalesce((select enabled from comment_settings where site_id = ${siteId}::uuid), false)
        and not exists (select 1 from comment_disabled_items where content_id = ${contentId}::uuid) as open,
      coalesce((
        select json_agg(json_build_object('id', c.id, 'name', c.author_name, 'body', c.body, 'at', c.created_at)
                        order by c.created_at, c.id)
        from (
          select id, author_name, body, created_at from comments
          where content_id = ${contentId}::uuid and status = 'approved'
          order by created_at desc, id desc
          limit ${SHOWN_COMMENTS}
        ) c
      ), '[]'::json) as comments`.execute(db);
  const row = result.rows[0];
  return {
    open: row?.open === true,
    comments: (row?.comments ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      body: c.body,
      createdAt: new Date(c.at),
    })),
  };
}

export interface CommentTarget {
  id: string;
  siteId: string;
  siteSlug: string;
  siteLang: "vi" | "en";
  kind: ContentKind;
  slug: string;
  title: string;
  open: boolean;
}

/** The live article or announcement a comment is posted to, and whether it takes comments now. */
export async function commentTarget(db: Executor, contentId: string): Promise<CommentTarget | null> {
  const row = await db
    .selectFrom("content_items as ci")
    .innerJoin("sites as s", "s.id", "ci.site_id")
    .leftJoin("comment_settings as cs", "cs.site_id", "ci.site_id")
    .leftJoin("comment_disabled_items as d", "d.content_id", "ci.id")
    .select([
      "ci.id",
      "ci.site_id",
      "s.slug as site_slug",
      "s.lang as site_lang",
      "ci.kind",
      "ci.slug",
      "ci.title",
      "cs.enabled",
      "d.content_id as disabled",
    ])
    .where("ci.id", "=", contentId)
    .where("s.active", "=", true)
    .where("ci.kind", "in", ["article", "announcement"])
    .where("ci.status", "=", "published")
    .where("ci.published_at", "<=", sql<Date>`now()`)
    .where((eb) => eb.or([eb("ci.expire_at", "is", null), eb("ci.expire_at", ">", sql<Date>`now()`)]))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    siteId: row.site_id,
    siteSlug: row.site_slug,
    siteLang: row.site_lang,
    kind: row.kind,
    slug: row.slug,
    title: row.title,
    open: row.enabled === true && row.disabled === null,
  };
}

/** The province-wide list and the site's own additions. */
export async function bannedWordsFor(db: Executor, siteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("comment_banned_words")
    .select("word")
    .where((eb) => eb.or([eb("site_id", "is", null), eb("site_id", "=", siteId)]))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.word);
}

/** The province-wide list only (participation forms belong to no one site). */
export async function provinceBannedWords(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom("comment_banned_words")
    .select("word")
    .where("site_id", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => r.word);
}

/**
 * When this sender's comments of the window were sent, after taking a per-sender transaction lock so that
 * simultaneous posts from one address (on any app node) are counted one after the other.
 */
export async function lockAndListRecent(tx: Executor, ipHash: string, since: Date): Promise<Date[]> {
  await sql`select pg_advisory_xact_lock(hashtext(${`comment-ip:${ipHash}`}))`.execute(tx);
  const rows = await tx
    .selectFrom("comments")
    .select("created_at")
    .where("ip_hash", "=", ipHash)
    .where("created_at", ">", since)
    .execute();
  return rows.map((r) => r.created_at);
}

export async function insertComment(
  tx: Executor,
  c: {
    siteId: string;
    contentId: string;
    name: string;
    email: string | null;
    body: string;
    flaggedWords: string[];
    ipHash: string;
    createdAt?: Date;
    status?: CommentStatus;
  },
): Promise<string> {
  const id = uuidv7();
  await tx
    .insertInto("comments")
    .values({
      id,
      site_id: c.siteId,
      content_id: c.contentId,
      author_name: c.name,
      author_email: c.email,
      body: c.body,
      flagged_words: c.flaggedWords,
      ip_hash: c.ipHash,
      status: c.status ?? "pending",
      ...(c.createdAt ? { created_at: c.createdAt } : {}),
    })
    .execute();
  return id;
}

export interface QueueRow {
  id: string;
  siteId: string;
  siteName: string;
  siteSlug: string;
  siteLang: "vi" | "en";
  contentId: string;
  contentTitle: string;
  contentKind: ContentKind;
  contentSlug: string;
  itemClosed: boolean;
  name: string;
  email: string | null;
  body: string;
  status: CommentStatus;
  flaggedWords: string[];
  createdAt: Date;
  moderatedAt: Date | null;
  moderatorName: string | null;
}

/** One page of the moderation queue with the total, in one query (window count). Oldest pending first. */
export async function moderationQueue(
  db: Executor,
  opts: { scope: SiteScope; siteId: string | null; status: StatusFilter; limit: number; offset: number },
): Promise<{ rows: QueueRow[]; total: number }> {
  let q = db
    .selectFrom("comments as c")
    .innerJoin("sites as s", "s.id", "c.site_id")
    .innerJoin("content_items as ci", "ci.id", "c.content_id")
    .leftJoin("staff_users as u", "u.id", "c.moderated_by")
    .leftJoin("comment_disabled_items as d", "d.content_id", "c.content_id")
    .select([
      "c.id",
      "c.site_id",
      "s.name_vi as site_name",
      "s.slug as site_slug",
      "s.lang as site_lang",
      "c.content_id",
      "ci.title",
      "ci.kind",
      "ci.slug",
      "d.content_id as closed",
      "c.author_name",
      "c.author_email",
      "c.body",
      "c.status",
      "c.flagged_words",
      "c.created_at",
      "c.moderated_at",
      "u.full_name as moderator",
      sql<string>`count(*) over ()`.as("total"),
    ])
    .where(inScope("c.site_id", opts.scope));
  if (opts.siteId) q = q.where("c.site_id", "=", opts.siteId);
  if (opts.status !== "all") q = q.where("c.status", "=", opts.status);
  q =
    opts.status === "pending"
      ? q.orderBy("c.created_at", "asc").orderBy("c.id", "asc")
      : q.orderBy("c.created_at", "desc").orderBy("c.id", "desc");
  const rows = await q.limit(opts.limit).offset(opts.offset).execute();
  return {
    total: Number(rows[0]?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      siteId: r.site_id,
      siteName: r.site_name,
      siteSlug: r.site_slug,
      siteLang: r.site_lang,
      contentId: r.content_id,
      contentTitle: r.title,
      contentKind: r.kind,
      contentSlug: r.slug,
      itemClosed: r.closed !== null,
      name: r.author_name,
      email: r.author_email,
      body: r.body,
      status: r.status,
      flaggedWords: r.flagged_words,
      createdAt: r.created_at,
      moderatedAt: r.moderated_at,
      moderatorName: r.moderator,
    })),
  };
}

export interface SiteCommentState {
  siteId: string;
  name: string;
  slug: string;
  enabled: boolean;
  pending: number;
}

/** The sites in scope with their setting and pending count, in the sites' own order, in one query. */
export async function siteStates(db: Executor, scope: SiteScope): Promise<SiteCommentState[]> {
  const rows = await db
    .selectFrom("sites as s")
    .leftJoin("comment_settings as cs", "cs.site_id", "s.id")
    .select([
      "s.id",
      "s.name_vi",
      "s.slug",
      "cs.enabled",
      (eb) =>
        eb
          .selectFrom("comments as c")
          .select(sql<string>`count(*)`.as("n"))
          .whereRef("c.site_id", "=", "s.id")
          .where("c.status", "=", "pending")
          .as("pending"),
    ])
    .where(inScope("s.id", scope))
    .orderBy("s.sort_order")
    .orderBy("s.name_vi")
    .execute();
  return rows.map((r) => ({
    siteId: r.id,
    name: r.name_vi,
    slug: r.slug,
    enabled: r.enabled === true,
    pending: Number(r.pending ?? 0),
  }));
}

/** Pending comments per site (site id → count), sites without any left out. For the province dashboard. */
export async function countPendingCommentsBySite(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("comments")
    .select(["site_id", sql<string>`count(*)`.as("n")])
    .where("status", "=", "pending")
    .groupBy("site_id")
    .execute();
  return new Map(rows.map((r) => [r.site_id, Number(r.n)]));
}

export async function commentsByIds(
  tx: Executor,
  ids: readonly string[],
): Promise<{ id: string; site_id: string; content_id: string; status: CommentStatus }[]> {
  if (ids.length === 0) return [];
  return tx
    .selectFrom("comments")
    .select(["id", "site_id", "content_id", "status"])
    .where("id", "in", [...ids])
    .forUpdate()
    .execute();
}

export async function setCommentStatus(
  tx: Executor,
  ids: readonly string[],
  status: Exclude<CommentStatus, "pending">,
  staffId: string | null,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .updateTable("comments")
    .set({ status, moderated_by: staffId, moderated_at: sql<Date>`now()` })
    .where("id", "in", [...ids])
    .execute();
}

export async function setSiteEnabled(tx: Executor, siteId: string, enabled: boolean, staffId: string | null) {
  await tx
    .insertInto("comment_settings")
    .values({ site_id: siteId, enabled, updated_by: staffId, updated_at: sql<Date>`now()` })
    .onConflict((oc) =>
      oc.column("site_id").doUpdateSet({ enabled, updated_by: staffId, updated_at: sql<Date>`now()` }),
    )
    .execute();
}

export interface ItemCommentSummary {
  id: string;
  siteId: string;
  siteName: string;
  title: string;
  kind: ContentKind;
  siteEnabled: boolean;
  closed: boolean;
  counts: Record<CommentStatus, number>;
}

/** An article's comment state for its editors: site switch, article switch and comments per status, one query. */
export async function itemCommentSummary(
  db: Executor,
  contentId: string,
): Promise<ItemCommentSummary | null> {
  const row = await db
    .selectFrom("content_items as ci")
    .innerJoin("sites as s", "s.id", "ci.site_id")
    .leftJoin("comment_settings as cs", "cs.site_id", "ci.site_id")
    .leftJoin("comment_disabled_items as d", "d.content_id", "ci.id")
    .select([
      "ci.id",
      "ci.site_id",
      "s.name_vi",
      "ci.title",
      "ci.kind",
      "cs.enabled",
      "d.content_id as closed",
      sql<Record<string, number> | null>`(
        select json_object_agg(x.status, x.n)
        from (select status, count(*)::integer as n from comments where content_id = ci.id group by status) x
      )`.as("counts"),
    ])
    .where("ci.id", "=", contentId)
    .executeTakeFirst();
  if (!row) return null;
  const counts = (row.counts ?? {}) as Record<string, number>;
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.name_vi,
    title: row.title,
    kind: row.kind,
    siteEnabled: row.enabled === true,
    closed: row.closed !== null,
    counts: { pending: counts.pending ?? 0, approved: counts.approved ?? 0, rejected: counts.rejected ?? 0 },
  };
}

/** The article an editor opens or closes, with its site. */
export async function itemForSwitch(
  db: Executor,
  contentId: string,
): Promise<{ id: string; siteId: string; title: string; closed: boolean } | null> {
  const row = await db
    .selectFrom("content_items as ci")
    .leftJoin("comment_disabled_items as d", "d.content_id", "ci.id")
    .select(["ci.id", "ci.site_id", "ci.title", "d.content_id as closed"])
    .where("ci.id", "=", contentId)
    .executeTakeFirst();
  return row ? { id: row.id, siteId: row.site_id, title: row.title, closed: row.closed !== null } : null;
}

export async function setItemClosed(
  tx: Executor,
  contentId: string,
  closed: boolean,
  staffId: string | null,
) {
  if (closed) {
    await tx
      .insertInto("comment_disabled_items")
      .values({ content_id: contentId, disabled_by: staffId })
      .onConflict((oc) => oc.column("content_id").doNothing())
      .execute();
  } else {
    await tx.deleteFrom("comment_disabled_items").where("content_id", "=", contentId).execute();
  }
}

export interface ClosedItem {
  contentId: string;
  siteId: string;
  siteName: string;
  title: string;
  closedAt: Date;
}

/** Articles whose comments an editor closed, newest first (bounded: the settings page lists 100). */
export async function closedItems(db: Executor, scope: SiteScope): Promise<ClosedItem[]> {
  const rows = await db
    .selectFrom("comment_disabled_items as d")
    .innerJoin("content_items as ci", "ci.id", "d.content_id")
    .innerJoin("sites as s", "s.id", "ci.site_id")
    .select(["d.content_id", "ci.site_id", "s.name_vi", "ci.title", "d.disabled_at"])
    .where(inScope("ci.site_id", scope))
    .orderBy("d.disabled_at", "desc")
    .limit(100)
    .execute();
  return rows.map((r) => ({
    contentId: r.content_id,
    siteId: r.site_id,
    siteName: r.name_vi,
    title: r.title,
    closedAt: r.disabled_at,
  }));
}

/** Every banned list in scope (null key: the province-wide list), words in entry order. */
export async function bannedLists(db: Executor, scope: SiteScope): Promise<Map<string | null, string[]>> {
  const rows = await db
    .selectFrom("comment_banned_words")
    .select(["site_id", "word"])
    .where((eb) => eb.or([eb("site_id", "is", null), inScope("site_id", scope)]))
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const out = new Map<string | null, string[]>();
  for (const r of rows) out.set(r.site_id, [...(out.get(r.site_id) ?? []), r.word]);
  return out;
}

export async function replaceBannedWords(
  tx: Executor,
  siteId: string | null,
  words: readonly string[],
  staffId: string | null,
): Promise<string[]> {
  const before = await tx
    .deleteFrom("comment_banned_words")
    .where((eb) => (siteId === null ? eb("site_id", "is", null) : eb("site_id", "=", siteId)))
    .returning("word")
    .execute();
  if (words.length > 0) {
    // uuid v7 ids keep the typed order when listed by (created_at, id).
    await tx
      .insertInto("comment_banned_words")
      .values(words.map((word) => ({ id: uuidv7(), site_id: siteId, word, created_by: staffId })))
      .execute();
  }
  return before.map((r) => r.word);
}
