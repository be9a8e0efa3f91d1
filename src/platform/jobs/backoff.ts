export interface BackoffOptions {
  /** Delay before the second attempt, before jitter. */
  baseMs: number;
  /** No retry waits longer than this, so a job failing for days is still tried a few times a day. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 5_000, maxMs: 60 * 60_000 };

/**
 * How long to wait before retrying a job whose attempt number `attempt` (1 = first run) just failed:
 * exponential (base · 2^(attempt-1)), capped at maxMs, with "equal jitter" — half fixed, half random — so jobs that
 * failed together (an SMTP server down) do not all come back at the same instant, yet never retry sooner than half
 * the nominal delay. `random` returns a number in [0, 1) (Math.random by default) so tests are deterministic.
 */
export function retryDelayMs(
  attempt: number,
  opts: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // 2^(n-1) overflows to Infinity for large n, which the cap then absorbs.
  const nominal = Math.min(opts.maxMs, opts.baseMs * 2 ** (n - 1));
  const half = nominal / 2;
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(half + r * half);
}
