import { db } from "~/utils/db.server";

/**
 * Where rate-limit counters live: in the database, so every server process counts the same hits
 * (decision record 011). The SQL is the same on SQLite and PostgreSQL (upsert with RETURNING).
 */
export type RateLimitStore = {
  /**
   * Counts one hit of `key` in fixed window number `window`, in one statement. Returns the count
   * after it, or null when the key was already over `limit` in that window: such a hit writes
   * nothing, so a flood of refused attempts does not keep the database (and every cache) busy.
   */
  hit(key: string, window: number, limit: number): Promise<number | null>;
  /** Drops counts of windows before `window` for keys starting with `prefix`. */
  sweep(prefix: string, window: number): Promise<void>;
  /** Drops one key's count, or every count under `prefix`. */
  clear(prefix: string, key?: string): Promise<void>;
};

export const databaseCounters: RateLimitStore = {
  async hit(key, window, limit) {
    const rows = await db.$queryRaw<Array<{ count: number | bigint }>>`
      INSERT INTO "RateLimitCounter" ("key", "window", "count") VALUES (${key}, ${window}, 1)
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitCounter"."window" = excluded."window" THEN "RateLimitCounter"."count" + 1 ELSE 1 END,
        "window" = excluded."window"
      WHERE "RateLimitCounter"."window" <> excluded."window" OR "RateLimitCounter"."count" <= ${limit}
      RETURNING "count"`;
    return rows.length ? Number(rows[0].count) : null;
  },
  async sweep(prefix, window) {
    await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE substr("key", 1, ${prefix.length}) = ${prefix} AND "window" < ${window}`;
  },
  async clear(prefix, key) {
    if (key === undefined) await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE substr("key", 1, ${prefix.length}) = ${prefix}`;
    else await db.$executeRaw`DELETE FROM "RateLimitCounter" WHERE "key" = ${prefix + key}`;
  },
};
