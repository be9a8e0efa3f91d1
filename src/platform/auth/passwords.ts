import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** argon2id with the library's defaults (19 MiB, t=2, p=1: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

/**
 * A hash of a random password nobody knows, verified against when the user name does not exist, so the answer
 * takes as long as for a real account.
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(generateTemporaryPassword());
  return dummyHash;
}

export type PasswordProblem = "tooShort" | "tooLong" | "sameAsUsername" | "sameAsCurrent";

/** The password rules: 12 to 256 characters, not the user name, not the current password. Pure. */
export function passwordProblem(
  password: string,
  opts: { username: string; currentPassword?: string | undefined },
): PasswordProblem | null {
  const pw = password.normalize("NFC");
  const length = [...pw].length;
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  if (pw.trim().toLowerCase() === opts.username.trim().toLowerCase()) return "sameAsUsername";
  if (opts.currentPassword !== undefined && pw === opts.currentPassword.normalize("NFC")) {
    return "sameAsCurrent";
  }
  return null;
}

// No 0/O, 1/l/I: a temporary password is read off a screen and typed by hand.
const TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A temporary password shown once to an administrator: four groups of four, e.g. "Kx7m-Qp2r-Zt9w-Hn4c". */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/** A random password of `length` characters from the same alphabet (the first admin's printed password). */
export function generateRandomPassword(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)];
  return out;
}
