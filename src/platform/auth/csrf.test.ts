import type { FastifyRequest } from "fastify";
import { describe, expect, it } from "vitest";
import { submittedCsrfToken, tokensEqual } from "./csrf.js";

/** Just the parts of a request the token lookup reads. */
function req(parts: { headers?: Record<string, string>; body?: unknown; query?: Record<string, string> }) {
  return {
    headers: parts.headers ?? {},
    body: parts.body,
    query: parts.query ?? {},
  } as unknown as FastifyRequest;
}

describe("where the CSRF token is read from", () => {
  it("takes the header first, then the _csrf form field", () => {
    expect(submittedCsrfToken(req({ headers: { "x-csrf-token": "h" }, body: { _csrf: "f" } }))).toBe("h");
    expect(submittedCsrfToken(req({ body: { _csrf: "f" } }))).toBe("f");
    expect(submittedCsrfToken(req({ body: { _csrf: ["a", "b"] } }))).toBeUndefined();
  });

  it("reads a multipart form's token from the query string or an attached field, not a urlencoded query", () => {
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    expect(submittedCsrfToken(req({ headers: multipart, query: { _csrf: "q" } }))).toBe("q");
    expect(submittedCsrfToken(req({ headers: multipart, body: { _csrf: { value: "v" } } }))).toBe("v");
    expect(
      submittedCsrfToken(
        req({ headers: { "content-type": "application/x-www-form-urlencoded" }, query: { _csrf: "q" } }),
      ),
    ).toBeUndefined();
  });

  it("compares tokens exactly", () => {
    expect(tokensEqual("abc", "abc")).toBe(true);
    expect(tokensEqual("abc", "abd")).toBe(false);
    expect(tokensEqual("abc", "abcd")).toBe(false);
    expect(tokensEqual(undefined, undefined)).toBe(false);
    expect(tokensEqual("", "")).toBe(false);
  });
});
