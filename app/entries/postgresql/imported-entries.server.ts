/**
 * The PostgreSQL ImportedEntryWriter (imported-entries.server.ts): the same rows as the SQLite
 * writer, in one transaction through Prisma's pg adapter, six statements per 200 entries rather
 * than eight per entry (the Dutch listing: 4.8 s instead of 15.6 s). The entry names its version and the
 * version its entry, and PostgreSQL checks foreign keys per statement: the entries are written
 * first and name their versions once those exist.
 */
import { randomBytes } from "node:crypto";
import { indexRowsOf } from "~/search/indexing.server";
import { insertSearchRows } from "~/search/postgresql/pg-search-store.server";
import { noteDataChange } from "~/utils/data-version.mjs";
import { db } from "~/utils/db.server";
import { draftColumns, versionColumns } from "../documents.server";
import { nameOf, reviewDueFrom } from "../entries.server";
import type { ImportedEntryWriter, ImportedNewEntry } from "../imported-entry-writer";
import { LIMITS } from "../standard";

// Prisma's own id format, as the SQLite writer uses.
const newId = () => `c${randomBytes(12).toString("hex")}`;
const BATCH_TIMEOUT_MS = 120_000;
// Entries per round of statements: their facet rows stay well under PostgreSQL's 65,535 parameters.
const CHUNK = 200;

const chunks = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

async function supplierNames(items: ImportedNewEntry[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.flatMap((item) => (item.doc.procurement?.suppliers ?? []).flatMap((s) => s.supplierId ?? [])))];
  if (!ids.length) return new Map();
  const suppliers = await db.supplier.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(suppliers.map((s) => [s.id, s.name]));
}

export const pgImportedEntryWriter: ImportedEntryWriter = {
  async create(items, { actorId, now }) {
    if (!items.length) return [];
    const names = await supplierNames(items);
    const created = new Date();
    const rows = items.map((item) => {
      const { doc, organisation, provenance } = item;
      const entryId = newId();
      const versionId = newId();
      const draft = draftColumns(doc);
      const version = versionColumns(doc);
      // An import is not a review: lastReviewedAt stays empty; the source's dates are the entry's dates.
      const dates = item.sourceDates ?? {};
      const suppliers = (doc.procurement?.suppliers ?? []).flatMap((s) => (s.supplierId && names.get(s.supplierId)) || []);
      const { facets, search, words } = indexRowsOf(doc, { entryId, state: "published", organisation, supplierNames: suppliers });
      return {
        entryId,
        versionId,
        entry: {
          id: entryId,
          publicId: item.publicId,
          organisationId: organisation.id,
          state: "published",
          name: nameOf(doc),
          draft: draft.draft,
          draftSchemaVersion: draft.draftSchemaVersion,
          firstPublishedAt: dates.firstPublishedAt ?? now,
          publishedAt: dates.lastChangedAt ?? now,
          sourceRegisteredAt: dates.registeredAt ?? null,
          reviewDueAt: reviewDueFrom(doc, now),
          sourceSystem: provenance.sourceSystem,
          sourceId: provenance.sourceId,
          sourceUrl: provenance.sourceUrl,
          createdById: actorId,
          createdAt: created,
          updatedAt: created,
        },
        version: {
          id: versionId,
          entryId,
          number: 1,
          data: version.data,
          schemaVersion: version.schemaVersion,
          organisationId: organisation.id,
          organisationName: organisation.name,
          derivedFields: item.derivedFields?.length ? JSON.stringify(item.derivedFields) : null,
          changeNote: item.changeNote.slice(0, LIMITS.changeNote),
          publishedAt: now,
          publishedById: actorId,
          kind: "imported",
        },
        facets: facets.map((f) => ({ entryId, ...f })),
        search: { entryId, row: { values: search, words } },
        audit: {
          id: newId(),
          at: created,
          actorId,
          action: "entry.imported",
          subjectType: "entry",
          subjectId: entryId,
          entryId,
          comment: item.changeNote,
          details: JSON.stringify({ version: 1, ...provenance }),
        },
      };
    });
    await db.$transaction(
      async (tx) => {
        for (const chunk of chunks(rows, CHUNK)) {
          await tx.entry.createMany({ data: chunk.map((r) => r.entry) });
          await tx.entryVersion.createMany({ data: chunk.map((r) => r.version) });
          await tx.$executeRawUnsafe(
            `UPDATE "Entry" e SET "currentVersionId" = v.version_id FROM unnest($1::text[], $2::text[]) AS v(entry_id, version_id) WHERE e.id = v.entry_id`,
            chunk.map((r) => r.entryId),
            chunk.map((r) => r.versionId),
          );
          const facets = chunk.flatMap((r) => r.facets);
          if (facets.length) await tx.entryFacet.createMany({ data: facets });
          await insertSearchRows(
            tx,
            chunk.map((r) => r.search),
          );
          await tx.auditLog.createMany({ data: chunk.map((r) => r.audit) });
        }
      },
      { timeout: BATCH_TIMEOUT_MS },
    );
    noteDataChange();
    return rows.map((r) => r.entryId);
  },
};
