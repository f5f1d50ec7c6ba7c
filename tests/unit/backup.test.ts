import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { loader as entryPage } from "~/routes/algorithms.$id";
import { db, databaseFile } from "~/utils/db.server";
import { createPublishedEntry } from "../support/entry-factories";
import { call, dataOf, getRequest } from "../support/requests";
import { ROOT, TMP } from "../support/paths";

const run = promisify(execFile);
const dir = mkdtempSync(join(TMP, "backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => run("node", ["scripts/backup.mjs", ...args], { cwd: ROOT, env: { ...process.env } });

// Another process writing all the time: two rows per transaction, so a consistent copy holds an even number.
const WRITER = `
  const Database = require("better-sqlite3");
  const db = new Database(process.argv[1], { timeout: 5000 });
  db.exec("CREATE TABLE IF NOT EXISTS backup_probe (n INTEGER)");
  const insert = db.prepare("INSERT INTO backup_probe (n) VALUES (?)");
  const pair = db.transaction((n) => { insert.run(n); insert.run(n); });
  let n = 0;
  setInterval(() => { for (let i = 0; i < 50; i++) pair(n++); }, 2);
`;

const organisationShown = async (publicId: string) =>
  dataOf<{ organisation: { name: string } }>((await call(entryPage, getRequest(`/algorithms/${publicId}`), { id: publicId })).result).organisation.name;

describe("npm run backup / npm run restore", () => {
  it("copies the database consistently while another process writes, and a restore brings the copy back for the app", { timeout: 90_000 }, async () => {
    const { entry, org } = await createPublishedEntry();
    const original = await organisationShown(entry.publicId);
    const writer = spawn("node", ["-e", WRITER, databaseFile()], { cwd: ROOT, stdio: "ignore" });
    const backup = join(dir, "copy.db");
    try {
      const probeRows = () => {
        const live = new Database(databaseFile(), { readonly: true });
        try {
          return live.prepare("SELECT COUNT(*) FROM backup_probe").pluck().get() as number;
        } catch {
          return 0; // the writer has not made its table yet
        } finally {
          live.close();
        }
      };
      for (let i = 0; i < 100 && probeRows() < 200; i++) await new Promise((r) => setTimeout(r, 100));
      const { stdout } = await cli("--to", backup);
      expect(stdout).toContain(`Backup written to ${backup}`);
      expect(probeRows()).toBeGreaterThan(0);
    } finally {
      writer.kill();
      await new Promise((r) => writer.once("exit", r));
    }

    const copy = new Database(backup, { readonly: true });
    const copied = copy.prepare("SELECT COUNT(*) FROM backup_probe").pluck().get() as number;
    expect(copied).toBeGreaterThan(0);
    expect(copied % 2).toBe(0); // no transaction half copied
    expect(copy.prepare("SELECT COUNT(*) FROM Entry WHERE publicId = ?").pluck().get(entry.publicId)).toBe(1);
    copy.close();

    // A backup never overwrites.
    await expect(cli("--to", backup)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("exists already") });

    // The data changes after the backup; the restore brings back what the backup held.
    await db.organisation.update({ where: { id: org.id }, data: { name: "Renamed after the backup" } });
    expect(await organisationShown(entry.publicId)).toBe("Renamed after the backup");
    const { stdout } = await cli("--restore", backup);
    expect(stdout).toContain("Restored");
    expect(await organisationShown(entry.publicId)).toBe(original);
  });

  it("refuses to restore a file that is not a register database, and changes nothing", { timeout: 60_000 }, async () => {
    const stranger = join(dir, "stranger.db");
    const strangerDb = new Database(stranger);
    strangerDb.exec("CREATE TABLE t (x)");
    strangerDb.close();
    const before = await db.entry.count();
    await expect(cli("--restore", stranger)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("not a register database") });
    await expect(cli("--restore")).rejects.toMatchObject({ code: 2 });
    expect(await db.entry.count()).toBe(before);
    expect(existsSync(databaseFile())).toBe(true);
  });
});
