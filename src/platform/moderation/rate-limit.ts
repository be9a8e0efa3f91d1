/** Reader comments one network address may send per window (SPEC §A7); other forms pass their own rule. */
export const COMMENT_RATE = { max: 5, windowMs: 10 * 60_000 } as const;

export interface RateRule {
  max: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding window over the sender's earlier comments: allowed while fewer than `max` fall within the window; when
 * refused, the wait is until the oldest of them leaves the window.
 */
export function rateDecision(
  earlier: readonly Date[],
  now: Date,
  rule: RateRule = COMMENT_RATE,
): RateDecision {
  const start = now.getTime() - rule.windowMs;
  // No upper bound: a post stamped a moment after `now` (its transaction began after this request read the clock,
  // as simultaneous posts do) was still sent, and must count.
  const inWindow = earlier
    .map((d) => d.getTime())
    .filter((t) => t > start)
    .sort((a, b) => a - b);
  if (inWindow.length < rule.max) return { allowed: true };
  const oldestThatCounts = inWindow[inWindow.length - rule.max] ?? now.getTime();
  const waitMs = Math.max(0, oldestThatCounts + rule.windowMs - now.getTime());
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
