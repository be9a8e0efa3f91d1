import { describe, expect, it } from "vitest";
import {
  generateRandomPassword,
  generateTemporaryPassword,
  hashPassword,
  passwordProblem,
  verifyPassword,
} from "./passwords.js";

describe("password policy", () => {
  it("wants at least 12 characters, counting Vietnamese letters as one each", () => {
    expect(passwordProblem("ngắn-quá-11", { username: "a" })).toBe("tooShort");
    expect(passwordProblem("Đường-xa-12c", { username: "a" })).toBeNull();
    expect(passwordProblem("x".repeat(257), { username: "a" })).toBe("tooLong");
  });

  it("refuses the user name and the current password", () => {
    expect(passwordProblem("Bientap.SXD.2026", { username: "bientap.sxd.2026" })).toBe("sameAsUsername");
    expect(passwordProblem("mat-khau-cu-dai", { username: "a", currentPassword: "mat-khau-cu-dai" })).toBe(
      "sameAsCurrent",
    );
    expect(
      passwordProblem("mat-khau-moi-dai", { username: "a", currentPassword: "mat-khau-cu-dai" }),
    ).toBeNull();
  });
});

describe("password hashing", () => {
  it("stores argon2id and verifies only the right password, in any Unicode normal form", async () => {
    const password = "Quảng Ngãi 2026";
    const hash = await hashPassword(password);
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, password)).toBe(true);
    expect(await verifyPassword(hash, password.normalize("NFD"))).toBe(true);
    expect(await verifyPassword(hash, "Quang Ngai 2026")).toBe(false);
    expect(await verifyPassword("not-a-hash", password)).toBe(false);
  });
});

describe("generated passwords", () => {
  it("makes temporary passwords that pass the policy and are not repeated", () => {
    const a = generateTemporaryPassword();
    expect(a).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    expect(passwordProblem(a, { username: "admin" })).toBeNull();
    expect(generateTemporaryPassword()).not.toBe(a);
    expect(generateRandomPassword(20)).toHaveLength(20);
  });
});
