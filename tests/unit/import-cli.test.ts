import { execFile } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { ROOT, TMP } from "../support/paths";

/**
 * Runs the script behind `npm run import` (tsx scripts/import.ts) as an operator does, against this
 * test file's database. Asynchronously, so the test worker stays responsive while it runs.
 */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return cliWith({}, ...args);
}

async function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
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

  it("retires entries a full listing no longer holds, and none with --partial", { timeout: 120_000 }, async () => {
    const listing = JSON.parse(readFileSync(resolve(ROOT, "tests/fixtures/import/nl-listing.json"), "utf8"));
    const file = resolve(TMP, `listing-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(listing));
    expect((await cli("--format", "nl-listing", file)).stdout).toMatch(/3 created, 0 updated, 0 unchanged, 0 retired, 1 failed\./);
    listing.algoritmes = listing.algoritmes.filter((r: { id: string }) => r.id !== "41234570");
    writeFileSync(file, JSON.stringify(listing));
    expect((await cli("--format", "nl-listing", "--partial", file)).stdout).toMatch(/0 created, 0 updated, 2 unchanged, 0 retired/);
    expect((await cli("--format", "nl-listing", file)).stdout).toMatch(/0 created, 0 updated, 2 unchanged, 1 retired/);
    rmSync(file);
    expect((await db.entry.findFirstOrThrow({ where: { sourceId: "41234570" } })).state).toBe("archived");
  });

  it("exits 1 when the file cannot be read or is not valid JSON", { timeout: 120_000 }, async () => {
    expect(await cli("--format", "nl-1.0", resolve(TMP, "does-not-exist.json"))).toMatchObject({ status: 1, stderr: expect.stringContaining("Cannot read") });
    const broken = resolve(TMP, `broken-${process.pid}.json`);
    writeFileSync(broken, "{ not json");
    expect(await cli("--format", "nl-listing", broken)).toMatchObject({ status: 1, stderr: expect.stringContaining("not valid JSON") });
    rmSync(broken);
  });

  it("refuses a file of another format whole with one line naming the --format to choose, and exits 1", { timeout: 120_000 }, async () => {
    const before = await db.entry.count();
    const run = await cli("--format", "nl-listing", FIXTURE);
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr.trim()).toBe(
      "✗ This file looks like a Dutch standard 1.0 file, not the Dutch algorithm register listing. Choose --format nl-1.0 and try again.",
    );
    const csv = resolve(TMP, `listing-${process.pid}.csv`);
    writeFileSync(csv, "publishing_body,tool_name,url\nHMRC,Ask HMRC online,https://www.gov.uk/x\n");
    const other = await cli("--format", "uk-atrs-listing", csv);
    rmSync(csv);
    expect(other).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("does not look like any supported format: it holds CSV with the columns publishing_body, tool_name, url"),
    });
    expect(await db.entry.count()).toBe(before);
  });

  it("migrates a database that was never migrated before importing into it", { timeout: 180_000 }, async () => {
    const file = resolve(TMP, `never-migrated-${process.pid}.db`);
    const remove = () => ["", "-wal", "-shm", "-journal"].forEach((s) => rmSync(file + s, { force: true }));
    remove();
    writeFileSync(file, ""); // an empty file, as a first connection leaves behind
    try {
      const run = await cliWith({ DATABASE_URL: `file:${file}` }, "--format", "nl-1.0", FIXTURE);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/2 created, 0 updated, 0 unchanged, 2 failed\./);
      const check = new Database(file, { readonly: true });
      expect(check.prepare(`SELECT COUNT(*) FROM "Entry" WHERE sourceSystem = 'nl-1.0'`).pluck().get()).toBe(2);
      check.close();
    } finally {
      remove();
    }
  });

  it("says in one line, without a stack trace, when the database cannot be used", { timeout: 180_000 }, async () => {
    const run = await cliWith({ DATABASE_URL: "postgres://nowhere" }, "--format", "nl-1.0", FIXTURE);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("DATABASE_URL");
  });

  it("exits 2 with the usage on a missing or unknown format", { timeout: 120_000 }, async () => {
    expect(await cli(FIXTURE)).toMatchObject({ status: 2, stderr: expect.stringContaining("Usage: npm run import -- --format") });
    expect(await cli("--format", "csv", FIXTURE)).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown format "csv"') });
  });
});
