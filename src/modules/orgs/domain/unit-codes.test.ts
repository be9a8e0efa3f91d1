import { describe, expect, it } from "vitest";
import { isIdentifierCode, isShortCode } from "./unit-codes.js";

describe("unit codes", () => {
  it("accepts identifier codes of QĐ 20/2020/QĐ-TTg", () => {
    for (const ok of ["000.00.00.H48", "000.00.14.H48", "000.01.31.H48", "000.00.00.G01"]) {
      expect(isIdentifierCode(ok), ok).toBe(true);
    }
  });

  it("refuses malformed identifier codes", () => {
    for (const bad of [
      "000.00.00.h48",
      "00.00.00.H48",
      "000.000.00.H48",
      "000.00.00.H4",
      "000-00-00-H48",
      " 000.00.00.H48",
      "000.00.00.H48x",
      "",
    ]) {
      expect(isIdentifierCode(bad), bad).toBe(false);
    }
  });

  it("accepts upper-case short codes with Đ and digits, refuses the rest", () => {
    for (const ok of ["VP", "SXD", "SGDĐT", "UBND", "P2"]) expect(isShortCode(ok), ok).toBe(true);
    for (const bad of ["vp", "S-XD", "S XD", "SỞ", "", "A".repeat(21)])
      expect(isShortCode(bad), bad).toBe(false);
  });
});
