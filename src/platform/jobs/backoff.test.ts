import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff.js";

const opts = { baseMs: 1000, maxMs: 60_000 };

describe("retryDelayMs", () => {
  it("doubles with each attempt (upper bound, random → 1)", () => {
    const top = () => 0.999999;
    expect(retryDelayMs(1, opts, top)).toBe(1000);
    expect(retryDelayMs(2, opts, top)).toBe(2000);
    expect(retryDelayMs(3, opts, top)).toBe(4000);
    expect(retryDelayMs(4, opts, top)).toBe(8000);
  });

  it("never goes below half the nominal delay (random → 0)", () => {
    const bottom = () => 0;
    expect(retryDelayMs(1, opts, bottom)).toBe(500);
    expect(retryDelayMs(3, opts, bottom)).toBe(2000);
  });

  it("spreads retries between half and the full nominal delay", () => {
    expect(retryDelayMs(3, opts, () => 0.5)).toBe(3000);
    const seen = new Set<number>();
    let i = 0;
    const sequence = [0.1, 0.4, 0.7, 0.9];
    for (const _ of sequence) seen.add(retryDelayMs(5, opts, () => sequence[i++] ?? 0));
    expect(seen.size).toBe(4);
    for (const d of seen) {
      expect(d).toBeGreaterThanOrEqual(8000);
      expect(d).toBeLessThanOrEqual(16000);
    }
  });

  it("is capped at maxMs, even for huge attempt numbers", () => {
    expect(retryDelayMs(7, opts, () => 0.999999)).toBe(60_000);
    expect(retryDelayMs(10_000, opts, () => 0.999999)).toBe(60_000);
    expect(retryDelayMs(10_000, opts, () => 0)).toBe(30_000);
  });

  it("treats nonsense attempt numbers as the first attempt", () => {
    expect(retryDelayMs(0, opts, () => 0)).toBe(500);
    expect(retryDelayMs(-3, opts, () => 0)).toBe(500);
    expect(retryDelayMs(Number.NaN, opts, () => 0)).toBe(500);
  });
});
