import type { FastifyRequest } from "fastify";
import { SIZE_LIMITS } from "../media/domain/media-policy.js";
import { type DocumentFormValues, emptyDocumentValues } from "./domain/document-input.js";

/** At most this many PDFs per save; more can be added by saving again. */
export const MAX_FILES_PER_SAVE = 10;
export const CSV_MAX_BYTES = 5 * 1024 * 1024;

/** Limits of the multipart parser registered inside the legal plugin (a PDF may be as large as the media library allows). */
export const LEGAL_MULTIPART_LIMITS = {
  fileSize: SIZE_LIMITS.pdf,
  files: MAX_FILES_PER_SAVE,
  fields: 40,
  fieldSize: 16 * 1024,
  parts: 60,
  headerPairs: 50,
};

export interface UploadedFile {
  fieldname: string;
  filename: string;
  buffer: Buffer;
}

export interface MultipartForm {
  fields: Record<string, string[]>;
  files: UploadedFile[];
  /** Why reading stopped early (a file over the limit, too many parts, a broken body); fields read so far are kept. */
  problem: "tooLarge" | "tooMany" | "broken" | null;
}

/**
 * Reads a multipart form into memory: text fields (NFC, as every other body) and files. The CSRF token was checked
 * from the query string before this runs. A problem does not throw: the form is shown again with what was typed.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  opts: { maxFileBytes?: number } = {},
): Promise<MultipartForm> {
  const form: MultipartForm = { fields: {}, files: [], problem: null };
  if (!request.isMultipart()) {
    form.problem = "broken";
    return form;
  }
  try {
    for await (const part of request.parts({
      limits: opts.maxFileBytes ? { fileSize: opts.maxFileBytes } : {},
    })) {
      if (part.type === "file") {
        const buffer = await part.toBuffer();
        if (buffer.length > 0)
          form.files.push({ fieldname: part.fieldname, filename: part.filename ?? "", buffer });
        continue;
      }
      // A value cut at the field limit is kept: it is far beyond every field's maximum, so validation refuses it
      // with the field's own message.
      const value = typeof part.value === "string" ? part.value.normalize("NFC") : "";
      const list = form.fields[part.fieldname] ?? [];
      list.push(value);
      form.fields[part.fieldname] = list;
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") form.problem = "tooLarge";
    else if (code === "FST_PARTS_LIMIT" || code === "FST_FILES_LIMIT" || code === "FST_FIELDS_LIMIT")
      form.problem = "tooMany";
    else form.problem = "broken";
  }
  return form;
}

export function field(form: MultipartForm, name: string): string {
  return form.fields[name]?.[0] ?? "";
}

/** The register form's values as sent, so a refused form comes back exactly as typed. */
export function documentValuesFromForm(form: MultipartForm): DocumentFormValues {
  const values = emptyDocumentValues();
  for (const key of Object.keys(values) as (keyof DocumentFormValues)[]) {
    if (key === "published") continue;
    values[key] = field(form, key);
  }
  values.published = field(form, "published") === "on";
  return values;
}
