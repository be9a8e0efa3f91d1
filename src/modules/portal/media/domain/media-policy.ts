import type { MediaKind, MediaVariant } from "../../tables.js";

/**
 * What the media library accepts (SPEC §A9, "Files"): the type is read from the bytes (file-type), never from the
 * name or the browser's claim. Each sniffed type maps to a kind and to the Content-Type the file is served with.
 */
const ACCEPTED: Record<string, { kind: MediaKind; mime: string; ext: string }> = {
  "image/jpeg": { kind: "image", mime: "image/jpeg", ext: "jpg" },
  "image/png": { kind: "image", mime: "image/png", ext: "png" },
  "image/webp": { kind: "image", mime: "image/webp", ext: "webp" },
  "image/gif": { kind: "image", mime: "image/gif", ext: "gif" },
  "application/pdf": { kind: "pdf", mime: "application/pdf", ext: "pdf" },
  "video/mp4": { kind: "video", mime: "video/mp4", ext: "mp4" },
  "video/webm": { kind: "video", mime: "video/webm", ext: "webm" },
  "audio/mpeg": { kind: "audio", mime: "audio/mpeg", ext: "mp3" },
  "audio/x-m4a": { kind: "audio", mime: "audio/mp4", ext: "m4a" },
  "audio/mp4": { kind: "audio", mime: "audio/mp4", ext: "m4a" },
  "audio/ogg": { kind: "audio", mime: "audio/ogg", ext: "ogg" },
  "audio/ogg; codecs=opus": { kind: "audio", mime: "audio/ogg", ext: "ogg" },
};

export const MB = 1024 * 1024;

/** The largest file of each kind, in bytes: the one place these limits are set. */
export const SIZE_LIMITS: Readonly<Record<MediaKind, number>> = {
  image: 10 * MB,
  pdf: 30 * MB,
  audio: 50 * MB,
  video: 200 * MB,
};

/** The upload limit of the transport: no kind may be larger than this. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(SIZE_LIMITS));

/** Decompression-bomb guard: an image may not decode to more pixels than this (sharp `limitInputPixels`). */
export const MAX_IMAGE_PIXELS = 60_000_000;

/** Responsive widths generated for every image, each no wider than the original. */
export const VARIANT_WIDTHS: readonly number[] = [320, 640, 1024, 1600];

export const ALT_MAX_LENGTH = 300;
export const CAPTION_MAX_LENGTH = 1000;
export const CREDIT_MAX_LENGTH = 200;
export const CAPTIONS_MAX_LENGTH = 200_000;

export type TypeVerdict =
  | { ok: true; kind: MediaKind; mime: string; ext: string }
  | { ok: false; reason: "svg" | "unknown" | "notAllowed"; detected?: string };

/**
 * Decides from the sniffed type (undefined when file-type knew none) and, for a clearer message only, the first
 * bytes: SVG is text, so file-type does not recognise it, and it is refused because it can carry scripts.
 */
export function classifyUpload(
  sniffedMime: string | undefined,
  head: Buffer,
  allowedKinds?: readonly MediaKind[],
): TypeVerdict {
  const accepted = sniffedMime === undefined ? undefined : ACCEPTED[sniffedMime];
  if (!accepted) {
    // file-type reports SVG as plain XML (or nothing), so the text itself is looked at.
    if (sniffedMime === "image/svg+xml" || looksLikeSvg(head)) return { ok: false, reason: "svg" };
    return sniffedMime === undefined
      ? { ok: false, reason: "unknown" }
      : { ok: false, reason: "unknown", detected: sniffedMime };
  }
  if (allowedKinds && !allowedKinds.includes(accepted.kind))
    return { ok: false, reason: "notAllowed", detected: sniffedMime };
  return { ok: true, ...accepted };
}

/** SVG or any XML/HTML text that a browser could run as a document. */
export function looksLikeSvg(head: Buffer): boolean {
  const text = head
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return /^<(\?xml|svg|!doctype svg)/.test(text) || /<svg[\s>]/.test(text);
}

export function exceedsLimit(kind: MediaKind, size: number): boolean {
  return size > SIZE_LIMITS[kind];
}

/** "10 MB" for messages. */
export function formatLimit(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** "2,4 MB", "512 KB": sizes as the library lists them, with a Vietnamese decimal comma. */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(".", ",")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/**
 * The widths to generate for an image `originalWidth` wide: the standard ones that do not upscale it, or the
 * original width alone when the image is narrower than the smallest, so every image has a WebP and a fallback.
 */
export function variantWidths(originalWidth: number): number[] {
  if (!Number.isInteger(originalWidth) || originalWidth < 1) return [];
  const fit = VARIANT_WIDTHS.filter((w) => w <= originalWidth);
  return fit.length > 0 ? fit : [originalWidth];
}

const EXT_OF_FORMAT: Record<MediaVariant["format"], string> = { webp: "webp", jpeg: "jpg", png: "png" };
const FORMAT_OF_EXT: Record<string, MediaVariant["format"]> = { webp: "webp", jpg: "jpeg", png: "png" };
export const MIME_OF_FORMAT: Record<MediaVariant["format"], string> = {
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** The URL name of a variant: "w640.webp", "w640.jpg". */
export function variantName(v: Pick<MediaVariant, "width" | "format">): string {
  return `w${v.width}.${EXT_OF_FORMAT[v.format]}`;
}

/** Parses "w640.webp" back; null for anything else (the name comes from a URL). */
export function parseVariantName(name: string): { width: number; format: MediaVariant["format"] } | null {
  const m = /^w([1-9]\d{0,4})\.(webp|jpg|png)$/.exec(name);
  if (!m) return null;
  const format = FORMAT_OF_EXT[m[2] ?? ""];
  return format ? { width: Number(m[1]), format } : null;
}

export function findVariant(variants: readonly MediaVariant[], name: string): MediaVariant | undefined {
  const wanted = parseVariantName(name);
  if (!wanted) return undefined;
  return variants.find((v) => v.width === wanted.width && v.format === wanted.format);
}

/**
 * A file name safe to keep and to send in Content-Disposition: no folders, no control or quote characters, at most
 * 120 characters, the sniffed extension (never the uploaded one). Vietnamese letters are kept (NFC).
 */
export function sanitizeFilename(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/\.[^.]*$/, "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"'`<>:|?*;%\\]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s.-]+|[\s.]+$/g, "")
    .slice(0, 120)
    .trim();
  return `${base === "" ? "tep" : base}.${ext}`;
}

/** The ASCII fallback of a file name for old clients (RFC 6266 `filename=`), alongside `filename*`. */
export function asciiFilename(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return ascii === "" ? "tep" : ascii;
}

/** The Content-Disposition value of a file served inline (PDFs open in the browser). */
export function inlineDisposition(name: string): string {
  return `inline; filename="${asciiFilename(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A caption text is a WebVTT track (served as <track>) when it starts like one; otherwise it is a transcript. */
export function isWebVtt(text: string | null | undefined): boolean {
  return typeof text === "string" && /^\uFEFF?WEBVTT(?:[ \t]|\r?\n|$)/.test(text);
}
