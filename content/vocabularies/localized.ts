/**
 * Texts of the vocabularies in every language of the register, declared where each item lives
 * (`label: { en: "Housing", nl: "Wonen" }`), so a missing translation fails the type check.
 */
import type { Language } from "~/i18n/languages.mjs";

export type { Language };

/** A text in each of the register's languages. */
export type Localized = Readonly<Record<Language, string>>;

/** A list of texts (lines, requirements) in each language. */
export type LocalizedList = Readonly<Record<Language, readonly string[]>>;

type Labelled = { readonly slug: string; readonly label: Localized };

/** The label of the item with this slug in a language; the slug itself when the list does not know it. */
export function labelIn(items: readonly Labelled[], slug: string | null | undefined, language: Language): string {
  if (!slug) return "";
  return items.find((item) => item.slug === slug)?.label[language] ?? slug;
}

/** slug → label in a language, for option lists and facet labels. */
export function labelsIn(items: readonly Labelled[], language: Language): Record<string, string> {
  return Object.fromEntries(items.map((item) => [item.slug, item.label[language]]));
}
