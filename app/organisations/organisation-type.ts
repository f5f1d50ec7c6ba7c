import { ORGANISATION_TYPES } from "~/admin/organisation-schema";
import { inLanguage } from "~/i18n/in-language";
import type { Language } from "~/i18n/languages.mjs";

/** The name of a type of organisation in a language (English until the list has both). */
export function organisationTypeLabel(type: string, language: Language): string {
  const found = ORGANISATION_TYPES.find((x) => x.value === type);
  return found ? inLanguage(found.label, language) : type;
}
