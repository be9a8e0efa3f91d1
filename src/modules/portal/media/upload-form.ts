import type { FastifyRequest } from "fastify";
import { AppError } from "../../../platform/http/errors.js";
import { CAPTIONS_MAX_LENGTH, formatLimit, MAX_UPLOAD_BYTES } from "./domain/media-policy.js";

/** Limits of the multipart parser (registered inside the media plugin only): one file, a handful of short fields. */
export const MULTIPART_LIMITS = {
  fileSize: MAX_UPLOAD_BYTES,
  files: 1,
  fields: 12,
  // A WebVTT track is the longest field; UTF-8 Vietnamese takes up to 3 bytes a character.
  fieldSize: CAPTIONS_MAX_LENGTH * 3 + 1024,
  parts: 14,
  headerPairs: 50,
};

const FIELD_NAMES = new Set(["alt", "caption", "credit", "captions", "site", "_csrf"]);

export interface UploadForm {
  file: { buffer: Buffer; filename: string } | null;
  fields: Record<string, string>;
}

function tooLarge(): AppError {
  return new AppError(413, "file_too_large", "media.error.uploadTooLarge", {
    limit: formatLimit(MAX_UPLOAD_BYTES),
  });
}

/**
 * Reads the upload form: the file into memory (up to the largest kind's limit; the per-kind limit is applied by
 * ingestFile once the type is known) and the text fields, NFC-normalised like every other body.
 */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  if (!request.isMultipart()) throw new AppError(415, "not_multipart", "media.error.multipart");
  const fields: Record<string, string> = {};
  let file: UploadForm["file"] = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const buffer = await part.toBuffer();
        if (part.fieldname === "file" && file === null) file = { buffer, filename: part.filename ?? "" };
        continue;
      }
      if (!FIELD_NAMES.has(part.fieldname) || fields[part.fieldname] !== undefined) continue;
      if (part.valueTruncated) throw new AppError(413, "field_too_large", "errors.payloadTooLarge");
      fields[part.fieldname] = typeof part.value === "string" ? part.value.normalize("NFC") : "";
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    if (code === "FST_PARTS_LIMIT" || code === "FST_FILES_LIMIT" || code === "FST_FIELDS_LIMIT")
      throw new AppError(413, "too_many_parts", "media.error.multipart");
    throw new AppError(400, "bad_multipart", "media.error.multipart");
  }
  if (file && file.buffer.length === 0) file = null;
  return { file, fields };
}
