import { parseVnDateTime } from "../../../../platform/calendar/vn-datetime.js";
import { isUuid } from "../../../../platform/http/uuid.js";
import type { ContentKind } from "../../tables.js";
import { CONTENT_SLUG_MAX_LENGTH, isValidContentSlug } from "./slug.js";
import { MAX_TAG_LENGTH, MAX_TAGS, parseTags, tagsProblem } from "./tags.js";

export { isUuid, UUID_PATTERN } from "../../../../platform/http/uuid.js";

/**
 * The article form: every field as typed (so a refused form comes back exactly as sent), and its checks. Messages are
 * catalogue keys translated by the caller, so this stays pure.
 */

export const CONTENT_KINDS: readonly ContentKind[] = ["article", "page", "announcement"];

export const LIMITS = {
  title: 300,
  lead: 1000,
  body: 400_000,
  coverAlt: 300,
  coverCaption: 500,
  author: 200,
  source: 500,
  tags: 1200,
  comment: 2000,
} as const;

export interface ContentFormValues {
  kind: string;
  site_id: string;
  category_id: string;
  title: string;
  slug: string;
  lead: string;
  body_html: string;
  cover_media_id: string;
  cover_alt: string;
  cover_caption: string;
  author: string;
  source: string;
  is_repost: boolean;
  tags: string;
  publish_at: string;
  expire_at: string;
  version: string;
}

/** A form value as a string: absent or of the wrong type reads as empty, a repeated field as its first value. */
export function formString(value: unknown): string {
  if (Array.isArray(value)) return formString(value[0]);
  return typeof value === "string" ? value : "";
}

export function bodyRecord(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" && !Array.isArray(body) && !Buffer.isBuffer(body)
    ? (body as Record<string, unknown>)
    : {};
}

export function contentValuesFromBody(body: unknown): ContentFormValues {
  const b = bodyRecord(body);
  const s = (k: string) => formString(b[k]);
  const repost = s("is_repost");
  return {
    kind: s("kind").trim(),
    site_id: s("site_id").trim().toLowerCase(),
    category_id: s("category_id").trim().toLowerCase(),
    title: s("title").replace(/\s+/g, " ").trim(),
    slug: s("slug").trim().toLowerCase(),
    lead: s("lead").trim(),
    body_html: s("body_html"),
    cover_media_id: s("cover_media_id").trim().toLowerCase(),
    cover_alt: s("cover_alt").replace(/\s+/g, " ").trim(),
    cover_caption: s("cover_caption").trim(),
    author: s("author").replace(/\s+/g, " ").trim(),
    source: s("source").trim(),
    is_repost: repost === "on" || repost === "1" || repost === "true",
    tags: s("tags"),
    publish_at: s("publish_at").trim(),
    expire_at: s("expire_at").trim(),
    version: s("version").trim(),
  };
}

