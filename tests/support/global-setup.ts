import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { ROOT, TEMPLATE_DB, TMP } from "./paths";

/** One migrated template database; every test file gets its own copy (worker-setup.ts). */
export default function setup() {
  mkdirSync(TMP, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(TEMPLATE_DB + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${TEMPLATE_DB}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
