/**
 * Where the filing form's sections are, and where "Save draft" at the end of a section leads: back to
 * that section (`?saved=1&section=risk#section-risk`), with a confirmation from a fixed catalogue.
 */
import { SECTIONS, type SectionId } from "~/entries/standard";
import { sectionText } from "~/entries/standard-text";
import { confirmation } from "~/i18n/confirmation";
import type { Text } from "~/i18n/text-types";

export const sectionAnchor = (id: SectionId) => `section-${id}`;

/** The element "Back to the list of sections" leads to. */
export const SECTION_LIST_ID = "sections";

/** The name of the button that saves from the end of a section; its value is the section's id. */
export const SECTION_BUTTON = "section";

const savedMessages = (t: Text) =>
  Object.fromEntries(SECTIONS.map((s) => [s.id, t.entries.sectionSaved({ title: sectionText(t, s.id).title })])) as Record<SectionId, string>;

const isSection = (value: unknown): value is SectionId => SECTIONS.some((s) => s.id === value);

/** The edit page after a draft save; back at the section the editor saved from, when that is one of the form's sections. */
export function savedLocation(entryId: string, section: FormDataEntryValue | null): string {
  const base = `/entries/${entryId}/edit?saved=1`;
  const id = isSection(section) ? section : null;
  return id ? `${base}&${SECTION_BUTTON}=${id}#${sectionAnchor(id)}` : base;
}

/** The section saved from, and what to say there in the page's language; null for any other address. */
export function savedSection(params: URLSearchParams, t: Text): { id: SectionId; message: string } | null {
  if (params.get("saved") !== "1") return null;
  const id = params.get(SECTION_BUTTON);
  const message = confirmation(savedMessages(t), id);
  return message ? { id: id as SectionId, message } : null;
}
