import type { SourceDates } from "~/entries/entries.server";
import type { EntryDraft } from "~/entries/entry-schema";
import type { ImportFormat } from "./formats";

/** One source record, mapped to entry fields but not yet stored. */
export type MappedRecord = {
  sourceId?: string;
  sourceUrl?: string;
  organisationName: string;
  /** Public ids to keep when free (e.g. the Dutch register's 8-digit id), in order of preference. */
  preferredPublicIds: string[];
  /**
   * Fields the source owns. On re-import each replaces the current value (an undefined value clears it);
   * plain objects (lifecycle, procurement) are merged key by key, so fields the source lacks stay.
   */
  fields: Partial<EntryDraft>;
  /** Best guesses used only when the entry is created, never overwriting later edits. */
  defaults: Partial<EntryDraft>;
  /** Supplier named by the source; the runner turns it into a supplier record. */
  providerName?: string;
  /** The dates the source states for the record: they become the entry's dates (an import is not a review). */
  sourceDates?: SourceDates;
  /** Field paths whose value the register derived (e.g. a short description cut from a longer text), labelled so on the page. */
  derivedFields?: string[];
};

/** `warnings`: what the source record held that was not imported (the record itself is). */
export type RecordResult = { ok: true; record: MappedRecord; warnings?: string[] } | { ok: false; sourceId?: string; reason: string };

/** A source format: finds the records in a parsed file, and maps one record. */
export type ImportSource = {
  format: ImportFormat;
  /** The list of records, or why the file is not of this format. */
  records: (json: unknown) => { ok: true; items: unknown[] } | { ok: false; reason: string };
  map: (item: unknown) => RecordResult;
};

type ImportFailure = { position: number; sourceId?: string; reason: string };
type ImportWarning = { position: number; sourceId?: string; message: string };

/** `retired`: entries of this source that a full listing no longer holds (none for a partial file). */
export type ImportSummary = { created: number; updated: number; unchanged: number; retired: number; failed: ImportFailure[]; warnings: ImportWarning[] };

/** `wrongFormat`: the file is not of the chosen format (or of none), so nothing of it was imported. */
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; reason: string; wrongFormat?: boolean };
