import { describe, expect, it } from "vitest";
import { formatReceiptNumber, receiptSeries } from "./receipt-number.js";
import {
  generateVerifyCode,
  maskDossierCode,
  normalizeVerifyCode,
  VERIFY_CODE_PATTERN,
} from "./verify-code.js";

describe("verify codes", () => {
  it("are 12 Crockford base32 characters in groups of four, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateVerifyCode()));
    expect(codes.size).toBe(200);
    for (const c of codes) expect(c).toMatch(VERIFY_CODE_PATTERN);
  });

  it("maps every byte to the alphabet without I, L, O, U", () => {
    const code = generateVerifyCode((n) => Buffer.from(Array.from({ length: n }, (_, i) => 255 - i)));
    expect(code).toBe("ZYXW-VTSR-QPNM");
  });

  it("reads back what a person types", () => {
    expect(normalizeVerifyCode(" k7q2 9xma pl4d ")).toBe("K7Q2-9XMA-P14D");
    expect(normalizeVerifyCode("K7Q2-9XMA-P14D")).toBe("K7Q2-9XMA-P14D");
    expect(normalizeVerifyCode("k7q2-9xma-pi4d")).toBe("K7Q2-9XMA-P14D");
    expect(normalizeVerifyCode("OOOO-0000-0000")).toBe("0000-0000-0000");
    expect(normalizeVerifyCode("K7Q2-9XMA-PL4")).toBeNull();
    expect(normalizeVerifyCode("K7Q2-9XMA-PU4D")).toBeNull();
    expect(normalizeVerifyCode("<script>")).toBeNull();
  });

  it("masks the middle of a dossier code", () => {
    const masked = maskDossierCode("000.00.00.H48-250315-0042");
    expect(masked.startsWith("000.00")).toBe(true);
    expect(masked.endsWith("0042")).toBe(true);
    expect(masked).not.toContain("250315");
    expect(masked).toHaveLength("000.00.00.H48-250315-0042".length);
  });
});

describe("receipt series and numbers", () => {
  it("uses the Vietnamese year and seven digits", () => {
    expect(receiptSeries(2026)).toBe("BL-26");
    expect(receiptSeries(2100)).toBe("BL-00");
    expect(formatReceiptNumber(42)).toBe("0000042");
  });
});
