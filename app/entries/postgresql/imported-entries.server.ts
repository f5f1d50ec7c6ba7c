/**
 * The PostgreSQL ImportedEntryWriter (imported-entries.server.ts): the same rows as the SQLite
 * writer, in one transaction through Prisma's pg adapter. The entry names its version and the
 * version its entry, and PostgreSQL checks foreign keys per statement: the entry is written first
 * and names its version once that exists.
 */
import { randomBytes } from "node:crypto";
import { indexRowsOf } from "~/search/indexing.server";
import { searchStore } from "~/search/search-store.server";
import { noteDataChange } from "~/utils/data-version.mjs";
import { db } from "~/utils/db.server";
import { draftColumns, versionColumns } from "../documents.server";
import { nameOf, reviewDueFrom } from "../entries.server";
import type { ImportedEntryWriter } from "../imported-entry-writer";
import { LIMITS } from "../standard";

// Prisma's own id format, as the SQLite writer uses.
const newId = () => `c${randomBytes(12).toString("hex")}`;
const BATCH_TIMEOUT_MS = 120_000;

export const pgImportedEntryWriter: ImportedEntryWriter = {
  async create(items, { actorId, now }) {
    if (!items.length) return [];
    const ids = await db.$transaction(
      async (tx) => {
        const ids: string[] = [];
        for (const item of items) {
          const { doc, organisation, provenance } = item;
          const entryId = newId();
          const versionId = newId();
          const created = new Date();
          const draft = draftColumns(doc);
          const version = versionColumns(doc);
          // An import is not a review: lastReviewedAt stays empty; the source's dates are the entry's dates.
          const dates = item.sourceDates ?? {};
          await tx.entry.create({
            data: {
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
          });
          await tx.entryVersion.create({
            data: {
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
          });
          await tx.entry.update({ where: { id: entryId }, data: { currentVersionId: versionId, updatedAt: created } });
          const supplierIds = (doc.procurement?.suppliers ?? []).map((s) => s.supplierId).filter((x): x is string => Boolean(x));
          const suppliers = supplierIds.length ? await tx.supplier.findMany({ where: { id: { in: supplierIds } }, select: { id: true, name: true } }) : [];
          const supplierNames = supplierIds.flatMap((id) => suppliers.find((s) => s.id === id)?.name ?? []);
          const { facets, search, words } = indexRowsOf(doc, { entryId, state: "published", organisation, supplierNames });
          if (facets.length) await tx.entryFacet.createMany({ data: facets.map((f) => ({ entryId, ...f })) });
          await searchStore().writeText(tx, entryId, { values: search, words });
          await tx.auditLog.create({
            data: {
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
          });
          ids.push(entryId);
        }
        return ids;
      },
      { timeout: BATCH_TIMEOUT_MS },
    );
    noteDataChange();
    return ids;
  },
};
