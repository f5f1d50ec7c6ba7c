/**
 * The words of the publication standard on the public pages: a field's label and a section's title in
 * the page's language. One place, so that the pages follow the standard's catalogue when it has one.
 */
import { FIELDS, SECTIONS, type FieldKey, type SectionId } from "~/entries/standard";
import type { Text } from "~/i18n/text";

// The standard's labels are English only for now; `_t` is where the standard's catalogue (t.standard) plugs in.
export function fieldLabel(_t: Text, field: FieldKey): string {
  return FIELDS[field]?.label ?? field;
}

export function sectionTitle(_t: Text, section: SectionId): string {
  return SECTIONS.find((s) => s.id === section)?.title ?? section;
}

/** Whether a key names a field of the standard (a diff row can also be about the organisation). */
export const isFieldKey = (key: string): key is FieldKey => Object.hasOwn(FIELDS, key);
