/**
 * Lockout rules, pure so they can be tested without a clock: five wrong passwords lock an account for fifteen
 * minutes (then it unlocks by itself); three wrong TOTP codes cancel a sign-in and make the person wait a minute.
 */
export const MAX_PASSWORD_FAILURES = 5;
export const PASSWORD_LOCK_MS = 15 * 60_000;
export const MAX_TOTP_FAILURES = 3;
export const TOTP_LOCK_MS = 60_000;

export function isLocked(lockedUntil: Date | string | null | undefined, now: Date): boolean {
  return lockedUntil !== null && lockedUntil !== undefined && new Date(lockedUntil).getTime() > now.getTime();
}

export interface FailureState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

/**
 * The state after one more wrong password. A lock that has run out is forgotten first, so an account locked
 * yesterday gets its full five tries again.
 */
export function afterPasswordFailure(
  current: { failedAttempts: number; lockedUntil: Date | string | null },
  now: Date,
): FailureState & { justLocked: boolean } {
  const expired = current.lockedUntil !== null && !isLocked(current.lockedUntil, now);
  const attempts = (expired ? 0 : current.failedAttempts) + 1;
  if (attempts >= MAX_PASSWORD_FAILURES) {
    return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + PASSWORD_LOCK_MS), justLocked: true };
  }
  return { failedAttempts: attempts, lockedUntil: null, justLocked: false };
}

/** After a wrong TOTP or recovery code: whether this sign-in attempt is over. */
export function afterTotpFailure(failures: number): { failures: number; cancel: boolean } {
  const next = failures + 1;
  return { failures: next, cancel: next >= MAX_TOTP_FAILURES };
}

/** Whole minutes left, rounded up, for the message "thử lại sau … phút". */
export function minutesLeft(lockedUntil: Date | string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - now.getTime()) / 60_000));
}
