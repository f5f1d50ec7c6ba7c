/** The words of the standard's fields and sections in a language: labels and hints from `t.standard`, limits from FIELDS. */
import type { Text } from "~/i18n/text-types";
import { FIELDS, type FieldKey, type SectionId } from "./standard";

export const fieldLabel = (t: Text, key: FieldKey): string => t.standard.fields[key].label;

/** The hint; one that names the field's limit (`{max}`) gets it from FIELDS. */
export function fieldHint(t: Text, key: FieldKey): string {
  const hint: string | ((values: { max?: number }) => string) = t.standard.fields[key].hint;
  return typeof hint === "function" ? hint({ max: FIELDS[key].max }) : hint;
}

export const sectionText = (t: Text, id: SectionId): { title: string; intro: string } => t.standard.sections[id];
