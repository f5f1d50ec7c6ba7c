import type { EntryDraft } from "~/entries/entry-schema";

/**
 * Earlier listing imports wrote the source record's URL into `contact`. That URL is provenance (shown as
 * "view the original"), not a contact: it is removed, so a change of the source's URL scheme changes no content.
 */
export function withoutProvenanceContact(doc: EntryDraft, sourceUrls: Array<string | null | undefined>): EntryDraft {
  if (!doc.contact || !sourceUrls.includes(doc.contact)) return doc;
  const { contact: _provenance, ...rest } = doc;
  return rest;
}
