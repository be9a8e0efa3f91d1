import { describe, expect, it } from "vitest";
import {
  checkTotp,
  findRecoveryCode,
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCodes,
  normalizeRecoveryCode,
  rememberStep,
  totpCodeAt,
  totpStep,
  totpUri,
} from "./totp.js";

const secret = generateTotpSecret();
const now = new Date("2026-03-01T08:00:10Z");
const step = totpStep(now);

describe("TOTP check", () => {
  it("accepts the current code and one step either side, nothing further", () => {
    expect(checkTotp(secret, totpCodeAt(secret, step), now, [])).toEqual({ ok: true, step });
    expect(checkTotp(secret, totpCodeAt(secret, step - 1), now, [])).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(secret, totpCodeAt(secret, step + 1), now, [])).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(secret, totpCodeAt(secret, step - 2), now, [])).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(checkTotp(secret, totpCodeAt(secret, step + 2), now, [])).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a code whose step was already used", () => {
    const code = totpCodeAt(secret, step);
    expect(checkTotp(secret, code, now, [step])).toEqual({ ok: false, reason: "reused" });
    expect(checkTotp(secret, code, now, [step - 1])).toEqual({ ok: true, step });
  });

  it("refuses malformed codes and another account's code", () => {
    expect(checkTotp(secret, "12345", now, [])).toEqual({ ok: false, reason: "invalid" });
    expect(checkTotp(secret, "abcdef", now, [])).toEqual({ ok: false, reason: "invalid" });
    const other = generateTotpSecret();
    const foreign = totpCodeAt(other, step);
    const ownCodes = [step - 1, step, step + 1].map((s) => totpCodeAt(secret, s));
    if (!ownCodes.includes(foreign)) {
      expect(checkTotp(secret, foreign, now, [])).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("accepts a code typed with a space in the middle", () => {
    const code = totpCodeAt(secret, step);
    expect(checkTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, [])).toEqual({ ok: true, step });
  });

  it("remembers only the steps still inside the window", () => {
    expect(rememberStep([step - 10, step - 2, step - 1], step, now)).toEqual([step - 2, step - 1, step]);
  });

  it("builds an otpauth URI with issuer and account", () => {
    const uri = totpUri(secret, "bientap.sxd");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("bientap.sxd");
    expect(uri).toContain("period=30");
    expect(uri).toContain("digits=6");
  });
});

describe("recovery codes", () => {
  it("makes ten distinct codes of the form xxxxx-xxxxx", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it("matches a typed code whatever its case and separators, and nothing else", async () => {
    const codes = generateRecoveryCodes(3);
    const hashes = await hashRecoveryCodes(codes);
    expect(hashes.every((h) => h.startsWith("$argon2id$"))).toBe(true);
    const second = codes[1] ?? "";
    expect(await findRecoveryCode(hashes, second.toUpperCase().replace("-", " "))).toBe(1);
    expect(await findRecoveryCode(hashes, "aaaaa-bbbbb")).toBe(-1);
    expect(await findRecoveryCode(hashes, "123456")).toBe(-1);
    expect(normalizeRecoveryCode(" AB-cd ")).toBe("abcd");
  });
});
