#!/usr/bin/env node
// `npm start`: install, migrate, seed the demo on first run, build, serve on PORT (default 3000).
// `npm run dev` (--dev): the same, then the Vite dev server with hot reload instead of a build.
import { buildIfStale, ensureGenerated, ensureInstalled, migrate, ROOT, run, SERVER_NODE_OPTIONS } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const databaseUrl = process.env.DATABASE_URL ?? "file:./data/register.db";

ensureInstalled();
ensureGenerated();
migrate(databaseUrl);
if (process.env.SEED_DEMO !== "0") {
  run("npx", ["tsx", "prisma/seed.ts"], { env: { DATABASE_URL: databaseUrl } });
}
if (!dev) buildIfStale();

run("node", [...SERVER_NODE_OPTIONS, "server.mjs", ...(dev ? ["--dev"] : [])], {
  cwd: ROOT,
  env: { DATABASE_URL: databaseUrl, NODE_ENV: dev ? "development" : "production" },
});
