import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** How long browsers and proxies may reuse a public page before asking again (ARCHITECTURE "Scale-out"). */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/** A weak validator from the page's bytes: the same page gives the same tag on every app node. */
export function etagFor(body: string): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/**
 * Sends a public HTML page with Cache-Control and an ETag, answering 304 when the client already has it. The page
 * depends on the display-preferences cookie (font size, contrast), hence Vary: Cookie.
 */
export function sendPublicHtml(
  request: FastifyRequest,
  reply: FastifyReply,
  html: string,
  maxAge = PUBLIC_MAX_AGE_SECONDS,
): FastifyReply {
  const etag = etagFor(html);
  reply
    .header("cache-control", `public, max-age=${maxAge}`)
    .header("etag", etag)
    .header("vary", "Cookie")
    .type("text/html; charset=utf-8");
  if (matches(request.headers["if-none-match"], etag)) return reply.code(304).send();
  return reply.send(html);
}
