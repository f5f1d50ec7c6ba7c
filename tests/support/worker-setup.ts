import { copyFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { afterAll, inject } from "vitest";
import { TMP } from "./paths";

// A fresh copy of the migrated database for each test file.
const file = resolve(TMP, `test-${process.pid}-${randomBytes(4).toString("hex")}.db`);
copyFileSync(inject("templateDb"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_SECRET = "test-session-secret-0123456789abcdef";
process.env.PUBLIC_ORIGIN = "http://localhost";
process.env.CONTENT_DIR ??= resolve(__dirname, "../../content");

afterAll(async () => {
  const { getDb } = await import("~/utils/db.server");
  await getDb().$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
});
