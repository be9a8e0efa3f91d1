import { describe, expect, it } from "vitest";
import { ACCENT_KEYS, ACCENT_PALETTE, accentCss, contrastRatio, isAccentKey } from "./theme.js";

describe("accent palette", () => {
  it("keeps white text readable (≥ 4.5:1) on every brand colour and its dark shade", () => {
    for (const key of ACCENT_KEYS) {
      const { brand, dark } = ACCENT_PALETTE[key];
      expect(contrastRatio(brand, "#ffffff"), key).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(dark, "#ffffff"), key).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("accepts only palette keys and emits CSS only for a non-default accent", () => {
    expect(isAccentKey("do-son")).toBe(true);
    expect(isAccentKey("#ff0000")).toBe(false);
    expect(isAccentKey("toString")).toBe(false);
    expect(accentCss("do-son")).toBe(":root{--c-brand:#a3120f;--c-brand-dark:#6e0c0a}");
    expect(accentCss("xanh-duong")).toBeNull();
    expect(accentCss("red;}body{display:none")).toBeNull();
  });
});
