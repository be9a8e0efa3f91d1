import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { v7 as uuidv7 } from "uuid";
import type { Executor } from "../../../platform/db/transaction.js";
import { AppError } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import type { Services } from "../../../platform/services.js";
import type { Media, MediaKind, MediaVariant } from "../tables.js";
import "./catalogue.js";
import {
  ALT_MAX_LENGTH,
  CAPTION_MAX_LENGTH,
  CAPTIONS_MAX_LENGTH,
  CREDIT_MAX_LENGTH,
  classifyUpload,
  exceedsLimit,
  formatLimit,
  formatSize,
  SIZE_LIMITS,
  sanitizeFilename,
} from "./domain/media-policy.js";
import { processImage } from "./image-processing.js";
import { findMediaByHash, insertMediaIfAbsent } from "./store.js";

export interface IngestInput {
  buffer: Buffer;
  originalName: string;
  siteId: string | null;
  uploadedBy: string | null;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
  /** Video/audio: a WebVTT caption track or a transcript (SPEC §A5). */
  captions?: string | null;
  /** Refuse other kinds (e.g. only "pdf" for legal documents). */
  allowedKinds?: readonly MediaKind[];
}

export interface IngestResult {
  media: Media;
  /** True when the same file was already in the library: its row is returned as it was, nothing updated. */
  existing: boolean;
}

function cleanText(value: string | null | undefined): string | null {
  const text = (value ?? "").normalize("NFC").trim();
  return text === "" ? null : text;
}

function kindLabel(kind: MediaKind): string {
  return t("vi", `media.kind.${kind}`).toLowerCase();
}

/** Field-level problems the uploader must fix (422), checked before any work on the bytes. */
function checkTexts(
  kind: MediaKind,
  texts: { alt: string | null; caption: string | null; credit: string | null; captions: string | null },
) {
  const fields: Record<string, string> = {};
  const tooLong = (field: string, label: string, max: number) => {
    fields[field] = t("vi", "media.error.tooLong", { field: t("vi", label), max });
  };
  if (kind === "image" && texts.alt === null) fields.alt = t("vi", "media.error.altRequired");
  if (texts.alt && texts.alt.length > ALT_MAX_LENGTH) tooLong("alt", "media.field.alt", ALT_MAX_LENGTH);
  if (texts.caption && texts.caption.length > CAPTION_MAX_LENGTH)
    tooLong("caption", "media.field.caption", CAPTION_MAX_LENGTH);
  if (texts.credit && texts.credit.length > CREDIT_MAX_LENGTH)
    tooLong("credit", "media.field.credit", CREDIT_MAX_LENGTH);
  if (texts.captions && texts.captions.length > CAPTIONS_MAX_LENGTH)
    tooLong("captions", "media.field.captions", CAPTIONS_MAX_LENGTH);
  if (Object.keys(fields).length === 0) return;
  const altMissing = kind === "image" && texts.alt === null;
  throw new AppError(
    422,
    altMissing ? "alt_required" : "validation_failed",
    altMissing ? "media.error.altRequired" : "errors.validation",
    {},
    fields,
  );
}

/**
 * Stores a file by content hash (the same bytes twice give the same media row), sniffs its real type, enforces the
 * size limit of its kind and mandatory alt text for images, and generates responsive image sizes. Throws an AppError
 * (4xx, Vietnamese message) for anything the uploader must fix: 413 too large, 415 a refused type, 422 missing alt
 * or an unreadable image.
 *
 * Files are written before the row; if the caller's transaction rolls back they stay on disk unreferenced, which is
 * harmless (the next upload of the same bytes reuses them).
 */
export async function ingestFileDetailed(
  services: Services,
  tx: Executor,
  input: IngestInput,
): Promise<IngestResult> {
  const { buffer } = input;
  if (buffer.length === 0)
    throw new AppError(422, "empty_file", "media.error.empty", {}, { file: t("vi", "media.error.empty") });

  const sniffed = await fileTypeFromBuffer(buffer);
  const verdict = classifyUpload(sniffed?.mime, buffer, input.allowedKinds);
  if (!verdict.ok) {
    if (verdict.reason === "svg") throw new AppError(415, "svg_refused", "media.error.svg");
    if (verdict.reason === "notAllowed") {
      const kinds = (input.allowedKinds ?? []).map(kindLabel).join(", ");
      throw new AppError(415, "kind_not_allowed", "media.error.notAllowed", { kinds });
    }
    throw new AppError(415, "type_refused", "media.error.unknownType");
  }
  const { kind, mime, ext } = verdict;
  if (exceedsLimit(kind, buffer.length)) {
    throw new AppError(413, "file_too_large", "media.error.tooLarge", {
      kind: kindLabel(kind),
      size: formatSize(buffer.length),
      limit: formatLimit(SIZE_LIMITS[kind]),
    });
  }
  const texts = {
    alt: cleanText(input.alt),
    caption: cleanText(input.caption),
    credit: cleanText(input.credit),
    captions: kind === "video" || kind === "audio" ? cleanText(input.captions) : null,
  };
  checkTexts(kind, texts);

  const sourceSha = createHash("sha256").update(buffer).digest("hex");
  const known = await findMediaByHash(tx, sourceSha);
  if (known) return { media: known, existing: true };

  let stored = buffer;
  let width: number | null = null;
  let height: number | null = null;
  const variants: MediaVariant[] = [];
  if (kind === "image") {
    const image = await processImage(buffer, mime);
    stored = image.original;
    width = image.width;
    height = image.height;
    for (const v of image.variants) {
      const file = await services.files.put(v.buffer);
      variants.push({
        width: v.width,
        height: v.height,
        format: v.format,
        sha256: file.sha256,
        sizeBytes: file.size,
      });
    }
  }
  const file = await services.files.put(stored);
  const now = new Date();
  const inserted = await insertMediaIfAbsent(tx, {
    id: uuidv7(),
    sha256: file.sha256,
    source_sha256: file.sha256 === sourceSha ? null : sourceSha,
    kind,
    mime,
    size_bytes: file.size,
    width,
    height,
    original_name: sanitizeFilename(input.originalName, ext),
    alt: texts.alt,
    caption: texts.caption,
    credit: texts.credit,
    captions: texts.captions,
    site_id: input.siteId,
    variants: JSON.stringify(variants),
    uploaded_by: input.uploadedBy,
    created_at: now,
    updated_at: now,
  });
  if (inserted) return { media: inserted, existing: false };
  // Another upload of the same file committed first (or the re-encoded bytes match a stored file).
  const winner = (await findMediaByHash(tx, sourceSha)) ?? (await findMediaByHash(tx, file.sha256));
  if (!winner) throw new Error("media insert conflicted but no row holds the hash");
  return { media: winner, existing: true };
}

/** {@link ingestFileDetailed} for callers that only need the row (content covers, legal-document PDFs, seeds). */
export async function ingestFile(services: Services, tx: Executor, input: IngestInput): Promise<Media> {
  return (await ingestFileDetailed(services, tx, input)).media;
}
