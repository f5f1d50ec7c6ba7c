import { textFor } from "~/i18n/text";
import type { Language } from "~/i18n/languages.mjs";

/** The name of a type of organisation in a language, from the catalogue (t.admin.organisation.types). */
export function organisationTypeLabel(type: string, language: Language): string {
  const types: Record<string, string> = textFor(language).admin.organisation.types;
  return Object.hasOwn(types, type) ? types[type] : type;
}
