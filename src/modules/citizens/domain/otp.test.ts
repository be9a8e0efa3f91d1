import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  challengeStatus,
  codeMatches,
  generateCode,
  hashCode,
  judgeAttempt,
  OTP_POLICY,
  sendDecision,
  typedCode,
} from "./otp.js";

const SECRET = "test-secret";
const ID = "0194f3a0-0000-7000-8000-000000000001";
const now = new Date("2026-03-16T02:00:00Z");
const open = { expiresAt: new Date(now.getTime() + 60_000), attempts: 0, consumedAt: null };

describe("one-time codes", () => {
  it("are 6 digits, leading zeros kept", () => {
    for (let i = 0; i < 200; i++) expect(generateCode()).toMatch(/^\d{6}$/);
  });

  it("are stored as an HMAC bound to the challenge and the secret", () => {
    const h = hashCode(SECRET, ID, "012345");
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(h).not.toContain("012345");
    expect(hashCode(SECRET, "other", "012345")).not.toBe(h);
    expect(hashCode("other", ID, "012345")).not.toBe(h);
    expect(codeMatches(SECRET, ID, "012345", h)).toBe(true);
    expect(codeMatches(SECRET, ID, "012346", h)).toBe(false);
    expect(codeMatches(SECRET, ID, "012345", "abc")).toBe(false);
  });

  it("only the code that was hashed matches (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999 }), (a, b) => {
        const ca = String(a).padStart(6, "0");
        const cb = String(b).padStart(6, "0");
        expect(codeMatches(SECRET, ID, cb, hashCode(SECRET, ID, ca))).toBe(a === b);
      }),
      { numRuns: 200 },
    );
  });

  it("accept what people type, spaces and dashes aside", () => {
    expect(typedCode(" 123 456 ")).toBe("123456");
    expect(typedCode("123-456")).toBe("123456");
    expect(typedCode("12345")).toBeNull();
    expect(typedCode("1234567")).toBeNull();
    expect(typedCode("12345a")).toBeNull();
    expect(typedCode("")).toBeNull();
  });
});

describe("a challenge", () => {
  it("is open until it expires, is used, or has had 5 wrong tries", () => {
    expect(challengeStatus(open, now)).toBe("open");
    expect(challengeStatus({ ...open, expiresAt: now }, now)).toBe("expired");
    expect(challengeStatus({ ...open, consumedAt: now }, now)).toBe("used");
    expect(challengeStatus({ ...open, attempts: 4 }, now)).toBe("open");
    expect(challengeStatus({ ...open, attempts: 5 }, now)).toBe("locked");
  });

  it("counts down wrong tries and locks on the 5th", () => {
    const left: number[] = [];
    let attempts = 0;
    for (;;) {
      const v = judgeAttempt({ ...open, attempts }, false, now);
      if (v.kind !== "wrong") {
        expect(v.kind).toBe("locked");
        break;
      }
      left.push(v.attemptsLeft);
      attempts += 1;
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect(attempts + 1).toBe(OTP_POLICY.maxAttempts);
    // Once locked, even the right code is refused.
    expect(judgeAttempt({ ...open, attempts: 5 }, true, now).kind).toBe("locked");
  });

  it("refuses the right code once expired or used", () => {
    expect(judgeAttempt({ ...open, expiresAt: new Date(now.getTime() - 1) }, true, now).kind).toBe("expired");
    expect(judgeAttempt({ ...open, consumedAt: now }, true, now).kind).toBe("used");
    expect(judgeAttempt(open, true, now).kind).toBe("ok");
  });
});

describe("codes per destination", () => {
  const ago = (min: number) => new Date(now.getTime() - min * 60_000);

  it("allow 3 in any 15 minutes and say when the next one may go", () => {
    expect(sendDecision([], now)).toEqual({ allowed: true });
    expect(sendDecision([ago(1), ago(2)], now)).toEqual({ allowed: true });
    expect(sendDecision([ago(1), ago(2), ago(10)], now)).toEqual({ allowed: false, retryAfterSeconds: 300 });
    // Older than the window: not counted.
    expect(sendDecision([ago(1), ago(2), ago(16)], now)).toEqual({ allowed: true });
  });

  it("never allow a 4th inside the window (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * 60 }), { maxLength: 8 }), (secondsAgo) => {
        const times = secondsAgo.map((s) => new Date(now.getTime() - s * 1000));
        const inWindow = secondsAgo.filter((s) => s * 1000 < OTP_POLICY.windowMs).length;
        const d = sendDecision(times, now);
        expect(d.allowed).toBe(inWindow < 3);
        if (!d.allowed) expect(d.retryAfterSeconds).toBeGreaterThan(0);
      }),
    );
  });
});
