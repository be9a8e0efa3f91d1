import { sql } from "kysely";
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import type { ContentKind, ContentStatus } from "../tables.js";

/**
 * Rows written straight to the database for the public-rendering tests (the editorial workflow has its own tests),
 * so each test states exactly what readers should and should not see.
 */
export async function insertCategory(
  db: Db,
  opts: {
    siteId: string;
    slug: string;
    name: string;
    parentId?: string | null;
    description?: string | null;
    sortOrder?: number;
    active?: boolean;
  },
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto("categories")
    .values({
      id,
      site_id: opts.siteId,
      parent_id: opts.parentId ?? null,
      slug: opts.slug,
      name: opts.name,
      description: opts.description ?? null,
      sort_order: opts.sortOrder ?? 0,
      active: opts.active ?? true,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

export interface ItemOptions {
  siteId: string;
  slug: string;
  title: string;
  kind?: ContentKind;
  categoryId?: string | null;
  lead?: string | null;
  bodyHtml?: string;
  author?: string | null;
  source?: string | null;
  tags?: string[];
  status?: ContentStatus;
  /** Minutes from now of the publish time (negative: in the past). Default -60. */
  publishedMinutes?: number;
  publishAtMinutes?: number | null;
  expireMinutes?: number | null;
  coverMediaId?: string | null;
  coverAlt?: string | null;
  coverCaption?: string | null;
  originId?: string | null;
  translationOfId?: string | null;
}

export async function insertItem(db: Db, o: ItemOptions): Promise<string> {
  const id = uuidv7();
  const minutes = (m: number) => sql<Date>`now() + make_interval(mins => ${m})`;
  const status = o.status ?? "published";
  await db
    .insertInto("content_items")
    .values({
      id,
      site_id: o.siteId,
      kind: o.kind ?? "article",
      category_id: o.categoryId ?? null,
      title: o.title,
      slug: o.slug,
      lead: o.lead ?? null,
      body_html: o.bodyHtml ?? "<p>Nội dung.</p>",
      body_text: "Nội dung.",
      author: o.author ?? null,
      source: o.source ?? null,
      tags: o.tags ?? [],
      status,
      published_at:
        status === "published" || o.publishedMinutes !== undefined
          ? minutes(o.publishedMinutes ?? -60)
          : null,
      publish_at: o.publishAtMinutes != null ? minutes(o.publishAtMinutes) : null,
      expire_at: o.expireMinutes != null ? minutes(o.expireMinutes) : null,
      cover_media_id: o.coverMediaId ?? null,
      cover_alt: o.coverAlt ?? null,
      cover_caption: o.coverCaption ?? null,
      origin_id: o.originId ?? null,
      translation_of_id: o.translationOfId ?? null,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

/** A media row for a cover (the file itself is not needed to render HTML). */
export async function insertImage(
  db: Db,
  opts: { sha256: string; alt: string; caption?: string; credit?: string },
) {
  const id = uuidv7();
  await db
    .insertInto("media")
    .values({
      id,
      sha256: opts.sha256,
      kind: "image",
      mime: "image/jpeg",
      size_bytes: 1000,
      width: 1600,
      height: 900,
      original_name: "anh.jpg",
      alt: opts.alt,
      caption: opts.caption ?? null,
      credit: opts.credit ?? null,
      site_id: null,
      variants: JSON.stringify([]),
      uploaded_by: null,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}
