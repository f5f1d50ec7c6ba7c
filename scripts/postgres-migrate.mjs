// Applies prisma/postgresql/migrations/NNNN_name.sql to the PostgreSQL database of DATABASE_URL with
// node-pg-migrate: all pending files in one transaction, under its advisory lock (so nodes started
// together migrate once), its bookkeeping table in schema "pgmigrations". Why not `prisma migrate`:
// content/decisions/013-postgresql-migrations.md.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runner } from "node-pg-migrate";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const MIGRATIONS_DIR = resolve(ROOT, "prisma/postgresql/migrations");
export const MIGRATIONS_SCHEMA = "pgmigrations";

/**
 * Runs the pending migrations; returns the names applied.
 * @param {string} databaseUrl
 * @param {{ quiet?: boolean }} [options]
 */
export async function migratePostgres(databaseUrl, { quiet = false } = {}) {
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: "up",
    count: Infinity,
    migrationsTable: "migrations",
    migrationsSchema: MIGRATIONS_SCHEMA,
    createMigrationsSchema: true,
    singleTransaction: true,
    checkOrder: true,
    verbose: false,
    log: quiet ? () => {} : (message) => console.log(message),
    logger: quiet ? { debug() {}, info() {}, warn: console.warn, error: console.error } : undefined,
  });
  return applied.map((m) => m.name);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:/.test(url)) {
    console.error("DATABASE_URL is not a postgresql:// URL");
    process.exit(1);
  }
  const names = await migratePostgres(url, { quiet: process.argv.includes("--quiet") });
  console.log(names.length ? `applied ${names.join(", ")}` : "PostgreSQL migrations: nothing to apply");
}
