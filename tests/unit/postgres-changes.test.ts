import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { changedSince, dataVersion, followEngine } from "~/utils/data-version.mjs";
import { SHOWN_DATA_MODELS, stopPostgresChanges, watchPostgresChanges } from "~/utils/engine/postgres-changes.server";
import { migratePostgres } from "../../scripts/postgres-migrate.mjs";
import { postgresQuery, startPostgresCluster } from "../support/postgres-cluster.mjs";

// The data version on PostgreSQL (decision record 013): a commit by any connection (another process)
// reaches this process through NOTIFY, and a process that missed notifications catches up from the
// counter. On the cluster of a TEST_ENGINE=postgresql run, else on a cluster of its own.

let url = "";
let server = "";
let stop = () => {};
const name = `changes_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  server = inject("postgresServer");
  if (!server) {
    const cluster = await startPostgresCluster({ name: `pg-changes-${process.pid}` });
    server = cluster.url("");
    stop = cluster.stop;
  }
  await postgresQuery(`${server}postgres`, `CREATE DATABASE "${name}"`);
  url = `${server}${name}`;
  await migratePostgres(url, { quiet: true });
  await postgresQuery(
    url,
    `INSERT INTO "Organisation" ("id", "slug", "name", "type", "identifierScheme", "identifier", "updatedAt") VALUES ('o', 'o', 'O', 'agency', 'other', 'o', now())`,
  );
  await watchPostgresChanges(url);
  followEngine("postgresql");
}, 60_000);

afterAll(async () => {
  followEngine("sqlite");
  await stopPostgresChanges();
  await postgresQuery(`${server}postgres`, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  stop();
});

const otherProcessWrites = (website: string) => postgresQuery(url, `UPDATE "Organisation" SET "website" = '${website}' WHERE "id" = 'o'`);

describe("the data version on PostgreSQL", () => {
  it("moves when another connection commits a change to shown data, and then stays put", async () => {
    const before = dataVersion();
    await otherProcessWrites("https://example.org/1");
    await vi.waitFor(() => expect(changedSince(before)).toBe(true), { timeout: 5000, interval: 20 });
    const settled = dataVersion();
    await new Promise((r) => setTimeout(r, 200));
    expect(dataVersion()).toBe(settled);
  });

  it("does not move for process state: rate-limit counters, job leases", async () => {
    const counter = async () => (await postgresQuery(url, `SELECT "version"::int AS v FROM "register_data_version"`))[0].rows[0].v as number;
    const before = await counter();
    await postgresQuery(
      url,
      `INSERT INTO "RateLimitCounter" ("key", "window", "count") VALUES ('t:k', 1, 1)`,
      `INSERT INTO "JobLease" ("name", "holder", "expiresAt") VALUES ('t', 'x', now())`,
    );
    expect(await counter()).toBe(before);
    await otherProcessWrites("https://example.org/2");
    expect(await counter()).toBe(before + 1);
    await vi.waitFor(() => expect(dataVersion().endsWith(`.${before + 1}`)).toBe(true), { timeout: 5000, interval: 20 });
  });

  it("catches up on changes made while its listening connection was down", async () => {
    const before = dataVersion();
    // The listener's connection is cut (a restarted server, a network fault); a change is made meanwhile.
    await postgresQuery(
      url,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'register-changes' AND datname = '${name}'`,
      `UPDATE "Organisation" SET "website" = 'https://example.org/3' WHERE "id" = 'o'`,
    );
    await vi.waitFor(() => expect(changedSince(before)).toBe(true), { timeout: 10_000, interval: 50 });
    const counter = (await postgresQuery(url, `SELECT "version"::int AS v FROM "register_data_version"`))[0].rows[0].v as number;
    expect(dataVersion().endsWith(`.${counter}`)).toBe(true);
  });

  it("counts the same tables as changes of shown data in this process (Prisma writes) as the triggers do in the database", async () => {
    const [{ rows }] = await postgresQuery(
      url,
      `SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE NOT t.tgisinternal AND t.tgname = c.relname || '_data_changed' AND c.relname NOT IN ('entry_search')`,
    );
    expect(rows.map((r: { table: string }) => r.table).sort()).toEqual([...SHOWN_DATA_MODELS].sort());
  });

  it("does not move for this process's own writes of process state, and does for shown data", async () => {
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    const { databaseWatched, getDb } = await import("~/utils/db.server");
    try {
      await databaseWatched();
      const db = getDb();
      const before = dataVersion();
      await db.jobLease.create({ data: { name: `own-${Date.now()}`, holder: "test", expiresAt: new Date() } });
      await db.rateLimitCounter.create({ data: { key: `own:${Date.now()}`, window: 2, count: 1 } });
      await new Promise((r) => setTimeout(r, 300));
      expect(dataVersion()).toBe(before);
      await db.organisation.update({ where: { id: "o" }, data: { website: "https://example.org/own" } });
      expect(changedSince(before)).toBe(true);
    } finally {
      process.env.DATABASE_URL = previous;
    }
  });
});
