import { describe, expect, it } from "vitest";
import { runImport } from "~/imports/import-runner.server";
import { nlListingSource } from "~/imports/nl-listing.import.server";
import { databaseEngine, db } from "~/utils/db.server";
import { generatedListing } from "../../bench/import-step";

// Several batches of the bulk writer, checked row by row against what publishing one entry writes.
const listing = generatedListing();
const records = listing.algoritmes.slice(0, 1_200);
const NOW = new Date("2026-08-08T10:00:00Z");

describe("bulk import", () => {
  it("writes each new entry as a publication does: current version 1 (imported), search row, facets and audit record", { timeout: 240_000 }, async () => {
    const outcome = await runImport("nl-listing", { algoritmes: records }, { now: NOW });
    expect(outcome).toMatchObject({ ok: true, summary: { created: 1_200, updated: 0, unchanged: 0, failed: [] } });

    const entries = await db.entry.findMany({
      where: { sourceSystem: "nl-listing" },
      select: {
        id: true,
        publicId: true,
        state: true,
        name: true,
        publishedAt: true,
        firstPublishedAt: true,
        sourceRegisteredAt: true,
        lastReviewedAt: true,
        reviewDueAt: true,
        createdAt: true,
        organisation: { select: { name: true } },
        currentVersion: { select: { number: true, kind: true, publishedAt: true, organisationName: true } },
      },
    });
    expect(entries).toHaveLength(1_200);
    const sample = entries.find((e) => e.publicId === records[700].id)!;
    // The source's dates are the entry's dates (as publishImported writes them); the version is published now.
    const mapped = nlListingSource.map(records[700]);
    if (!mapped.ok) throw new Error(mapped.reason);
    const dates = mapped.record.sourceDates ?? {};
    expect(sample).toMatchObject({
      state: "published",
      name: records[700].title,
      organisation: { name: records[700].organisatie },
      currentVersion: { number: 1, kind: "imported", publishedAt: NOW, organisationName: records[700].organisatie },
      publishedAt: dates.lastChangedAt ?? NOW,
      firstPublishedAt: dates.firstPublishedAt ?? NOW,
      sourceRegisteredAt: dates.registeredAt ?? null,
      lastReviewedAt: null,
    });
    expect(sample.reviewDueAt!.getTime()).toBeGreaterThan(NOW.getTime());
    expect(sample.createdAt).toBeInstanceOf(Date);
    expect(entries.every((e) => e.currentVersion?.number === 1)).toBe(true);

    // Counted in SQL both engines read: a list of 1,200 ids is more parameters than SQLite takes.
    const count = async (rows: Promise<Array<{ n: number | bigint }>>) => Number((await rows)[0].n);
    expect(
      await count(
        db.$queryRaw`SELECT COUNT(*) AS n FROM "AuditLog" WHERE action = 'entry.imported' AND "entryId" IN (SELECT id FROM "Entry" WHERE "sourceSystem" = 'nl-listing')`,
      ),
    ).toBe(1_200);
    const audit = await db.auditLog.findFirst({ where: { action: "entry.imported", entryId: sample.id }, select: { comment: true, details: true } });
    expect(audit?.comment).toBe("Imported from the Dutch algorithm register listing");
    expect(JSON.parse(audit!.details!)).toEqual({ version: 1, sourceSystem: "nl-listing", sourceId: records[700].id, sourceUrl: records[700].url });
    expect(await db.entryFacet.count({ where: { entryId: sample.id, facet: "organisation" } })).toBe(1);
    // The full-text rows, in SQL both engines read (entry_search is no Prisma model).
    const [{ n }] = await db.$queryRaw<
      Array<{ n: number | bigint }>
    >`SELECT COUNT(*) AS n FROM entry_search WHERE entry_id IN (SELECT id FROM "Entry" WHERE "sourceSystem" = 'nl-listing')`;
    expect(Number(n)).toBe(1_200);
    expect(await db.$queryRaw`SELECT name, organisation FROM entry_search WHERE entry_id = ${sample.id}`).toEqual([
      { name: records[700].title, organisation: records[700].organisatie },
    ]);

    const again = await runImport("nl-listing", { algoritmes: records }, { now: NOW });
    expect(again).toMatchObject({ ok: true, summary: { created: 0, updated: 0, unchanged: 1_200, failed: [] } });
    expect(
      await count(db.$queryRaw`SELECT COUNT(*) AS n FROM "EntryVersion" WHERE "entryId" IN (SELECT id FROM "Entry" WHERE "sourceSystem" = 'nl-listing')`),
    ).toBe(1_200);
  });

  it("stores a batch that the database refuses record by record, so only the refused record fails", { timeout: 240_000 }, async () => {
    const batch = listing.algoritmes.slice(1_200, 1_500);
    const refused = batch[123];
    // A refusal of one record, in each engine's trigger SQL.
    const postgres = databaseEngine() === "postgresql";
    if (postgres) {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN IF NEW."sourceId" = ''${refused.id}'' THEN RAISE EXCEPTION ''refused by the test''; END IF; RETURN NEW; END'`,
      );
      await db.$executeRawUnsafe(`CREATE TRIGGER refuse_one BEFORE INSERT ON "Entry" FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    } else {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER refuse_one BEFORE INSERT ON "Entry" WHEN NEW.sourceId = '${refused.id}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;`,
      );
    }
    try {
      const outcome = await runImport("nl-listing", { algoritmes: batch }, { now: NOW });
      expect(outcome).toMatchObject({
        ok: true,
        summary: { created: 299, failed: [{ position: 124, sourceId: refused.id, reason: expect.stringContaining("refused by the test") }] },
      });
      expect(await db.entry.count({ where: { sourceId: { in: batch.map((r) => r.id) } } })).toBe(299);
      expect(await db.entry.count({ where: { sourceId: refused.id } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(postgres ? `DROP FUNCTION refuse_one() CASCADE` : `DROP TRIGGER refuse_one`);
    }
    // Once the database accepts it, the next import creates it and leaves the others alone.
    const retry = await runImport("nl-listing", { algoritmes: batch }, { now: NOW });
    expect(retry).toMatchObject({ ok: true, summary: { created: 1, unchanged: 299, failed: [] } });
  });
});
