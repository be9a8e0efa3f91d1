import { describe, expect, it } from "vitest";
import { staticSecurityHeaders } from "./security-headers.js";

describe("security headers computed once", () => {
  it("holds helmet's headers with our content security policy", () => {
    const headers = staticSecurityHeaders({
      contentSecurityPolicy: { useDefaults: true, directives: { "script-src": ["'self'"] } },
      hsts: false,
    });
    expect(headers["content-security-policy"]).toContain("script-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  it("refuses an invalid policy at boot instead of at the first request", () => {
    expect(() =>
      staticSecurityHeaders({
        contentSecurityPolicy: { useDefaults: false, directives: { "script-src": ["'self'"] } },
      }),
    ).toThrow();
  });
});
