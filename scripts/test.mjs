#!/usr/bin/env node
// `npm test`: install what is missing, then unit and integration tests (vitest),
// then browser tests in Chromium against a built production server.
import { existsSync } from "node:fs";
import { buildIfStale, ensureGenerated, ensureInstalled, run } from "./lib.mjs";

ensureInstalled();
ensureGenerated();

if (!process.env.CHROMIUM_PATH && !existsSync("/usr/bin/chromium")) {
  if (process.getuid?.() === 0) {
    console.log("→ Installing Debian's chromium for the browser tests…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"]);
  } else {
    console.error("✗ Browser tests need Chromium at /usr/bin/chromium: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH).");
    process.exit(1);
  }
}

const only = process.argv.slice(2);
if (!only.includes("--browser-only")) run("npx", ["vitest", "run"]);
if (!only.includes("--unit-only")) {
  buildIfStale();
  run("npx", ["vitest", "run", "--config", "vitest.browser.config.ts"]);
}
