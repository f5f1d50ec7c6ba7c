// `npm run db:postgres-migration -- name`: writes the next PostgreSQL migration,
// prisma/postgresql/migrations/NNNN_name.sql, from the difference between the models the migrations
// reach (prisma/postgresql/migrated.prisma) and the present models (prisma/postgresql/schema.prisma,
// rewritten first from prisma/schema.prisma), then records the present models as migrated.
// tests/unit/postgres-migrations.test.ts checks on a real PostgreSQL that the migrations do build the
// models. `prisma migrate diff` between two schema files needs no database.
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writePostgresSchema, POSTGRES_SCHEMA } from "./postgres-schema.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIR = resolve(ROOT, "prisma/postgresql/migrations");
const MIGRATED = resolve(ROOT, "prisma/postgresql/migrated.prisma");

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:postgres-migration -- name_in_snake_case");
  process.exit(1);
}
writePostgresSchema();
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--config",
    "prisma/postgresql/prisma.config.ts",
    "--from-schema-datamodel",
    MIGRATED,
    "--to-schema-datamodel",
    POSTGRES_SCHEMA,
    "--script",
  ],
  { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
).toString();
if (!sql.trim() || /^-- This is an empty migration\.\s*$/.test(sql.trim())) {
  console.log("The PostgreSQL migrations already build the models: nothing to write.");
  process.exit(0);
}
const last = Math.max(0, ...readdirSync(DIR).map((f) => Number(f.slice(0, 4)) || 0));
const file = resolve(DIR, `${String(last + 1).padStart(4, "0")}_${name}.sql`);
writeFileSync(file, sql);
copyFileSync(POSTGRES_SCHEMA, MIGRATED);
console.log(`wrote ${file.slice(ROOT.length + 1)} (check it, then commit it with prisma/postgresql/migrated.prisma)`);
