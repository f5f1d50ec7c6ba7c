/**
 * Entries in more than one language. An entry is written in one language (`language`, an ISO 639-3
 * code as in the Dutch standard's `lang`); the organisation may add a translation of its public
 * texts into the register's other languages. Translations are part of the entry document
 * (`translations.nl.goal`), so they are saved with the draft, reviewed and published with the
 * version and compared in the history like any other field.
 * The forms' zod schemas are in translation-schemas.ts, so the public entry page, which uses this
 * module, does not load zod.
 */
import type { LanguageCode } from "~content/vocabularies/entry-enums";
import { LANGUAGES, type Language } from "~/i18n/languages.mjs";

/** The long texts of an entry, written in Markdown: the public page renders them, and they can be translated. */
export const LONG_TEXT_FIELDS = [
  "goal",
  "affectedGroups",
  "proportionality",
  "humanIntervention",
  "appeals",
  "risks",
  "lawfulBasis",
  "assessmentsText",
  "dataSourcesText",
  "technicalOperation",
  "art27Summary",
  "dpiaSummary",
] as const;

/** The texts an organisation may translate: the name, the short description and the long texts. */
export const TRANSLATABLE_FIELDS = ["name", "descriptionShort", ...LONG_TEXT_FIELDS] as const;

export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

export type TranslatedFields = Partial<Record<TranslatableField, string>>;

export type Translations = Partial<Record<Language, TranslatedFields>>;

/** ISO 639-3 (the standard's `lang`) to the BCP 47 tag a page's `lang` attribute takes. */
const TAGS: Record<LanguageCode, string> = {
  nld: "nl",
  eng: "en",
  fry: "fy",
  mri: "mi",
  pap: "pap",
  deu: "de",
  fra: "fr",
  tur: "tr",
  ara: "ar",
  pol: "pl",
  ukr: "uk",
};

/** The BCP 47 tag of an entry's language (`nld` → `nl`), or null when the entry does not say. */
export function languageTag(code: string | undefined | null): string | null {
  return code && Object.hasOwn(TAGS, code) ? TAGS[code as LanguageCode] : null;
}

/** A language's name in the page's language: `languageName("nl", "en")` → "Dutch", `languageName("en", "nl")` → "Engels". */
export function languageName(tag: string, page: Language): string {
  return new Intl.DisplayNames([page], { type: "language" }).of(tag) ?? tag;
}

/** The standard's code for one of the register's languages (`nl` → `nld`). */
export function languageCode(language: Language): LanguageCode {
  return language === "nl" ? "nld" : "eng";
}

/** The register's languages an entry written in `code` can be translated into (none while its language is not chosen). */
export function translationTargets(code: string | undefined | null): Language[] {
  const own = languageTag(code);
  return own ? LANGUAGES.filter((l) => l !== own) : [];
}

type Translatable = Partial<Record<TranslatableField, string>> & { language?: string; translations?: Translations };

/** The fields of one translation that hold text. */
export function translatedFields(doc: Translatable, language: Language): TranslatedFields {
  const fields = doc.translations?.[language] ?? {};
  return Object.fromEntries(TRANSLATABLE_FIELDS.flatMap((f) => (fields[f]?.trim() ? [[f, fields[f]]] : []))) as TranslatedFields;
}

/** How the entry's texts are shown on a page in `language`. */
export type ShownLanguage = {
  /** The BCP 47 tag of the language the entry was written in; null when it does not say. */
  original: string | null;
  /** "translation": the organisation's translation into the page's language is shown; "original": the entry's own texts. */
  shown: "same" | "translation" | "original";
  /** The language of each translatable field as shown (absent: the entry's own language). */
  fieldLanguages: Partial<Record<TranslatableField, string>>;
};

/**
 * The document with its texts in the page's language where the organisation translated them, and
 * which language each text is in (for `lang` attributes and the notice on the page).
 */
export function inLanguage<D extends Translatable>(doc: D, language: Language): { doc: D; texts: ShownLanguage } {
  const original = languageTag(doc.language);
  if (original === language || original === null) return { doc, texts: { original, shown: "same", fieldLanguages: {} } };
  const fields = translatedFields(doc, language);
  const keys = Object.keys(fields) as TranslatableField[];
  if (!keys.length) return { doc, texts: { original, shown: "original", fieldLanguages: {} } };
  return {
    doc: { ...doc, ...fields },
    texts: { original, shown: "translation", fieldLanguages: Object.fromEntries(keys.map((k) => [k, language])) },
  };
}

/** The `lang` attribute a field needs on a page in `page`: set only when it differs from the page's. */
export function langAttribute(texts: ShownLanguage | undefined, field: TranslatableField, page: Language): string | undefined {
  if (!texts?.original) return undefined;
  const lang = texts.fieldLanguages[field] ?? texts.original;
  return lang === page ? undefined : lang;
}
