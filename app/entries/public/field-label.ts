/**
 * The words of the publication standard on the public pages: a field's label and a section's title in
 * the page's language, from the standard's catalogue (t.standard, app/entries/standard-text.ts).
 */
import { FIELDS, type FieldKey, type SectionId } from "~/entries/standard";
import { fieldLabel as standardLabel, sectionText } from "~/entries/standard-text";
import type { Text } from "~/i18n/text-types";

export const fieldLabel = (t: Text, field: FieldKey): string => standardLabel(t, field);

export const sectionTitle = (t: Text, section: SectionId): string => sectionText(t, section).title;

/** Whether a key names a field of the standard (a diff row can also be about the organisation). */
export const isFieldKey = (key: string): key is FieldKey => Object.hasOwn(FIELDS, key);
