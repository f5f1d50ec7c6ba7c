import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, TMP } from "./paths";

/**
 * One migrated template database per test run (named by process id, so parallel runs
 * do not clash); every test file gets its own copy (worker-setup.ts).
 */
export default function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  const template = resolve(TMP, `template-${process.pid}.db`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("templateDb", template);
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(template + suffix, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
