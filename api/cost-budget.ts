/**
 * Per-API-key token buckets of query cost: `perMinute` refills evenly over a minute, and a
 * request is charged its whole computed cost up front. In memory, so per API process (as the
 * login rate limit); sessions of people are bounded by the per-operation limit only.
 */
export class CostBudgets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  charge(key: string, cost: number): { ok: boolean; remaining: number; retryAfterSeconds: number } {
    const now = this.now();
    const seen = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    const tokens = Math.min(this.perMinute, seen.tokens + ((now - seen.at) / 60_000) * this.perMinute);
    if (cost > tokens) {
      this.buckets.set(key, { tokens, at: now });
      const retryAfterSeconds = Math.ceil(((cost - tokens) / this.perMinute) * 60);
      return { ok: false, remaining: Math.floor(tokens), retryAfterSeconds };
    }
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    return { ok: true, remaining: Math.floor(tokens - cost), retryAfterSeconds: 0 };
  }
}
