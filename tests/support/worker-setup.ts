import { copyFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { afterAll, inject } from "vitest";
import { TMP } from "./paths";
import { postgresQuery } from "./postgres-cluster.mjs";

// A fresh copy of the migrated database for each test file.
const server = inject("postgresServer");
const name = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
const file = resolve(TMP, `${name.replace(/_/g, "-")}.db`);
if (server) {
  await postgresQuery(`${server}postgres`, `CREATE DATABASE "${name}" TEMPLATE "${inject("templateDb")}"`);
  process.env.DATABASE_URL = `${server}${name}`;
} else {
  copyFileSync(inject("templateDb"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.SESSION_SECRET = "test-session-secret-0123456789abcdef";
process.env.PUBLIC_ORIGIN = "http://localhost";
process.env.CONTENT_DIR ??= resolve(__dirname, "../../content");

afterAll(async () => {
  const { closeDatabase } = await import("~/utils/db.server");
  await closeDatabase();
  if (server) await postgresQuery(`${server}postgres`, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  else for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});
