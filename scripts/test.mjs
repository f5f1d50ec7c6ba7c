#!/usr/bin/env node
// `npm test`: install what is missing, check types, lint and formatting, then unit and integration
// tests (vitest), then browser tests in Chromium against a built production server.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { buildIfStale, check, ensureGenerated, ensureInstalled, ROOT, run } from "./lib.mjs";

ensureInstalled();
ensureGenerated();

const only = process.argv.slice(2);

// The static checks come first: they take a minute or two where the tests take several.
if (!only.includes("--skip-checks")) {
  check("Type check", "typecheck", "fix the type errors above");
  check("Lint", "lint", "fix the findings above (`npm run lint`)");
  check("Formatting", "format:check", "run `npm run format` to format the files listed above");
}

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

// The unit and integration tests run a second time on PostgreSQL (a throwaway cluster of Debian's
// postgresql package, started by the tests): `--sqlite-only` skips that run.
const postgres = !only.includes("--sqlite-only") && !only.includes("--browser-only");
if (postgres && !existsSync("/usr/lib/postgresql")) {
  if (process.getuid?.() === 0) {
    console.log("→ Installing Debian's postgresql for the PostgreSQL tests…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "postgresql", "postgresql-contrib"]);
  } else {
    console.error("✗ The PostgreSQL tests need Debian's postgresql: run `sudo apt-get install -y postgresql postgresql-contrib` (or pass --sqlite-only).");
    process.exit(1);
  }
}

// Each run also writes a JSON report, so the closing line can count every test of both runs.
const totals = { passed: 0, failed: 0, skipped: 0 };
function vitest(name, args, env = {}) {
  const report = join(ROOT, "tests/.tmp", `report-${name}.json`);
  rmSync(report, { force: true });
  run("npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], { env });
  const r = JSON.parse(readFileSync(report, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

if (!only.includes("--browser-only")) vitest("unit", []);
if (postgres && !only.includes("--browser-only")) {
  console.log("→ The unit and integration tests again, on PostgreSQL (TEST_ENGINE=postgresql)…");
  vitest("unit-postgresql", [], { TEST_ENGINE: "postgresql" });
}
if (!only.includes("--unit-only")) {
  buildIfStale();
  vitest("browser", ["--config", "vitest.browser.config.ts"]);
}
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