/** What a valid form gives the store. */
export interface ContentInput {
  kind: ContentKind;
  categoryId: string | null;
  title: string;
  /** "" = derive from the title. */
  slug: string;
  lead: string | null;
  bodyHtml: string;
  coverMediaId: string | null;
  coverAlt: string | null;
  coverCaption: string | null;
  author: string | null;
  source: string | null;
  isRepost: boolean;
  tags: string[];
  publishAt: Date | null;
  expireAt: Date | null;
  /** The version the edit was based on (edits only). */
  version: number | null;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type InputCheck = { ok: true; input: ContentInput } | { ok: false; errors: Record<string, string> };

function tooLong(value: string, max: number): boolean {
  return [...value].length > max;
}

/**
 * Checks a filled form. `requireVersion` for edits (optimistic locking). Site, category and cover ownership are
 * checked by the route against the database.
 */
export function checkContentValues(
  v: ContentFormValues,
  msg: Translate,
  opts: { requireVersion: boolean },
): InputCheck {
  const errors: Record<string, string> = {};
  const label = (f: string) => msg(`portal.content.field.${f}`);
  const required = (f: string) => msg("validation.required", { field: label(f) });
  const long = (f: string, max: number) => msg("validation.tooLong", { field: label(f), max });

  if (!(CONTENT_KINDS as readonly string[]).includes(v.kind)) {
    errors.kind = msg("validation.invalidChoice", { field: label("kind") });
  }
  if (v.category_id !== "" && !isUuid(v.category_id)) {
    errors.category_id = msg("validation.invalidChoice", { field: label("category_id") });
  }
  if (v.title === "") errors.title = required("title");
  else if (tooLong(v.title, LIMITS.title)) errors.title = long("title", LIMITS.title);
  if (v.slug !== "" && !isValidContentSlug(v.slug)) {
    errors.slug = msg("portal.content.error.slugFormat", { max: CONTENT_SLUG_MAX_LENGTH });
  }
  if (tooLong(v.lead, LIMITS.lead)) errors.lead = long("lead", LIMITS.lead);
  if (v.body_html.length > LIMITS.body) errors.body_html = long("body_html", LIMITS.body);
  if (v.cover_media_id !== "" && !isUuid(v.cover_media_id)) {
    errors.cover_media_id = msg("validation.invalidChoice", { field: label("cover_media_id") });
  }
  if (v.cover_media_id !== "" && v.cover_alt === "")
    errors.cover_alt = msg("portal.content.error.coverAltRequired");
  else if (tooLong(v.cover_alt, LIMITS.coverAlt)) errors.cover_alt = long("cover_alt", LIMITS.coverAlt);
  if (tooLong(v.cover_caption, LIMITS.coverCaption)) {
    errors.cover_caption = long("cover_caption", LIMITS.coverCaption);
  }
  if (tooLong(v.author, LIMITS.author)) errors.author = long("author", LIMITS.author);
  if (v.is_repost && v.source === "") errors.source = msg("portal.content.error.sourceRequired");
  else if (tooLong(v.source, LIMITS.source)) errors.source = long("source", LIMITS.source);

  const tags = parseTags(v.tags.slice(0, LIMITS.tags * 2));
  const tagProblem = v.tags.length > LIMITS.tags ? "tooLong" : tagsProblem(tags);
  if (tagProblem === "tooMany") errors.tags = msg("portal.content.error.tagsTooMany", { max: MAX_TAGS });
  else if (tagProblem === "tooLong")
    errors.tags = msg("portal.content.error.tagTooLong", { max: MAX_TAG_LENGTH });

  const publishAt = parseVnDateTime(v.publish_at);
  if (!publishAt.ok) errors.publish_at = msg("portal.content.error.dateTime", { field: label("publish_at") });
  const expireAt = parseVnDateTime(v.expire_at);
  if (!expireAt.ok) errors.expire_at = msg("portal.content.error.dateTime", { field: label("expire_at") });
  if (publishAt.ok && expireAt.ok && publishAt.value && expireAt.value && expireAt.value <= publishAt.value) {
    errors.expire_at = msg("portal.content.error.expireBeforePublish");
  }

  let version: number | null = null;
  if (opts.requireVersion) {
    version = /^\d{1,9}$/.test(v.version) ? Number(v.version) : null;
    if (version === null) errors._ = msg("portal.content.error.versionMissing");
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      kind: v.kind as ContentKind,
      categoryId: v.category_id === "" ? null : v.category_id,
      title: v.title,
      slug: v.slug,
      lead: v.lead === "" ? null : v.lead,
      bodyHtml: v.body_html,
      coverMediaId: v.cover_media_id === "" ? null : v.cover_media_id,
      coverAlt: v.cover_media_id === "" ? null : v.cover_alt,
      coverCaption: v.cover_media_id === "" || v.cover_caption === "" ? null : v.cover_caption,
      author: v.author === "" ? null : v.author,
      source: v.source === "" ? null : v.source,
      isRepost: v.is_repost,
      tags,
      publishAt: publishAt.ok ? publishAt.value : null,
      expireAt: expireAt.ok ? expireAt.value : null,
      version,
    },
  };
}
