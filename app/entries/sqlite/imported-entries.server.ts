/**
 * The SQLite ImportedEntryWriter (imported-entries.server.ts): creates and publishes many imported
 * entries in one SQLite transaction with prepared statements:
 * the same rows as creating each through Prisma and calling publishImported (entry, version 1 of
 * kind "imported", search index, facets, audit record), at a fraction of the cost per record.
 * Prisma's per-row overhead made a 1,530-record listing take half a minute.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { noteDataChange } from "~/utils/data-version.mjs";
import { databaseFile } from "~/utils/db.server";
import { indexRowsOf, SEARCH_COLUMNS } from "~/search/indexing.server";
import { draftColumns, versionColumns } from "../documents.server";
import { nameOf, reviewDueFrom } from "../entries.server";
import type { ImportedEntryWriter, ImportedNewEntry } from "../imported-entry-writer";
import { LIMITS } from "../standard";

// Prisma's own formats, so rows written here read back exactly as rows written through it.
const newId = () => `c${randomBytes(12).toString("hex")}`;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

export const sqliteImportedEntryWriter: ImportedEntryWriter = {
  async create(items, input) {
    if (!items.length) return [];
    const db = new Database(databaseFile(), { fileMustExist: true, timeout: 5000 });
    try {
      const ids = db.transaction(() => writeAll(db, items, input))();
      noteDataChange();
      return ids;
    } finally {
      db.close();
    }
  },
};

function writeAll(db: Database.Database, items: ImportedNewEntry[], { actorId, now }: { actorId: string | null; now: Date }) {
  const insertEntry = db.prepare(
    `INSERT INTO "Entry" (id, publicId, organisationId, state, name, draft, draftSchemaVersion, currentVersionId, firstPublishedAt, publishedAt, sourceRegisteredAt, reviewDueAt, sourceSystem, sourceId, sourceUrl, createdById, createdAt, updatedAt)
     VALUES (?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO "EntryVersion" (id, entryId, number, data, schemaVersion, organisationId, organisationName, derivedFields, changeNote, publishedAt, publishedById, kind) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'imported')`,
  );
  const insertFacet = db.prepare(`INSERT INTO "EntryFacet" (entryId, facet, value) VALUES (?, ?, ?)`);
  const insertSearch = db.prepare(`INSERT INTO entry_search (${SEARCH_COLUMNS.join(", ")}) VALUES (${SEARCH_COLUMNS.map(() => "?").join(", ")})`);
  const insertAudit = db.prepare(
    `INSERT INTO "AuditLog" (id, at, actorId, action, subjectType, subjectId, entryId, comment, details) VALUES (?, ?, ?, 'entry.imported', 'entry', ?, ?, ?, ?)`,
  );
  const supplierName = db.prepare(`SELECT name FROM "Supplier" WHERE id = ?`).pluck();

  // The entry names its version before the version exists: checked at commit, not per statement.
  db.pragma("defer_foreign_keys = ON");
  const published = iso(now);
  const ids: string[] = [];
  for (const item of items) {
    const { doc, organisation, provenance } = item;
    const entryId = newId();
    const versionId = newId();
    const created = iso(new Date());
    const draft = draftColumns(doc);
    const version = versionColumns(doc);
    // An import is not a review: lastReviewedAt stays empty; the source's dates are the entry's dates.
    const dates = item.sourceDates ?? {};
    const at = (d: Date | undefined) => (d ? iso(d) : null);
    insertEntry.run(
      entryId,
      item.publicId,
      organisation.id,
      nameOf(doc),
      draft.draft,
      draft.draftSchemaVersion,
      versionId,
      at(dates.firstPublishedAt) ?? published,
      at(dates.lastChangedAt) ?? published,
      at(dates.registeredAt),
      iso(reviewDueFrom(doc, now)),
      provenance.sourceSystem,
      provenance.sourceId,
      provenance.sourceUrl,
      actorId,
      created,
      created,
    );
    const derived = item.derivedFields?.length ? JSON.stringify(item.derivedFields) : null;
    insertVersion.run(
      versionId,
      entryId,
      version.data,
      version.schemaVersion,
      organisation.id,
      organisation.name,
      derived,
      item.changeNote.slice(0, LIMITS.changeNote),
      published,
      actorId,
    );
    const supplierIds = (doc.procurement?.suppliers ?? []).map((s) => s.supplierId).filter((x): x is string => Boolean(x));
    const supplierNames = supplierIds.flatMap((id) => (supplierName.get(id) as string | undefined) ?? []);
    const { facets, search } = indexRowsOf(doc, { entryId, state: "published", organisation, supplierNames });
    for (const f of facets) insertFacet.run(entryId, f.facet, f.value);
    insertSearch.run(...search);
    insertAudit.run(newId(), created, actorId, entryId, entryId, item.changeNote, JSON.stringify({ version: 1, ...provenance }));
    ids.push(entryId);
  }
  return ids;
}
