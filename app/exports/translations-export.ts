/**
 * The languages of an entry's texts in the API and the open-data files: the language it was written
 * in (a BCP 47 tag, as in a page's `lang`) and each translation the organisation published, so a
 * reuser knows the language of every text (see app/entries/translations.ts).
 */
import type { EntryDraft } from "~/entries/entry-schema";
import { languageTag, translatedFields, type TranslatableField } from "~/entries/translations";
import { LANGUAGES } from "~/i18n/languages.mjs";

/** `language` and `translations` of an entry for JSON; `document` leaves `translations` out, since they are here. */
export function languagesForJson(doc: EntryDraft) {
  return {
    language: languageTag(doc.language),
    translations: LANGUAGES.flatMap((language) => {
      const fields = translatedFields(doc, language);
      return Object.keys(fields).length ? [{ language, fields }] : [];
    }),
  };
}

/** The document as exported: everything but the translations (exported as `translations`). */
export function withoutTranslations<D extends { translations?: unknown }>(doc: D): Omit<D, "translations"> {
  const { translations: _t, ...rest } = doc;
  return rest;
}

/** The CSV's text columns that have translated columns, `name_en`, `name_nl`, … (after every other column). */
const CSV_TRANSLATED: ReadonlyArray<readonly [string, TranslatableField]> = [
  ["name", "name"],
  ["description_short", "descriptionShort"],
  ["goal", "goal"],
  ["human_intervention", "humanIntervention"],
  ["appeals", "appeals"],
  ["risks", "risks"],
  ["lawful_basis", "lawfulBasis"],
  ["data_sources", "dataSourcesText"],
  ["technical_operation", "technicalOperation"],
];

export const TRANSLATION_CSV_COLUMNS = LANGUAGES.flatMap((language) => CSV_TRANSLATED.map(([column]) => `${column}_${language}`));

/** One entry's translated cells, in TRANSLATION_CSV_COLUMNS order ('' where not translated). */
export function translationCsvCells(doc: EntryDraft): string[] {
  return LANGUAGES.flatMap((language) => {
    const fields = translatedFields(doc, language);
    return CSV_TRANSLATED.map(([, field]) => fields[field] ?? "");
  });
}
