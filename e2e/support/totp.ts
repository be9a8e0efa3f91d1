import { Secret, TOTP } from "otpauth";

const PERIOD = 30;

/**
 * A person's authenticator app: codes for a base32 secret (SHA-1, 6 digits, 30 s, as the enrolment page says).
 * The server refuses a code of a time step it has already accepted, and accepts one step either side of now, so
 * successive sign-ins in a test take the next unused step instead of waiting for the clock.
 */
export class Authenticator {
  private readonly totp: TOTP;
  private readonly used = new Set<number>();

  constructor(secret: string) {
    this.totp = new TOTP({
      secret: Secret.fromBase32(secret.replace(/\s+/g, "")),
      digits: 6,
      period: PERIOD,
      algorithm: "SHA1",
    });
  }

  /** A valid code the server has not seen from this person. */
  code(now = Date.now()): string {
    const current = Math.floor(now / 1000 / PERIOD);
    for (const step of [current, current + 1, current - 1]) {
      if (this.used.has(step)) continue;
      this.used.add(step);
      return this.totp.generate({ timestamp: step * PERIOD * 1000 });
    }
    throw new Error("No unused TOTP step in the accepted window; sign in less often in one test.");
  }

  /** A 6-digit code that is certainly wrong now. */
  wrongCode(now = Date.now()): string {
    const current = Math.floor(now / 1000 / PERIOD);
    const valid = new Set(
      [current - 1, current, current + 1].map((s) => this.totp.generate({ timestamp: s * PERIOD * 1000 })),
    );
    for (let n = 0; ; n++) {
      const candidate = String((123456 + n * 7919) % 1_000_000).padStart(6, "0");
      if (!valid.has(candidate)) return candidate;
    }
  }
}
