/**
 * What a dossier may carry (SPEC §B2, "Files"): the real type is sniffed from the bytes, must be one of the office
 * and image formats below, and must match the name's extension (a renamed file is refused). Limits per file and per
 * dossier keep the store and the officers' downloads reasonable.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_DOSSIER_BYTES = 50 * 1024 * 1024;
export const MAX_FILES = 30;

interface AllowedType {
  mime: string;
  /** Extensions a file of this type may have. */
  exts: readonly string[];
  label: string;
}

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: "application/pdf", exts: ["pdf"], label: "PDF" },
  { mime: "image/jpeg", exts: ["jpg", "jpeg"], label: "JPG" },
  { mime: "image/png", exts: ["png"], label: "PNG" },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    exts: ["docx"],
    label: "DOCX",
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    exts: ["xlsx"],
    label: "XLSX",
  },
  { mime: "application/vnd.oasis.opendocument.text", exts: ["odt"], label: "ODT" },
];

/** Browsers send these when they do not know; they say nothing against the sniffed type. */
const GENERIC_DECLARED = new Set(["", "application/octet-stream", "binary/octet-stream"]);

export type AttachmentVerdict =
  | { ok: true; mime: string; ext: string }
  | { ok: false; problem: "empty" | "tooLarge" | "type" | "mismatch"; actual?: string };

function extensionOf(filename: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(filename.trim());
  return m?.[1]?.toLowerCase() ?? "";
}

/**
 * Checks one file: `sniffedMime` is what file-type found in the bytes (undefined when nothing known), `declaredMime`
 * the part's Content-Type from the browser.
 */
export function checkAttachment(input: {
  filename: string;
  declaredMime: string;
  size: number;
  sniffedMime: string | undefined;
}): AttachmentVerdict {
  if (input.size === 0) return { ok: false, problem: "empty" };
  if (input.size > MAX_FILE_BYTES) return { ok: false, problem: "tooLarge" };
  const type = ALLOWED_TYPES.find((a) => a.mime === input.sniffedMime);
  if (!type) return { ok: false, problem: "type" };
  const ext = extensionOf(input.filename);
  const declared = input.declaredMime.toLowerCase().split(";")[0]?.trim() ?? "";
  const declaredOk =
    GENERIC_DECLARED.has(declared) || declared === type.mime || isJpegAlias(declared, type.mime);
  if (!type.exts.includes(ext) || !declaredOk) return { ok: false, problem: "mismatch", actual: type.label };
  return { ok: true, mime: type.mime, ext };
}

function isJpegAlias(declared: string, mime: string): boolean {
  return mime === "image/jpeg" && declared === "image/pjpeg";
}

/** "10 MB", "1,5 MB", "820 KB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${(Math.round(mb * 10) / 10).toString().replace(".", ",")} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A safe download name: no path, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = [...base]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c >= 0x20 && c !== 0x7f && !'"<>|:*?'.includes(ch);
    })
    .join("")
    .trim();
  return (cleaned || "tep").slice(-200);
}
