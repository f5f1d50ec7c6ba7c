/** Fixed-window counters in memory: enough for one process; each limiter has its own window and limit. */
export function createRateLimiter({ limit, windowMs }: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Counts a hit; true when the key is still within its limit. */
    hit(key: string, now = Date.now()): boolean {
      const current = hits.get(key);
      if (!current || current.resetAt <= now) {
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        hits.set(key, { count: 1, resetAt: now + windowMs });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
    reset(key?: string) {
      if (key === undefined) hits.clear();
      else hits.delete(key);
    },
  };
}

export type LoadContext = { cspNonce?: string; clientIp?: string };

export function clientIp(context: unknown): string {
  return (context as LoadContext | undefined)?.clientIp ?? "unknown";
}
