import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths";

const run = promisify(execFile);
const cli = (...args: string[]) =>
  run("node", ["scripts/backup.mjs", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "postgresql://register:s3cret@db.example:5432/register" },
  }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );

describe("npm run backup / restore on PostgreSQL", () => {
  it("names the pg_dump command to use instead, without the password, and fails", async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(1);
    expect(stderr).toContain('pg_dump --format=custom --file=register-$(date +%F).dump "postgresql://register:…@db.example:5432/register"');
    expect(stderr).toContain("point-in-time recovery");
    expect(stderr).not.toContain("s3cret");
  });

  it("names pg_restore for a restore", async () => {
    const { code, stderr } = await cli("--restore", "x.dump");
    expect(code).toBe(1);
    expect(stderr).toContain("pg_restore --clean --if-exists --no-owner");
    expect(stderr).not.toContain("s3cret");
  });
});
