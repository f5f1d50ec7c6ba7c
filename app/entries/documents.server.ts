/**
 * Reading and writing stored entry documents. A stored document is read whole or not at all:
 * one that is not JSON, was written by a newer schema, or holds values that no longer fit is an
 * UnreadableDocumentError (logged by whoever catches it), never an empty entry or a stripped one.
 */
import { sanitizeDraftReport, type EntryDraft } from "./entry-schema";
import {
  CURRENT_SCHEMA_VERSION,
  logUnreadable,
  parseStoredDocument,
  UnreadableDocumentError,
  type DocumentRef,
  type StoredDocument,
} from "./document-upgrades";
import { publicView } from "./restricted";

export { CURRENT_SCHEMA_VERSION, logUnreadable, UnreadableDocumentError, type DocumentRef, type StoredDocument };

/** A stored document, upgraded to the current schema and checked value by value. */
export function readDocument(stored: StoredDocument, ref: DocumentRef): EntryDraft {
  const { draft, dropped } = sanitizeDraftReport(parseStoredDocument(stored, ref));
  if (dropped.length) throw new UnreadableDocumentError(ref, `values that do not fit the schema at ${dropped.map((d) => d.path || "(document)").join(", ")}`);
  return draft;
}

/** A published version's document as the public may see it (restricted-section entries reduced). */
export function readPublicDocument(stored: StoredDocument, ref: DocumentRef): EntryDraft {
  return publicView(readDocument(stored, ref));
}

/** For lists: the document, or null (logged) when it cannot be read, so the entry is left out. */
export function readOrSkip<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UnreadableDocumentError)) throw error;
    logUnreadable(error);
    return null;
  }
}

/** The columns of a published version's document, recording the schema it is written under. */
export const versionColumns = (doc: EntryDraft) => ({ data: JSON.stringify(doc), schemaVersion: CURRENT_SCHEMA_VERSION });

/** The columns of an entry's working draft, recording the schema it is written under. */
export const draftColumns = (doc: EntryDraft) => ({ draft: JSON.stringify(doc), draftSchemaVersion: CURRENT_SCHEMA_VERSION });

/** The working draft of an entry row as a StoredDocument. */
export const storedDraft = (entry: { draft: string; draftSchemaVersion: number | null }): StoredDocument => ({
  data: entry.draft,
  schemaVersion: entry.draftSchemaVersion,
});
