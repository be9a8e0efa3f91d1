import type { ColumnType, Generated, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;
/** A tsvector maintained by PostgreSQL; never written by the app. */
type SearchVector = ColumnType<string, never, never>;

export type MediaKind = "image" | "pdf" | "video" | "audio";
export type ContentKind = "article" | "page" | "announcement";
export type ContentStatus = "draft" | "submitted" | "returned" | "scheduled" | "published" | "unpublished";
export type HomeSectionKind =
  | "lead_story"
  | "latest_in_category"
  | "announcements"
  | "legal_documents"
  | "service_links";

/** One generated size of an image (sharp), stored by content hash like the original. */
export interface MediaVariant {
  width: number;
  height: number;
  format: "webp" | "jpeg" | "png";
  sha256: string;
  sizeBytes: number;
}

export interface MediaTable {
  id: string;
  sha256: string;
  kind: MediaKind;
  mime: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  original_name: string;
  alt: string | null;
  caption: string | null;
  credit: string | null;
  site_id: string | null;
  variants: Json<MediaVariant[]>;
  uploaded_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** SHA-256 of the bytes as uploaded, when the stored file differs (images without metadata); finds re-uploads. */
  source_sha256: ColumnType<string | null, string | null | undefined, string | null>;
  /** Video/audio: a WebVTT caption track (starts with "WEBVTT") or a plain transcript (SPEC §A5). */
  captions: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CategoryTable {
  id: string;
  site_id: string;
  parent_id: string | null;
  slug: string;
  name: string;
  description: string | null;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContentItemTable {
  id: string;
  site_id: string;
  kind: ContentKind;
  category_id: string | null;
  title: string;
  slug: string;
  /** The sapo: one or two sentences under the title. */
  lead: string | null;
  /** Sanitised on the server before it is stored; rendered as is. */
  body_html: Generated<string>;
  /** Plain text of the body for search and snippets. */
  body_text: Generated<string>;
  cover_media_id: string | null;
  cover_alt: string | null;
  cover_caption: string | null;
  author: string | null;
  /** Source citation; required when is_repost (Circular 09/2014/TT-BTTTT). */
  source: string | null;
  is_repost: Generated<boolean>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  status: Generated<ContentStatus>;
  return_comment: string | null;
  publish_at: NullableTimestamp;
  expire_at: NullableTimestamp;
  published_at: NullableTimestamp;
  /** Set on a main-portal copy promoted from a component site's item. */
  origin_id: string | null;
  /** Links a page to its counterpart in the other language (the vi/en switch). */
  translation_of_id: string | null;
  created_by: string | null;
  updated_by: string | null;
  approved_by: string | null;
  /** Optimistic lock: a save carries the version it was based on. */
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: SearchVector;
  /** Title, lead and tags only (migration 2051): ranks search results without reading the body's long vector. */
  search_head: SearchVector;
}

export interface ContentRevisionTable {
  id: string;
  content_id: string;
  number: number;
  title: string;
  lead: string | null;
  body_html: string;
  /** The other editable fields at that revision (category, tags, cover, source …). */
  fields: Json<Record<string, unknown>>;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface LegalDocumentTable {
  id: string;
  /** As printed on the document: "1234/QĐ-UBND". */
  number_symbol: string;
  /** Quyết định, Chỉ thị, Công văn, Báo cáo, Kế hoạch, Thông báo, Nghị quyết … */
  doc_type: string;
  issuer_unit_id: string | null;
  issuer_name: string;
  signer_name: string | null;
  signer_position: string | null;
  issued_on: string;
  effective_on: string | null;
  expires_on: string | null;
  replaced_by_id: string | null;
  field: string | null;
  summary: string;
  site_id: string | null;
  /** The unit whose register holds it (migration 2030): the issuer, or for an outside body the registering unit. */
  owner_unit_id: string | null;
  published: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  search: SearchVector;
}

export interface LegalDocumentFileTable {
  document_id: string;
  media_id: string;
  position: Generated<number>;
}

export interface HomeSectionTable {
  id: string;
  site_id: string;
  position: number;
  kind: HomeSectionKind;
  title: string | null;
  /** e.g. { categoryId, limit } for latest_in_category, { links: [{label, href}] } for service_links. */
  config: Json<Record<string, unknown>>;
}

export interface PageViewTable {
  day: string;
  site_id: string;
  content_id: string | null;
  views: Generated<number>;
}

declare module "../../platform/db/schema.js" {
  interface Database {
    media: MediaTable;
    categories: CategoryTable;
    content_items: ContentItemTable;
    content_revisions: ContentRevisionTable;
    legal_documents: LegalDocumentTable;
    legal_document_files: LegalDocumentFileTable;
    home_sections: HomeSectionTable;
    page_views: PageViewTable;
  }
}

export type Media = Selectable<MediaTable>;
export type Category = Selectable<CategoryTable>;
export type ContentItem = Selectable<ContentItemTable>;
export type ContentRevision = Selectable<ContentRevisionTable>;
export type LegalDocument = Selectable<LegalDocumentTable>;
export type HomeSection = Selectable<HomeSectionTable>;
