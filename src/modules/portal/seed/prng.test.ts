import { describe, expect, it } from "vitest";
import { createRng, mulberry32, seedFrom } from "../../../platform/random/prng.js";

describe("seeded random numbers", () => {
  it("gives the same sequence for the same seed and a different one for another seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it("derives seeds from names, so each site has its own stream", () => {
    expect(seedFrom("demo-content:so-xay-dung")).toBe(seedFrom("demo-content:so-xay-dung"));
    expect(seedFrom("demo-content:so-xay-dung")).not.toBe(seedFrom("demo-content:so-y-te"));
  });

  it("keeps int, pick and sample within bounds", () => {
    const rng = createRng("bounds");
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    const items = ["a", "b", "c", "d"];
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    for (const x of sample) expect(items).toContain(x);
    expect(() => rng.pick([])).toThrow();
  });
});
