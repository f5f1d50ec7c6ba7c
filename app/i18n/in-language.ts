import type { Language } from "./languages.mjs";

/** A vocabulary label: one English string (older vocabularies) or one per language. */
export type VocabularyLabel = string | Readonly<Record<Language, string>>;

/** A vocabulary label in a language; a label given only in English is shown as it is. */
export function inLanguage(label: VocabularyLabel, language: Language): string {
  return typeof label === "string" ? label : label[language];
}

/** A vocabulary list as `slug → label` in a language. */
export function labelsBySlug(list: readonly { slug: string; label: VocabularyLabel }[], language: Language): Record<string, string> {
  return Object.fromEntries(list.map((x) => [x.slug, inLanguage(x.label, language)]));
}
