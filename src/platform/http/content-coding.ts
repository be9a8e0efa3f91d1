import { constants, gzipSync } from "node:zlib";

/** Below this a page is not worth compressing (headers and framing cost more than they save). */
const MIN_BYTES = 1024;

/**
 * Whether the client takes gzip, from its Accept-Encoding (RFC 9110 §12.5.3): "gzip" or "*" with a q-value above 0.
 * An explicit "gzip;q=0" refuses it even when "*" would allow it.
 */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  const text = Array.isArray(header) ? header.join(",") : header;
  let star = false;
  for (const part of text.split(",")) {
    const [rawName, ...params] = part.trim().split(";");
    const name = rawName?.trim().toLowerCase();
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith("q="));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const allowed = Number.isFinite(q) && q > 0;
    if (name === "gzip" || name === "x-gzip") return allowed;
    if (name === "*") star = allowed;
  }
  return star;
}

/**
 * The gzip form of a text body kept in the page cache, made once when the page is rendered so every hit sends a third
 * of the bytes; undefined when the body is too small to gain.
 */
export function gzipForCache(body: Buffer): Buffer | undefined {
  if (body.length < MIN_BYTES) return undefined;
  const packed = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  return packed.length < body.length ? packed : undefined;
}
