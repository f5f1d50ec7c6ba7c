import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { indexes as indexesOutsidePrisma, tables as outsidePrisma } from "../../prisma/postgresql/outside-prisma.mjs";
import { migratePostgres } from "../../scripts/postgres-migrate.mjs";
import { POSTGRES_SCHEMA } from "../../scripts/postgres-schema.mjs";
import { ROOT } from "../support/paths";
import { postgresQuery, startPostgresCluster } from "../support/postgres-cluster.mjs";

// The PostgreSQL migrations build exactly the models: a change to prisma/schema.prisma without a
// matching prisma/postgresql/migrations file (npm run db:postgres-migration -- name) fails here.
// On the cluster of a TEST_ENGINE=postgresql run, else on a cluster of its own.

let server = "";
let stop = () => {};

beforeAll(async () => {
  server = inject("postgresServer");
  if (!server) {
    const cluster = await startPostgresCluster({ name: `pg-migrations-${process.pid}` });
    server = cluster.url("");
    stop = cluster.stop;
  }
}, 60_000);
afterAll(() => stop());

const suffix = `${process.pid}_${Date.now()}`;

/** Tables, columns, indexes and constraints of the public schema, as comparable text. */
async function catalogue(url: string) {
  const ignore = [...outsidePrisma, "_prisma_migrations"];
  const [columns, indexes, constraints] = (
    await postgresQuery(
      url,
      `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS d, table_name AS t
       FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
      `SELECT indexdef AS d, tablename AS t FROM pg_indexes WHERE schemaname = 'public' AND indexname <> ALL (ARRAY[${indexesOutsidePrisma.map((n) => `'${n}'`).join(", ")}]::text[]) ORDER BY 1`,
      `SELECT c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS d, c.conrelid::regclass::text AS t
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1`,
    )
  ).map((r) => (r.rows as Array<{ d: string; t: string }>).filter((row) => !ignore.includes(row.t.replace(/"/g, ""))).map((row) => row.d));
  return { columns, indexes, constraints };
}

async function freshDatabase(name: string) {
  await postgresQuery(`${server}postgres`, `CREATE DATABASE "${name}"`);
  return `${server}${name}`;
}

describe("PostgreSQL migrations", () => {
  it("build the same tables, columns, indexes and constraints as the models", async () => {
    const migrated = await freshDatabase(`migrated_${suffix}`);
    const applied = await migratePostgres(migrated, { quiet: true });
    expect(applied[0]).toBe("0001_init");

    const fromModels = await freshDatabase(`models_${suffix}`);
    const script = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--config", "prisma/postgresql/prisma.config.ts", "--from-empty", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: fromModels }, stdio: ["ignore", "pipe", "pipe"] },
    ).toString();
    await postgresQuery(fromModels, script);

    const [a, b] = [await catalogue(migrated), await catalogue(fromModels)];
    expect(a.columns.length).toBeGreaterThan(100);
    expect(a.columns).toEqual(b.columns);
    expect(a.indexes).toEqual(b.indexes);
    expect(a.constraints).toEqual(b.constraints);
  }, 120_000);

  it("apply once: a second run finds nothing to do, and versions stay immutable", async () => {
    const url = await freshDatabase(`again_${suffix}`);
    expect((await migratePostgres(url, { quiet: true })).length).toBeGreaterThan(2);
    expect(await migratePostgres(url, { quiet: true })).toEqual([]);
    await postgresQuery(
      url,
      `INSERT INTO "Organisation" ("id", "slug", "name", "type", "identifierScheme", "identifier", "updatedAt") VALUES ('o', 'o', 'O', 'agency', 'other', 'o', now())`,
      `INSERT INTO "Entry" ("id", "publicId", "organisationId", "name", "updatedAt") VALUES ('e', 'ALG-1', 'o', 'E', now())`,
      `INSERT INTO "EntryVersion" ("id", "entryId", "number", "data") VALUES ('v', 'e', 1, '{}')`,
    );
    await expect(postgresQuery(url, `UPDATE "EntryVersion" SET "data" = '{"changed":true}' WHERE "id" = 'v'`)).rejects.toThrow(/entry versions are immutable/);
    const { rows } = (await postgresQuery(url, `SELECT "data" FROM "EntryVersion" WHERE "id" = 'v'`))[0];
    expect(rows).toEqual([{ data: "{}" }]);
  }, 60_000);

  it("are recorded as the models they build (prisma/postgresql/migrated.prisma matches the models)", () => {
    const strip = (text: string) => text.replace(/^\/\/.*\n/gm, "");
    expect(strip(readFileSync(`${ROOT}/prisma/postgresql/migrated.prisma`, "utf8"))).toBe(strip(readFileSync(POSTGRES_SCHEMA, "utf8")));
  });
});
