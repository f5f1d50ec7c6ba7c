import { readdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { systemsUsingCategory } from "~/data-use/your-data.server";
import { CURRENT_SCHEMA_VERSION, UnreadableDocumentError } from "~/entries/document-upgrades";
import type { EntryDraft } from "~/entries/entry-schema";
import { getPublishedEntry, transition, UNREADABLE_DOCUMENT } from "~/entries/entries.server";
import { changesSince, latestChanges } from "~/exports/changes.server";
import { currentVersionRows } from "~/exports/export-rows.server";
import { runImport } from "~/imports/import-runner.server";
import { loader as editLoader } from "~/routes/entries.$id_.edit";
import { loader as staffLoader } from "~/routes/entries.$id";
import { loader as publicLoader } from "~/routes/algorithms.$id";
import { entrySummaries } from "~/search/entry-summaries.server";
import { db } from "~/utils/db.server";
import { DATA_CATEGORIES } from "~content/vocabularies/data-categories";
import { createOrgWithStaff, createPublishedEntry, validDocument } from "../support/entry-factories";
import { sessionFor } from "../support/factories";
import { ROOT, TMP } from "../support/paths";
import { call, dataOf, getRequest } from "../support/requests";

/** A new current version of an entry with this stored text (versions are immutable: corrupting one means adding one). */
async function plantVersion(entryId: string, data: string, schemaVersion: number | null) {
  const last = await db.entryVersion.findFirstOrThrow({ where: { entryId }, orderBy: { number: "desc" }, select: { number: true } });
  const v = await db.entryVersion.create({ data: { entryId, number: last.number + 1, data, schemaVersion }, select: { id: true, number: true } });
  await db.entry.update({ where: { id: entryId }, data: { currentVersionId: v.id } });
  return v.number;
}

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());
const logged = () => errors.mock.calls.map((c) => String(c[0]));

