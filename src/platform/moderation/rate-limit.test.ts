import { describe, expect, it } from "vitest";
import { COMMENT_RATE, rateDecision } from "./rate-limit.js";

const now = new Date("2026-03-05T03:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe("rateDecision", () => {
  it("allows up to the limit within the window", () => {
    expect(rateDecision([], now)).toEqual({ allowed: true });
    expect(rateDecision([1, 2, 3, 4].map(minutesAgo), now)).toEqual({ allowed: true });
  });

  it("refuses the sixth in ten minutes and says how long until the oldest leaves the window", () => {
    const earlier = [9, 7, 5, 3, 1].map(minutesAgo);
    expect(COMMENT_RATE).toEqual({ max: 5, windowMs: 600_000 });
    expect(rateDecision(earlier, now)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it("does not count comments older than the window", () => {
    expect(rateDecision([10, 12, 30, 3, 2, 1].map(minutesAgo), now)).toEqual({ allowed: true });
  });

  it("waits for the oldest of the last `max` when more than max are in the window", () => {
    const earlier = [9, 8, 6, 4, 2, 1].map(minutesAgo);
    // Five must leave for one to be allowed: the one sent 8 minutes ago leaves in 2 minutes.
    expect(rateDecision(earlier, now)).toEqual({ allowed: false, retryAfterSeconds: 120 });
  });

  it("counts posts stamped just after this request read the clock (simultaneous posts)", () => {
    const now = new Date("2026-11-27T08:00:00Z");
    const later = [1, 2, 3, 4, 5].map((ms) => new Date(now.getTime() + ms));
    expect(rateDecision(later, now).allowed).toBe(false);
  });
});
