import "./catalogue.js";
import type { FastifyRequest } from "fastify";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "../../../platform/http/errors.js";
import { t } from "../../../platform/i18n/index.js";
import {
  checkAttachment,
  cleanFilename,
  formatBytes,
  MAX_DOSSIER_BYTES,
  MAX_FILE_BYTES,
  MAX_FILES,
} from "./domain/attachments.js";
import { virusScanner } from "./domain/virus-scan.js";

/** Limits of the multipart parser of the dossier forms (registered in this part's plugin only). */
export const DOSSIER_MULTIPART_LIMITS = {
  // One byte more than allowed, so a file of exactly the limit passes and a larger one shows as truncated.
  fileSize: MAX_FILE_BYTES + 1,
  files: MAX_FILES,
  fields: 300,
  // The longest textarea (20,000 characters) in UTF-8 Vietnamese.
  fieldSize: 20_000 * 3 + 1024,
  parts: 340,
  headerPairs: 100,
};

export interface RawUpload {
  field: string;
  filename: string;
  declaredMime: string;
  buffer: Buffer;
  truncated: boolean;
}

export interface DossierForm {
  fields: Record<string, string | string[]>;
  files: RawUpload[];
}

/**
 * Reads a dossier form (text fields and every file) into memory. A file over the per-file limit is cut by the parser
 * and marked truncated, so the form still reads to the end and the page can say which file was refused; only a
 * broken or absurd request (too many parts) is an error page.
 */
export async function readDossierForm(request: FastifyRequest): Promise<DossierForm> {
  if (!request.isMultipart()) throw new AppError(415, "not_multipart", "submission.error.multipart");
  const fields: Record<string, string | string[]> = {};
  const files: RawUpload[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const buffer = await part.toBuffer();
        const filename = (part.filename ?? "").normalize("NFC");
        if (filename === "" && buffer.length === 0) continue;
        files.push({
          field: part.fieldname,
          filename,
          declaredMime: part.mimetype ?? "",
          buffer,
          truncated: part.file.truncated,
        });
        continue;
      }
      if (part.valueTruncated) throw new AppError(413, "field_too_large", "errors.payloadTooLarge");
      const value = typeof part.value === "string" ? part.value.normalize("NFC") : "";
      const existing = fields[part.fieldname];
      if (existing === undefined) fields[part.fieldname] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else fields[part.fieldname] = [existing, value];
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === "FST_FILES_LIMIT")
      throw new AppError(413, "too_many_files", "submission.error.tooManyFiles", { max: MAX_FILES });
    if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT")
      throw new AppError(413, "too_many_parts", "submission.error.multipart");
    throw new AppError(400, "bad_multipart", "submission.error.multipart");
  }
  return { fields, files };
}

export interface AcceptedFile {
  field: string;
  filename: string;
  mime: string;
  buffer: Buffer;
}

export interface CheckedUploads {
  accepted: AcceptedFile[];
  /** Field name → the first refusal for that input, in Vietnamese. */
  errors: Record<string, string>;
}

/**
 * Applies the attachment rules to every uploaded file, in order: per-file size, the dossier's total, the virus scan,
 * then the sniffed type against the allowed list and the file's name.
 */
export async function checkUploads(files: readonly RawUpload[]): Promise<CheckedUploads> {
  const accepted: AcceptedFile[] = [];
  const errors: Record<string, string> = {};
  let total = 0;
  const refuse = (field: string, key: string, params: Record<string, string | number>) => {
    errors[field] ??= t("vi", `submission.error.${key}`, params);
  };
  for (const f of files) {
    const name = cleanFilename(f.filename);
    if (f.truncated || f.buffer.length > MAX_FILE_BYTES) {
      refuse(f.field, "fileTooLarge", {
        name,
        size: f.truncated ? `hơn ${formatBytes(MAX_FILE_BYTES)}` : formatBytes(f.buffer.length),
        limit: formatBytes(MAX_FILE_BYTES),
      });
      continue;
    }
    if (f.buffer.length === 0) {
      refuse(f.field, "fileEmpty", { name });
      continue;
    }
    if (total + f.buffer.length > MAX_DOSSIER_BYTES) {
      refuse(f.field, "totalTooLarge", { name, limit: formatBytes(MAX_DOSSIER_BYTES) });
      continue;
    }
    const scan = await virusScanner().scanFile(f.buffer);
    if (!scan.ok) {
      refuse(f.field, "infected", { name, reason: scan.reason });
      continue;
    }
    const sniffed = await fileTypeFromBuffer(f.buffer);
    const verdict = checkAttachment({
      filename: name,
      declaredMime: f.declaredMime,
      size: f.buffer.length,
      sniffedMime: sniffed?.mime,
    });
    if (!verdict.ok) {
      if (verdict.problem === "mismatch")
        refuse(f.field, "fileMismatch", { name, actual: verdict.actual ?? "" });
      else refuse(f.field, "fileType", { name });
      continue;
    }
    total += f.buffer.length;
    accepted.push({ field: f.field, filename: name, mime: verdict.mime, buffer: f.buffer });
  }
  return { accepted, errors };
}
