/**
 * Where the filing form's sections are, and where "Save draft" at the end of a section leads: back to
 * that section (`?saved=1&section=risk#section-risk`), with a confirmation from a fixed catalogue.
 */
import { SECTIONS, type SectionId } from "~/entries/standard";
import { confirmation } from "~/i18n/confirmation";
import { entriesText as tx } from "~/i18n/entries.en";

export const sectionAnchor = (id: SectionId) => `section-${id}`;

/** The element "Back to the list of sections" leads to. */
export const SECTION_LIST_ID = "sections";

/** The name of the button that saves from the end of a section; its value is the section's id. */
export const SECTION_BUTTON = "section";

const SAVED: Readonly<Record<SectionId, string>> = Object.fromEntries(SECTIONS.map((s) => [s.id, tx.sectionSaved(s.title)])) as Record<SectionId, string>;

/** The edit page after a draft save; back at the section the editor saved from, when that is one of the form's sections. */
export function savedLocation(entryId: string, section: FormDataEntryValue | null): string {
  const base = `/entries/${entryId}/edit?saved=1`;
  const id = typeof section === "string" && confirmation(SAVED, section) ? (section as SectionId) : null;
  return id ? `${base}&${SECTION_BUTTON}=${id}#${sectionAnchor(id)}` : base;
}

/** The section saved from, and what to say there; null for any other address. */
export function savedSection(params: URLSearchParams): { id: SectionId; message: string } | null {
  if (params.get("saved") !== "1") return null;
  const id = params.get(SECTION_BUTTON);
  const message = confirmation(SAVED, id);
  return message ? { id: id as SectionId, message } : null;
}
