import { z } from "zod";
import { isUuid } from "../../../../platform/http/uuid.js";
import type { MediaKind } from "../../tables.js";
import {
  ALT_MAX_LENGTH,
  CAPTION_MAX_LENGTH,
  CAPTIONS_MAX_LENGTH,
  CREDIT_MAX_LENGTH,
} from "./media-policy.js";

export { isUuid, UUID_PATTERN } from "../../../../platform/http/uuid.js";

/** A form or query value as a string: absent or of the wrong type reads as empty, a repeated field as its first. */
export function formString(value: unknown): string {
  if (Array.isArray(value)) return formString(value[0]);
  return typeof value === "string" ? value : "";
}

export const MEDIA_KINDS: readonly MediaKind[] = ["image", "pdf", "video", "audio"];

export function isMediaKind(value: string): value is MediaKind {
  return (MEDIA_KINDS as readonly string[]).includes(value);
}

/** The describing texts of a file, as the upload and edit forms send them. */
export interface MediaTextValues {
  alt: string;
  caption: string;
  credit: string;
  captions: string;
}

export function mediaTextsFromBody(body: unknown): MediaTextValues {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    alt: formString(b.alt),
    caption: formString(b.caption),
    credit: formString(b.credit),
    captions: formString(b.captions),
  };
}

export const mediaTextSchema = z.object({
  alt: z.string().trim().max(ALT_MAX_LENGTH),
  caption: z.string().trim().max(CAPTION_MAX_LENGTH),
  credit: z.string().trim().max(CREDIT_MAX_LENGTH),
  // A caption track keeps its line structure; only the ends are trimmed.
  captions: z.string().trim().max(CAPTIONS_MAX_LENGTH),
});

/** The library's list filters from a query string; anything unexpected reads as "no filter", never an error. */
export interface MediaListQuery {
  q: string;
  kind: MediaKind | undefined;
  siteId: string | undefined;
  page: number;
}

export const MAX_PAGE = 10_000;

export function parsePage(value: unknown): number {
  const n = Number.parseInt(formString(value), 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

export function mediaListQuery(query: unknown): MediaListQuery {
  const q = (query && typeof query === "object" ? query : {}) as Record<string, unknown>;
  const kind = formString(q.kind);
  const site = formString(q.site).toLowerCase();
  return {
    q: formString(q.q).normalize("NFC").trim().slice(0, 200),
    kind: isMediaKind(kind) ? kind : undefined,
    siteId: isUuid(site) ? site : undefined,
    page: parsePage(q.page),
  };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
