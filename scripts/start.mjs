#!/usr/bin/env node
// `npm start`: install, migrate, seed the demo on first run, build, serve on PORT (default 3000).
// `npm run dev` (--dev): the same, then the Vite dev server with hot reload instead of a build.
import { buildIfStale, ensureGenerated, ensureInstalled, migrate, ROOT, run, SERVER_NODE_OPTIONS } from "./lib.mjs";

const dev = process.argv.includes("--dev");

ensureInstalled();
// The settings module needs zod, so it is loaded once the dependencies are there.
const { checkSettingsOrExit, setting } = await import("../app/config/settings.mjs");
if (!process.env.PUBLIC_ORIGIN) {
  process.env.PUBLIC_ORIGIN = `http://localhost:${setting("PORT")}`;
  console.log(
    `→ PUBLIC_ORIGIN is not set: links in e-mails, feeds and the API use ${process.env.PUBLIC_ORIGIN}. Set it for a real deployment (README, Settings).`,
  );
}
checkSettingsOrExit({ ...process.env, NODE_ENV: dev ? "development" : "production" });
const databaseUrl = setting("DATABASE_URL");

ensureGenerated();
migrate(databaseUrl);
if (setting("SEED_DEMO")) {
  run("npx", ["tsx", "prisma/seed.ts"], { env: { DATABASE_URL: databaseUrl } });
}
if (!dev) buildIfStale();

run("node", [...SERVER_NODE_OPTIONS, "server.mjs", ...(dev ? ["--dev"] : [])], {
  cwd: ROOT,
  env: { DATABASE_URL: databaseUrl, NODE_ENV: dev ? "development" : "production" },
});
