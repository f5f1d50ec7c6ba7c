/**
 * Creates and publishes many imported entries at once: the same rows as creating each through Prisma
 * and calling publishImported (entry, version 1 of kind "imported", search index, facets, audit
 * record), at a fraction of the cost per record. Prisma's per-row overhead made a 1,530-record
 * listing take half a minute. One writer per engine (issue 20); the importer does not know which.
 */
import { databaseEngine } from "~/utils/db.server";
import type { SourceDates } from "./entries.server";
import type { EntryDraft } from "./entry-schema";
import { pgImportedEntryWriter } from "./postgresql/imported-entries.server";
import { sqliteImportedEntryWriter } from "./sqlite/imported-entries.server";

export type ImportedNewEntry = {
  publicId: string;
  /** Sanitised and validated by the importer. */
  doc: EntryDraft;
  organisation: { id: string; slug: string; name: string; type: string };
  provenance: { sourceSystem: string; sourceId: string | null; sourceUrl: string | null };
  changeNote: string;
  /** The source's own dates; without them the import's time stands in (as publishImported does). */
  sourceDates?: SourceDates;
  /** Field paths whose value the register derived rather than took from the source as given. */
  derivedFields?: string[];
};

export interface ImportedEntryWriter {
  /** Returns the new entries' ids in the order given; writes nothing when any row fails (one transaction). */
  create(items: ImportedNewEntry[], input: { actorId: string | null; now: Date }): Promise<string[]>;
}

function importedEntryWriter(): ImportedEntryWriter {
  return databaseEngine() === "postgresql" ? pgImportedEntryWriter : sqliteImportedEntryWriter;
}

/** Returns the new entries' ids in the order given; writes nothing when any row fails. */
export function createImportedEntries(items: ImportedNewEntry[], input: { actorId: string | null; now: Date }): Promise<string[]> {
  return importedEntryWriter().create(items, input);
}