describe("schema version of stored documents", () => {
  it("is recorded on every draft and version the register writes", async () => {
    const { entry } = await createPublishedEntry();
    expect(await db.entry.findUniqueOrThrow({ where: { id: entry.id }, select: { draftSchemaVersion: true } })).toEqual({
      draftSchemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(await db.entryVersion.findMany({ where: { entryId: entry.id }, select: { schemaVersion: true } })).toEqual([
      { schemaVersion: CURRENT_SCHEMA_VERSION },
    ]);
  });

  it("is set to 1 by the migration on rows stored before it, which stay immutable", () => {
    const file = resolve(TMP, `migration-${process.pid}-${Date.now()}.db`);
    const sqlite = new Database(file);
    try {
      const dir = resolve(ROOT, "prisma/migrations");
      const all = readdirSync(dir)
        .filter((d) => /^\d{14}_/.test(d))
        .sort();
      const ours = all.indexOf("20261202000200_document_schema_version");
      const apply = (name: string) => sqlite.exec(readFileSync(resolve(dir, name, "migration.sql"), "utf8"));
      all.slice(0, ours).forEach(apply);
      sqlite.exec(`INSERT INTO Organisation (id, slug, name, type, identifierScheme, identifier, updatedAt) VALUES ('o1', 'o', 'O', 'municipality', 'other', 'o', 0);
        INSERT INTO Entry (id, publicId, organisationId, name, draft, updatedAt) VALUES ('e1', '12345678', 'o1', 'Old', '{"name":"Old"}', 0);
        INSERT INTO EntryVersion (id, entryId, number, data) VALUES ('v1', 'e1', 1, '{"name":"Old"}');`);
      apply(all[ours]);
      expect(sqlite.prepare(`SELECT draftSchemaVersion FROM Entry`).all()).toEqual([{ draftSchemaVersion: 1 }]);
      expect(sqlite.prepare(`SELECT schemaVersion FROM EntryVersion`).all()).toEqual([{ schemaVersion: 1 }]);
      expect(() => sqlite.exec(`UPDATE EntryVersion SET data = '{}'`)).toThrow(/immutable/);
    } finally {
      sqlite.close();
      rmSync(file, { force: true });
    }
  });

  it("upgrades a version stored without a schema version when it is read, on the public page and in exports", async () => {
    const { entry } = await createPublishedEntry({ name: "Old parking permits" });
    const old = { ...validDocument({ name: "Old parking permits" }), goal: null, themes: ["economy", null] };
    const number = await plantVersion(entry.id, JSON.stringify(old), null);
    const publicId = (await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).publicId;

    const page = await getPublishedEntry(publicId);
    expect(page?.version.number).toBe(number);
    expect(page?.doc).toMatchObject({ name: "Old parking permits", themes: ["economy"] });
    expect(page?.doc).not.toHaveProperty("goal");
    const row = (await currentVersionRows()).find((r) => r.entryId === entry.id);
    expect(row?.doc).toMatchObject({ name: "Old parking permits", themes: ["economy"] });
    expect(row?.doc).not.toHaveProperty("goal");
    expect(await entrySummaries([entry.id])).toMatchObject([{ name: "Old parking permits", themes: ["economy"] }]);
    expect(logged()).toEqual([]);
  });
});

describe("a stored document that cannot be read", () => {
  it("is shown to staff as a problem, never as an empty form, and logged with ids only", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({ name: "Secret-free name" }, staff);
    await db.entry.update({ where: { id: entry.id }, data: { draft: '{"name": "Half', state: "draft" } });
    const cookie = await sessionFor(staff.editor.id);

    const edit = await call(editLoader, getRequest(`/entries/${entry.id}/edit`, cookie), { id: entry.id });
    expect(edit.result).toBeNull();
    expect((edit.thrown as Response).headers.get("Location")).toBe(`/entries/${entry.id}`);

    const overview = dataOf<Awaited<ReturnType<typeof staffLoader>>>(
      (await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result,
    );
    expect(overview.unreadable).toEqual([{ part: "draft" }]);
    expect(logged()).toContain(`Stored document of entry ${entry.id} (working draft) cannot be read: not valid JSON`);

    const submit = await transition(staff.editor, entry.id, "submit");
    expect(submit).toEqual({ ok: false, errors: { _form: UNREADABLE_DOCUMENT } });
    expect(await db.entry.findUniqueOrThrow({ where: { id: entry.id }, select: { state: true, draft: true } })).toEqual({
      state: "draft",
      draft: '{"name": "Half',
    });
  });

  it("is an error, not a stripped entry, when values no longer fit the schema", async () => {
    const staff = await createOrgWithStaff();
    const { entry } = await createPublishedEntry({}, staff);
    const number = await plantVersion(entry.id, JSON.stringify({ ...validDocument(), themes: ["no-such-theme"], goal: 42 }), CURRENT_SCHEMA_VERSION);
    const publicId = (await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).publicId;

    const page = await call(publicLoader, getRequest(`/algorithms/${publicId}`), { id: publicId });
    expect(page.thrown).toBeInstanceOf(UnreadableDocumentError);
    expect((page.thrown as Error).message).toBe(
      `Stored document of entry ${entry.id} (version ${number}) cannot be read: values that do not fit the schema at goal, themes.0`,
    );

    const cookie = await sessionFor(staff.approver.id);
    const overview = dataOf<Awaited<ReturnType<typeof staffLoader>>>(
      (await call(staffLoader, getRequest(`/entries/${entry.id}`, cookie), { id: entry.id })).result,
    );
    expect(overview.unreadable).toEqual([{ part: "published", version: number }]);
    // Retiring would copy the unreadable version: refused, nothing written.
    expect(await transition(staff.approver, entry.id, "archive", { comment: "No longer used" })).toEqual({ ok: false, errors: { _form: UNREADABLE_DOCUMENT } });
    expect(await db.entryVersion.count({ where: { entryId: entry.id } })).toBe(number);
  });

  it("is left out of search results, lists, exports and the change feed, each time with a log line", async () => {
    const staff = await createOrgWithStaff();
    const addresses: NonNullable<EntryDraft["dataDeclarations"]>[number] = {
      name: "Addresses",
      source: "own-records",
      personalData: "identifiable",
      categories: ["contact-and-address"],
      use: "both",
    };
    const { entry: good } = await createPublishedEntry({ name: "Readable entry", dataDeclarations: [addresses] }, staff);
    const { entry: bad } = await createPublishedEntry({ name: "Broken entry", dataDeclarations: [addresses] }, staff);
    const number = await plantVersion(bad.id, "not json at all", CURRENT_SCHEMA_VERSION);
    const line = `Stored document of entry ${bad.id} (version ${number}) cannot be read: not valid JSON`;

    expect((await entrySummaries([bad.id, good.id])).map((s) => s.name)).toEqual(["Readable entry"]);
    expect(logged()).toContain(line);

    const rows = await currentVersionRows();
    expect(rows.some((r) => r.entryId === good.id)).toBe(true);
    expect(rows.some((r) => r.entryId === bad.id)).toBe(false);

    const listing = await systemsUsingCategory(
      DATA_CATEGORIES.find((c) => c.slug === "contact-and-address")!,
      "en",
    );
    const names = listing.groups.flatMap((g) => g.systems.map((s) => s.name));
    expect(names).toContain("Readable entry");
    expect(names).not.toContain("Broken entry");

    const badPublicId = (await db.entry.findUniqueOrThrow({ where: { id: bad.id } })).publicId;
    const feed = await latestChanges();
    expect(feed.filter((c) => c.publicId === badPublicId).map((c) => c.version)).toEqual([1]);
    // The sync cursor moves past the change it leaves out.
    let cursor: string | null = null;
    const seen: number[] = [];
    do {
      const page: Awaited<ReturnType<typeof changesSince>> = await changesSince({ since: null, cursor, limit: 1 });
      seen.push(...page.changes.filter((c) => c.publicId === badPublicId).map((c) => c.version));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([1]);
  });

  it("stops an import from updating that entry, reported as a failed record", async () => {
    const fixture = JSON.parse(readFileSync(resolve(ROOT, "tests/fixtures/import/nl-standard.json"), "utf8"));
    const first = await runImport("nl-1.0", fixture);
    expect(first.ok).toBe(true);
    const entry = await db.entry.findUniqueOrThrow({ where: { sourceSystem_sourceId: { sourceSystem: "nl-1.0", sourceId: "31234567" } } });
    const number = await plantVersion(entry.id, "[1, 2", CURRENT_SCHEMA_VERSION);

    fixture[0].goal = "A changed goal from the source";
    const again = await runImport("nl-1.0", fixture);
    expect(again.ok && again.summary.failed).toContainEqual({
      position: 1,
      sourceId: "31234567",
      reason: "The register's stored version of this entry cannot be read, so it was not updated",
    });
    expect(await db.entryVersion.count({ where: { entryId: entry.id } })).toBe(number);
    expect(logged()).toContain(`Stored document of entry ${entry.id} (version ${number}) cannot be read: not valid JSON`);
  });
});
