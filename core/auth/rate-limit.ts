/**
 * A token bucket per key (an IP address, an email): each failure takes a token, tokens come back
 * at `perMinute` a minute, and an empty bucket refuses attempts until one is back.
 *
 * Per process: several API processes each keep their own buckets, so the effective limit is
 * multiplied by their number. Good enough against guessing at one process; a shared store
 * (Redis) is the next step when the API is scaled out.
 */
export interface RateLimiter {
  /** Seconds until an attempt is allowed again; 0 when allowed now. */
  retryAfter(key: string): number;
  /** Records a failed attempt. */
  fail(key: string): void;
}

export function buildRateLimiter(o: { perMinute: number; now?: () => number }): RateLimiter {
  const now = o.now ?? Date.now;
  const capacity = o.perMinute;
  const refillPerMs = o.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function current(key: string) {
    const t = now();
    const b = buckets.get(key);
    if (!b) return { tokens: capacity, at: t };
    const tokens = Math.min(capacity, b.tokens + (t - b.at) * refillPerMs);
    // A full bucket carries no information: forget it so the map stays bounded by active guessers.
    if (tokens >= capacity) buckets.delete(key);
    return { tokens, at: t };
  }

  return {
    retryAfter(key) {
      const { tokens } = current(key);
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / refillPerMs / 1000);
    },
    fail(key) {
      const b = current(key);
      buckets.set(key, { tokens: Math.max(0, b.tokens - 1), at: b.at });
    },
  };
}
