import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { serializePrefs } from "../ui/prefs.js";
import { acceptsGzip, gzipForCache } from "./content-coding.js";
import { reportView } from "./view-sink.js";

/** How long browsers and proxies may reuse a public page before asking again (ARCHITECTURE "Scale-out"). */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/** How long a rendered page stays in the in-process page cache when nothing purges it first. */
export const PAGE_CACHE_TTL_MS = 60_000;

export const HTML_TYPE = "text/html; charset=utf-8";

/** A weak validator from the page's bytes: the same page gives the same tag on every app node. */
export function etagFor(body: string | Buffer): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/**
 * Sends a public body (HTML, RSS, sitemap …) with Cache-Control and an ETag, answering 304 when the client already
 * has it. Pages depend on the display-preferences cookie (font size, contrast), hence Vary: Cookie.
 */
export function sendPublicBody(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  opts: { contentType: string; etag?: string; maxAge?: number; gzip?: Buffer | undefined },
): FastifyReply {
  const etag = opts.etag ?? etagFor(body);
  reply
    .header("cache-control", `public, max-age=${opts.maxAge ?? PUBLIC_MAX_AGE_SECONDS}`)
    .header("etag", etag)
    .header("vary", opts.gzip ? "Cookie, Accept-Encoding" : "Cookie")
    .type(opts.contentType);
  if (etagMatches(request.headers["if-none-match"], etag)) return reply.code(304).send();
  // The weak ETag names the page, not its bytes, so both codings share it (RFC 9110 §8.8.1).
  if (opts.gzip && acceptsGzip(request.headers["accept-encoding"])) {
    return reply.header("content-encoding", "gzip").send(opts.gzip);
  }
  return reply.send(body);
}

/** Sends a public HTML page with Cache-Control and an ETag (see sendPublicBody). */
export function sendPublicHtml(
  request: FastifyRequest,
  reply: FastifyReply,
  html: string | Buffer,
  maxAge = PUBLIC_MAX_AGE_SECONDS,
): FastifyReply {
  return sendPublicBody(request, reply, html, { contentType: HTML_TYPE, maxAge });
}

/**
 * The page-cache key of a public request: host (a site may be served on its own host), display preferences
 * (normalised, so a garbled cookie does not make a new entry), language and the URL with its query (page number,
 * text-only mode). Bodies that do not depend on the preferences (RSS, sitemaps) leave them out.
 */
export function publicCacheKey(request: FastifyRequest, opts: { varyPrefs?: boolean } = {}): string {
  const prefs = opts.varyPrefs === false ? "-" : serializePrefs(request.prefs);
  return pageCacheKey(request.hostname, request.lang, prefs, request.url);
}

/** The key itself, shared with the page-cache front (page-cache-front.ts), which builds it from Node's request. */
export function pageCacheKey(hostname: string, lang: string, prefs: string, url: string): string {
  return `${hostname}|${lang}|${prefs}|${url}`;
}

/** What a route renders on a cache miss. */
export interface RenderedPublic {
  body: string;
  /** Purge tags: "site:<id>" for every page of a site, "content:<id>" for the item a page shows. */
  tags: string[];
  contentType?: string;
  /** Shorter than PAGE_CACHE_TTL_MS when the content expires sooner. */
  ttlMs?: number;
  meta?: Record<string, string | null>;
  /** A page other than 200 (a form with errors, "no such page"): sent with no-store and never cached. */
  status?: number;
}

/**
 * Serves a public page from the page cache, rendering and storing it on a miss. Sends `x-cache: hit|miss` so
 * operators (and tests) can see which happened. A page whose meta names a site (and item) is a view of it, reported on
 * every serve (view-sink.ts). Errors thrown by `render` (404 …) are not cached.
 */
export async function sendCachedPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<RenderedPublic>,
  opts: { varyPrefs?: boolean } = {},
): Promise<FastifyReply> {
  const cache = request.server.services.pageCache;
  const key = publicCacheKey(request, opts);
  const hit = cache.get(key);
  if (hit) {
    reportView(request.server.services, request, hit.meta);
    reply.header("x-cache", "hit");
    return sendPublicBody(request, reply, hit.body, {
      contentType: hit.contentType,
      etag: hit.etag,
      gzip: hit.gzip,
    });
  }
  const page = await render();
  const contentType = page.contentType ?? HTML_TYPE;
  if (page.status !== undefined && page.status !== 200) {
    reportView(request.server.services, request, page.meta);
    return reply.code(page.status).header("cache-control", "no-store").type(contentType).send(page.body);
  }
  const body = Buffer.from(page.body, "utf8");
  const etag = etagFor(body);
  const gzip = gzipForCache(body);
  const ttl = Math.max(0, Math.min(page.ttlMs ?? PAGE_CACHE_TTL_MS, PAGE_CACHE_TTL_MS));
  if (ttl > 0) cache.set(key, { body, gzip, etag, contentType, tags: page.tags, meta: page.meta }, ttl);
  reportView(request.server.services, request, page.meta);
  reply.header("x-cache", "miss");
  return sendPublicBody(request, reply, body, { contentType, etag, gzip });
}
