import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, TMP } from "./paths";
import { postgresQuery, startPostgresCluster } from "./postgres-cluster.mjs";
import { migratePostgres } from "../../scripts/postgres-migrate.mjs";

/** Which engine the run tests: TEST_ENGINE=postgresql, or SQLite. */
export function testEngine(): "sqlite" | "postgresql" {
  return process.env.TEST_ENGINE === "postgresql" ? "postgresql" : "sqlite";
}

/**
 * One migrated template database per test run (named by process id, so parallel runs
 * do not clash); every test file gets its own copy (worker-setup.ts). With
 * TEST_ENGINE=postgresql: a throwaway PostgreSQL cluster with a migrated template database,
 * copied with CREATE DATABASE … TEMPLATE for each test file.
 */
export default async function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  if (testEngine() === "postgresql") {
    const cluster = await startPostgresCluster({ name: `pg-test-${process.pid}` });
    await postgresQuery(cluster.url("postgres"), 'CREATE DATABASE "template_register"');
    await migratePostgres(cluster.url("template_register"), { quiet: true });
    project.provide("templateDb", "template_register");
    project.provide("postgresServer", cluster.url(""));
    return () => cluster.stop();
  }
  const template = resolve(TMP, `template-${process.pid}.db`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("templateDb", template);
  project.provide("postgresServer", "");
  return () => {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(template + suffix, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The SQLite template file, or the PostgreSQL template database's name. */
    templateDb: string;
    /** With TEST_ENGINE=postgresql: the cluster's URL without a database name; else "". */
    postgresServer: string;
  }
}
