import { describe, expect, it } from "vitest";
import { parseCounterAmount } from "./counter-amount.js";

describe("parseCounterAmount", () => {
  it("reads money as officers type it", () => {
    expect(parseCounterAmount("1.250.000")).toBe(1_250_000);
    expect(parseCounterAmount("1 250 000 đ")).toBe(1_250_000);
    expect(parseCounterAmount("1250000")).toBe(1_250_000);
    expect(parseCounterAmount("0")).toBe(0);
  });
  it("refuses anything that is not whole đồng", () => {
    for (const bad of ["", "abc", "-5", "12,5", "1.25.000", "1e6", "12.5"])
      expect(parseCounterAmount(bad)).toBeNull();
  });
});
