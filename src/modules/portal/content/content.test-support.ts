/** Helpers shared by this area's integration tests (not loaded by the app). */
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../../../platform/db/connection.js";
import type { ContentItem, ContentKind, ContentStatus } from "../tables.js";

export async function insertCategory(
  db: Db,
  siteId: string,
  name: string,
  slug: string,
  parentId: string | null = null,
): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto("categories")
    .values({
      id,
      site_id: siteId,
      parent_id: parentId,
      slug,
      name,
      created_at: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

/** An item written straight to the table (for lists and permission checks that need many or foreign rows). */
export async function insertContent(
  db: Db,
  opts: {
    siteId: string;
    title: string;
    slug?: string;
    status?: ContentStatus;
    kind?: ContentKind;
    categoryId?: string | null;
    tags?: string[];
    createdAt?: Date;
    publishedAt?: Date | null;
    bodyHtml?: string;
  },
): Promise<ContentItem> {
  const now = opts.createdAt ?? new Date();
  return db
    .insertInto("content_items")
    .values({
      id: uuidv7(),
      site_id: opts.siteId,
      kind: opts.kind ?? "article",
      category_id: opts.categoryId ?? null,
      title: opts.title,
      slug: opts.slug ?? `bai-${uuidv7()}`,
      body_html: opts.bodyHtml ?? "<p>Nội dung</p>",
      body_text: "Nội dung",
      tags: opts.tags ?? [],
      status: opts.status ?? "draft",
      published_at: opts.publishedAt ?? (opts.status === "published" ? now : null),
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The id at the end of a redirect to /admin/noi-dung/<id>. */
export function idFromLocation(location: unknown): string {
  const match = /\/admin\/noi-dung\/([0-9a-f-]{36})$/.exec(String(location));
  if (!match?.[1]) throw new Error(`Not an item location: ${String(location)}`);
  return match[1];
}

/** Text of the error summary of an admin page, or "" (tags stripped). */
export function errorSummary(html: string): string {
  const m = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html);
  return m
    ? m[0]
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : "";
}
