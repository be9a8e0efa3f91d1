import { describe, expect, it } from "vitest";
import {
  afterPasswordFailure,
  afterTotpFailure,
  isLocked,
  MAX_PASSWORD_FAILURES,
  minutesLeft,
  PASSWORD_LOCK_MS,
} from "./lockout.js";

const now = new Date("2026-03-01T08:00:00Z");

describe("password lockout", () => {
  it("counts failures and locks for 15 minutes at the fifth", () => {
    let state = { failedAttempts: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_PASSWORD_FAILURES; i++) {
      const next = afterPasswordFailure(state, now);
      expect(next).toEqual({ failedAttempts: i, lockedUntil: null, justLocked: false });
      state = next;
    }
    const locked = afterPasswordFailure(state, now);
    expect(locked.justLocked).toBe(true);
    expect(locked.lockedUntil?.getTime()).toBe(now.getTime() + PASSWORD_LOCK_MS);
    expect(locked.failedAttempts).toBe(0);
  });

  it("lifts the lock by time and gives five fresh tries after it", () => {
    const until = new Date(now.getTime() + PASSWORD_LOCK_MS);
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, new Date(until.getTime() + 1))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
    const later = new Date(until.getTime() + 1000);
    expect(afterPasswordFailure({ failedAttempts: 4, lockedUntil: until }, later)).toMatchObject({
      failedAttempts: 1,
      justLocked: false,
    });
  });

  it("says how many minutes are left, rounded up", () => {
    expect(minutesLeft(new Date(now.getTime() + 14 * 60_000 + 1), now)).toBe(15);
    expect(minutesLeft(new Date(now.getTime() + 1000), now)).toBe(1);
  });
});

describe("TOTP failures in one sign-in", () => {
  it("cancels the attempt at the third wrong code", () => {
    expect(afterTotpFailure(0)).toEqual({ failures: 1, cancel: false });
    expect(afterTotpFailure(1)).toEqual({ failures: 2, cancel: false });
    expect(afterTotpFailure(2)).toEqual({ failures: 3, cancel: true });
  });
});
