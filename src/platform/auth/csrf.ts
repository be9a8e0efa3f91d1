import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";

export const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Where a submitted CSRF token is read from:
 * - the `x-csrf-token` header (fetch/htmx, JSON);
 * - the `_csrf` field of a urlencoded or JSON body (every HTML form, via <CsrfField>);
 * - for multipart/form-data, which is parsed inside the handler after this check runs, the `_csrf` query parameter
 *   (`<form action="/admin/…?_csrf=…" enctype="multipart/form-data">`) or the header; a `_csrf` field is also
 *   honoured when the multipart plugin attached fields to the body (`attachFieldsToBody`).
 */
export function submittedCsrfToken(request: FastifyRequest): string | undefined {
  const header = request.headers["x-csrf-token"];
  if (typeof header === "string" && header !== "") return header;
  const body = request.body;
  if (body && typeof body === "object" && !Buffer.isBuffer(body)) {
    const field = (body as Record<string, unknown>)._csrf;
    if (typeof field === "string") return field;
    if (field && typeof field === "object" && "value" in field && typeof field.value === "string") {
      return field.value;
    }
  }
  const contentType = String(request.headers["content-type"] ?? "");
  if (contentType.startsWith("multipart/form-data")) {
    const query = request.query as Record<string, unknown> | undefined;
    if (typeof query?._csrf === "string") return query._csrf;
  }
  return undefined;
}

/** Constant-time comparison of two tokens. */
export function tokensEqual(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
