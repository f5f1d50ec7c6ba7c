import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { cachedExport, dataFingerprint } from "~/exports/export-cache.server";
import { facetIndex } from "~/search/facet-index.server";
import { cachedByData } from "~/search/read-db.server";
import { changedSince, dataVersion, noteDataChange, perDataVersion } from "~/utils/data-version.mjs";
import { databaseFile, db } from "~/utils/db.server";
import { createOrgWithStaff, createPublishedEntry } from "../support/entry-factories";
import { ROOT } from "../support/paths";

let staff: Awaited<ReturnType<typeof createOrgWithStaff>>;

beforeAll(async () => {
  staff = await createOrgWithStaff();
  await createPublishedEntry({ name: "Parking permit triage", themes: ["traffic"] }, staff);
});

describe("the data version", () => {
  it("stays put while nothing changes and moves on a change noted in this process", () => {
    const before = dataVersion();
    expect(dataVersion()).toBe(before);
    expect(changedSince(before)).toBe(false);
    noteDataChange();
    expect(changedSince(before)).toBe(true);
  });

  it("sees a write through another connection in this process (Prisma's), audited or not", async () => {
    const before = dataVersion();
    await db.organisation.update({ where: { id: staff.org.id }, data: { website: "https://example.org/changed" } });
    expect(changedSince(before)).toBe(true);
  });

  // SQLite only: the other process writes with better-sqlite3 (PostgreSQL: tests/unit/postgres-changes.test.ts).
  it.skipIf(process.env.TEST_ENGINE === "postgresql")("sees a commit by another process", () => {
    const before = dataVersion();
    const script = `const Database = require("better-sqlite3"); const db = new Database(process.argv[1]); db.prepare("UPDATE Organisation SET website = 'https://example.org/other-process'").run(); db.close();`;
    execFileSync(process.execPath, ["-e", script, databaseFile()], { cwd: ROOT });
    expect(changedSince(before)).toBe(true);
    const settled = dataVersion();
    expect(dataVersion()).toBe(settled);
  });

  it("derives a value once per version", () => {
    let calls = 0;
    const derived = perDataVersion(() => ++calls);
    expect([derived(), derived()]).toEqual([1, 1]);
    noteDataChange();
    expect(derived()).toBe(2);
  });
});

describe("caches keyed to the data version", () => {
  // SQLite only: the other process writes with better-sqlite3.
  it.skipIf(process.env.TEST_ENGINE === "postgresql")("drop a data cache computed at an older version", () => {
    let calls = 0;
    expect(cachedByData("test:version", () => ++calls)).toBe(1);
    expect(cachedByData("test:version", () => ++calls)).toBe(1);
    const other = new Database(databaseFile());
    other.prepare("UPDATE Organisation SET website = NULL WHERE id = ?").run(staff.org.id);
    other.close();
    expect(cachedByData("test:version", () => ++calls)).toBe(2);
  });

  // SQLite only for now: on PostgreSQL every Prisma write moves the data version (decision 015).
  it.skipIf(process.env.TEST_ENGINE === "postgresql")(
    "keep the facet index over writes that do not touch the index, and rebuild it after a publication",
    async () => {
      const built = await facetIndex();
      await db.session.create({ data: { id: "data-version-session", userId: staff.editor.id, expiresAt: new Date(Date.now() + 60_000) } });
      noteDataChange();
      expect(await facetIndex()).toBe(built);
      await createPublishedEntry({ name: "Housing allocation", themes: ["housing"] }, staff);
      const rebuilt = await facetIndex();
      expect(rebuilt).not.toBe(built);
      expect(rebuilt.ids).toHaveLength(built.ids.length + 1);
    },
  );

  it("rebuild an export only when what it was built from changed, and give it a new fingerprint then", async () => {
    let builds = 0;
    const build = async () => `export ${++builds}`;
    const first = await cachedExport("test:export", build);
    noteDataChange(); // nothing the export shows changed
    expect(await cachedExport("test:export", build)).toBe(first);
    const fingerprint = await dataFingerprint();
    await db.supplier.create({ data: { slug: "acme-data", name: "Acme Data", scheme: "test", identifier: "1" } });
    expect(await dataFingerprint()).not.toBe(fingerprint);
    expect((await cachedExport("test:export", build)).body).toBe("export 2");
  });
});
