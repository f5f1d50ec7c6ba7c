// Shared steps for `npm start` and `npm test`: install what is missing, generate the
// Prisma client, migrate the database. Plain Node so it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Node options for the production server. Under load V8 lets the heap grow to about four times
 * what survives a full collection before it collects again; growing by half instead keeps the
 * server about 100 MB smaller at a few thousand requests a second, at no measured cost in
 * throughput (see README, Quality). Also in package.json's "serve" script.
 */
export const SERVER_NODE_OPTIONS = ["--heap-growing-percent=50"];

export function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts, env: { ...process.env, ...opts.env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Runs an npm script as a check; on failure says what failed and how to fix it, and exits. */
export function check(what, script, fix, { cwd = ROOT } = {}) {
  console.log(`→ ${what} (npm run ${script})…`);
  const { status, signal } = spawnSync("npm", ["run", "--silent", script], { cwd, stdio: "inherit" });
  if (status !== 0) {
    console.error(`\n✗ ${what} failed (exit ${status ?? signal}): ${fix}. No tests were run.`);
    process.exit(status || 1);
  }
}

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith("generated") || p.endsWith("node_modules")) return;
      for (const f of readdirSync(p)) walk(join(p, f));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of paths) walk(resolve(ROOT, p));
  return newest;
}

/** npm ci when node_modules is absent or older than the lockfile. */
export function ensureInstalled() {
  const marker = join(ROOT, "node_modules/.package-lock.json");
  if (!existsSync(marker) || mtime(join(ROOT, "package-lock.json")) > mtime(marker)) {
    console.log("→ Installing dependencies (npm ci; the first time takes 3–5 minutes: better-sqlite3 compiles)…");
    run("npm", ["ci", "--no-audit", "--no-fund"]);
  }
}

export function ensureGenerated() {
  const client = join(ROOT, "app/generated/prisma/client.ts");
  if (!existsSync(client) || mtime(join(ROOT, "prisma/schema.prisma")) > mtime(client)) {
    console.log("→ Generating the Prisma client…");
    run("npx", ["prisma", "generate"], { stdio: ["ignore", "ignore", "inherit"] });
  }
  // The same models for PostgreSQL (prisma/postgresql/schema.prisma, written by scripts/postgres-schema.mjs).
  const pgClient = join(ROOT, "app/generated/prisma-pg/client.ts");
  if (!existsSync(pgClient) || mtime(join(ROOT, "prisma/postgresql/schema.prisma")) > mtime(pgClient)) {
    console.log("→ Generating the Prisma client for PostgreSQL…");
    run("npx", ["prisma", "generate", "--config", "prisma/postgresql/prisma.config.ts"], { stdio: ["ignore", "ignore", "inherit"] });
  }
}

/** Whether a database URL is PostgreSQL's (postgresql:// or postgres://); else it is a SQLite file: URL. */
export function isPostgresUrl(url) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function databaseFile(url) {
  return url.startsWith("file:") ? resolve(ROOT, url.slice(5)) : null;
}

/** `quiet`: Prisma's own error output (a stack trace) is left out; a failure is then one line. */
export function migrate(databaseUrl, { quiet = false } = {}) {
  if (isPostgresUrl(databaseUrl)) {
    console.log(`→ Applying PostgreSQL migrations…`);
    const result = spawnSync("node", ["scripts/postgres-migrate.mjs", "--quiet"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    });
    if (result.status !== 0) {
      const reason = (result.stderr?.toString() ?? "").split("\n").find((line) => /Error|error:/.test(line)) ?? `exit ${result.status ?? result.signal}`;
      if (!quiet) process.stderr.write(result.stderr?.toString() ?? "");
      console.error(`✗ The PostgreSQL migrations could not be applied to DATABASE_URL: ${reason.trim()}`);
      process.exit(1);
    }
    return;
  }
  const file = databaseFile(databaseUrl);
  if (file) mkdirSync(dirname(file), { recursive: true });
  console.log(`→ Applying migrations to ${databaseUrl}…`);
  run("npx", ["prisma", "migrate", "deploy"], { env: { DATABASE_URL: databaseUrl }, stdio: ["ignore", "ignore", quiet ? "ignore" : "inherit"] });
}

/**
 * The migrations in prisma/migrations not yet applied to the database (all of them for a new one),
 * read without Prisma, so a command can skip `prisma migrate deploy` when there is nothing to do.
 */
export async function pendingMigrations(databaseUrl) {
  const all = readdirSync(join(ROOT, "prisma/migrations")).filter((d) => statSync(join(ROOT, "prisma/migrations", d)).isDirectory());
  const file = databaseFile(databaseUrl);
  if (!file || !existsSync(file)) return all;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true, timeout: 5000 });
  try {
    const known = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!known) return all;
    const applied = new Set(db.prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).pluck().all());
    return all.filter((m) => !applied.has(m));
  } finally {
    db.close();
  }
}

export function buildIfStale() {
  const built = mtime(join(ROOT, "build/server/index.js"));
  if (!built || newestMtime(["app", "content", "public", "vite.config.ts", "package-lock.json"]) > built) {
    console.log("→ Building the site…");
    run("npx", ["remix", "vite:build"], { stdio: ["ignore", "ignore", "inherit"] });
  }
}
