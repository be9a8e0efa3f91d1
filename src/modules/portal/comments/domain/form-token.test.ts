import { describe, expect, it } from "vitest";
import { checkFormToken, ipHash, issueFormToken, TOKEN_MAX_AGE_MS, TOKEN_MIN_AGE_MS } from "./form-token.js";

const secret = "s3cret-for-tests";
const article = "0190a3c4-0000-7000-8000-000000000001";
const t0 = Date.UTC(2026, 2, 5, 3, 0, 0);

describe("comment form token", () => {
  it("is accepted for its article after the minimum and before the maximum age", () => {
    const token = issueFormToken(secret, article, t0);
    expect(checkFormToken(secret, token, article, t0 + TOKEN_MIN_AGE_MS)).toBe("ok");
    expect(checkFormToken(secret, token, article, t0 + TOKEN_MAX_AGE_MS)).toBe("ok");
  });

  it("is refused too soon (a bot), too late, for another article, forged or missing", () => {
    const token = issueFormToken(secret, article, t0);
    expect(checkFormToken(secret, token, article, t0 + 500)).toBe("tooFast");
    expect(checkFormToken(secret, token, article, t0 + TOKEN_MAX_AGE_MS + 1)).toBe("expired");
    expect(checkFormToken(secret, token, "0190a3c4-0000-7000-8000-000000000002", t0 + 10_000)).toBe(
      "invalid",
    );
    expect(checkFormToken("other-secret", token, article, t0 + 10_000)).toBe("invalid");
    const later = issueFormToken(secret, article, t0 - 60_000).split(".")[1];
    expect(checkFormToken(secret, `${t0.toString(36)}.${later}`, article, t0 + 10_000)).toBe("invalid");
    expect(checkFormToken(secret, undefined, article, t0)).toBe("invalid");
    expect(checkFormToken(secret, "abc", article, t0)).toBe("invalid");
  });

  it("refuses a token dated in the future beyond clock skew", () => {
    const token = issueFormToken(secret, article, t0 + 5 * 60_000);
    expect(checkFormToken(secret, token, article, t0)).toBe("invalid");
  });

  it("hashes addresses stably per secret without revealing them", () => {
    expect(ipHash(secret, "203.0.113.7")).toBe(ipHash(secret, "203.0.113.7"));
    expect(ipHash(secret, "203.0.113.7")).not.toBe(ipHash(secret, "203.0.113.8"));
    expect(ipHash(secret, "203.0.113.7")).not.toContain("203");
  });
});
