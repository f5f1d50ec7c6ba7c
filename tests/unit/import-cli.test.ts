import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { ROOT, TMP } from "../support/paths";

/**
 * Runs the script behind `npm run import` (tsx scripts/import.ts) as an operator does, against this
 * test file's database. Asynchronously, so the test worker stays responsive while it runs.
 */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], { cwd: ROOT, env: { ...process.env }, encoding: "utf8" });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const FIXTURE = resolve(ROOT, "tests/fixtures/import/nl-standard.json");

describe("npm run import", () => {
  it("imports a file, prints the summary and each failure, and exits 0", { timeout: 120_000 }, async () => {
    const run = await cli("--format", "nl-1.0", FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 created, 0 updated, 0 unchanged, 2 failed\./);
    expect(run.stdout).toContain("✗ record 2 (31234568): organization: required by the standard, but missing");
    expect(run.stdout).toContain('✗ record 3 (31234569): category: "Geen bestaand thema" is not a value the standard allows');
    expect(await db.entry.count({ where: { sourceSystem: "nl-1.0" } })).toBe(2);
  });

  it("exits 1 when the file cannot be read or is not valid JSON or not of that format", { timeout: 120_000 }, async () => {
    expect(await cli("--format", "nl-1.0", resolve(TMP, "does-not-exist.json"))).toMatchObject({ status: 1, stderr: expect.stringContaining("Cannot read") });
    const broken = resolve(TMP, `broken-${process.pid}.json`);
    writeFileSync(broken, "{ not json");
    expect(await cli("--format", "nl-listing", broken)).toMatchObject({ status: 1, stderr: expect.stringContaining("not valid JSON") });
    rmSync(broken);
    expect(await cli("--format", "nl-listing", FIXTURE)).toMatchObject({ status: 1, stderr: expect.stringContaining('"algoritmes"') });
  });

  it("exits 2 with the usage on a missing or unknown format", { timeout: 120_000 }, async () => {
    expect(await cli(FIXTURE)).toMatchObject({ status: 2, stderr: expect.stringContaining("Usage: npm run import -- --format") });
    expect(await cli("--format", "csv", FIXTURE)).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown format "csv"') });
  });
});
