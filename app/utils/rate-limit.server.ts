import { databaseCounters, type RateLimitStore } from "./rate-limit-store.server";

/**
 * Fixed-window counters shared by every server process (the store is the database); each limiter has
 * its own name, window and limit. `await limiter.hit(key)` is true while the key is within its limit.
 */
export function createRateLimiter({
  name,
  limit,
  windowMs,
  store = databaseCounters,
}: {
  name: string;
  limit: number;
  windowMs: number;
  store?: RateLimitStore;
}) {
  const prefix = `${name}:`;
  let sweptWindow = -1;
  return {
    /** Counts a hit; true when the key is still within its limit. */
    async hit(key: string, now = Date.now()): Promise<boolean> {
      const window = Math.floor(now / windowMs);
      const count = await store.hit(prefix + key, window, limit);
      if (window !== sweptWindow) {
        // Once per window and process: counts of past windows are of no further use.
        sweptWindow = window;
        await store.sweep(prefix, window);
      }
      return count !== null && count <= limit;
    },
    async reset(key?: string): Promise<void> {
      await store.clear(prefix, key);
    },
  };
}

export type LoadContext = { cspNonce?: string; clientIp?: string };

export function clientIp(context: unknown): string {
  return (context as LoadContext | undefined)?.clientIp ?? "unknown";
}
