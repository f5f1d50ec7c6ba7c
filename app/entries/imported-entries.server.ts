/**
 * Creates and publishes many imported entries at once: the same rows as creating each through Prisma
 * and calling publishImported (entry, version 1 of kind "imported", search index, facets, audit
 * record), at a fraction of the cost per record. Prisma's per-row overhead made a 1,530-record
 * listing take half a minute. One writer per engine (issue 20); the importer does not know which.
 */
import { databaseEngine } from "~/utils/db.server";
import type { ImportedEntryWriter, ImportedNewEntry } from "./imported-entry-writer";
import { pgImportedEntryWriter } from "./postgresql/imported-entries.server";
import { sqliteImportedEntryWriter } from "./sqlite/imported-entries.server";

export type { ImportedNewEntry };

function importedEntryWriter(): ImportedEntryWriter {
  return databaseEngine() === "postgresql" ? pgImportedEntryWriter : sqliteImportedEntryWriter;
}

/** Returns the new entries' ids in the order given; writes nothing when any row fails. */
export function createImportedEntries(items: ImportedNewEntry[], input: { actorId: string | null; now: Date }): Promise<string[]> {
  return importedEntryWriter().create(items, input);
}
