import { describe, expect, it } from "vitest";
import { createRateLimiter } from "~/utils/rate-limit.server";
import { onOtherConnection } from "../support/other-connection";

const counters = () =>
  onOtherConnection<{ key: string; window: number; count: number }>(`SELECT "key", "window", "count" FROM "RateLimitCounter" ORDER BY "key"`);

describe("rate limiter (shared through the database)", () => {
  it("allows `limit` hits per fixed window, refuses the rest, and starts again in the next window", async () => {
    const limiter = createRateLimiter({ name: "t1", limit: 3, windowMs: 60_000 });
    const start = 60_000 * 1000;
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await limiter.hit("203.0.113.7", start + i));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await limiter.hit("198.51.100.1", start)).toBe(true); // another key has its own count
    expect(await limiter.hit("203.0.113.7", start + 60_000)).toBe(true);
  });

  it("counts in the database: two limiters of one name (as in two processes) share the count", async () => {
    const inOneProcess = createRateLimiter({ name: "t2", limit: 2, windowMs: 60_000 });
    const inAnother = createRateLimiter({ name: "t2", limit: 2, windowMs: 60_000 });
    const now = 60_000 * 2000;
    expect(await inOneProcess.hit("k", now)).toBe(true);
    expect(await inAnother.hit("k", now)).toBe(true);
    expect(await inOneProcess.hit("k", now)).toBe(false);
    expect((await counters()).find((c) => c.key === "t2:k")).toMatchObject({ window: 2000, count: 3 });
  });

  it("writes nothing for hits beyond the limit, so a flood of refused attempts does not write", async () => {
    const limiter = createRateLimiter({ name: "t3", limit: 1, windowMs: 60_000 });
    const now = 60_000 * 3000;
    await limiter.hit("k", now);
    await limiter.hit("k", now);
    for (let i = 0; i < 10; i++) expect(await limiter.hit("k", now)).toBe(false);
    expect((await counters()).find((c) => c.key === "t3:k")?.count).toBe(2);
  });

  it("drops counts of past windows, and reset clears one key or every key of the limiter", async () => {
    const limiter = createRateLimiter({ name: "t4", limit: 5, windowMs: 1000 });
    await limiter.hit("old", 5_000);
    await limiter.hit("new", 9_000);
    expect((await counters()).filter((c) => c.key.startsWith("t4:")).map((c) => c.key)).toEqual(["t4:new"]);
    const other = createRateLimiter({ name: "t5", limit: 5, windowMs: 1000 });
    await other.hit("a", 9_000);
    await limiter.hit("b", 9_000);
    await limiter.reset("b");
    expect((await counters()).map((c) => c.key)).toEqual(expect.arrayContaining(["t4:new", "t5:a"]));
    expect((await counters()).map((c) => c.key)).not.toContain("t4:b");
    await limiter.reset();
    expect((await counters()).map((c) => c.key)).toEqual(expect.not.arrayContaining(["t4:new"]));
    expect((await counters()).map((c) => c.key)).toContain("t5:a");
  });
});
