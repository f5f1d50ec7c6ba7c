/** What an engine's writer of imported entries takes and does (imported-entries.server.ts picks one). */
import type { SourceDates } from "./entries.server";
import type { EntryDraft } from "./entry-schema";

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
