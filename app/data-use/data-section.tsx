import type { EntryDraft } from "~/entries/entry-schema";

/** The public "Data used" section of an entry page. Filled in by the data-use module. */
export function DataSection(_props: { doc: EntryDraft }) {
  return null;
}
