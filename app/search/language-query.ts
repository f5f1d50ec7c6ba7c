/**
 * The FTS5 expression of a visitor's words with stemming (decision 009): each word matches as
 * typed (accents aside) or by its stem in each language's stem column. The words reach MATCH only
 * as quoted strings, as in fts-query.ts; stems are runs of letters and digits.
 */
import { queryTerms } from "./fts-query";
import { normalizeWord, stem, STEM_LANGUAGES, type StemLanguage } from "./stemming";

/** The full-text columns holding each language's stems (prisma/migrations/20261202100300_search_language). */
export const STEM_COLUMNS: Record<StemLanguage, string> = { nl: "stem_nl", en: "stem_en" };

/**
 * The languages a query is stemmed in: all of them, as entries in either language may answer it,
 * the visitor's own first.
 */
export function queryLanguages(language?: StemLanguage): StemLanguage[] {
  return language ? [language, ...STEM_LANGUAGES.filter((l) => l !== language)] : [...STEM_LANGUAGES];
}

/**
 * One word: as typed in any column, or its stem in a stem column (only where the stem differs).
 * Only the word as typed is a prefix: a stem is a whole word, and a prefix of it would match far more.
 */
export function termExpression(term: string, languages: StemLanguage[], prefix: boolean): string {
  const star = prefix ? "*" : "";
  const word = normalizeWord(term);
  const columnsOf = new Map<string, string[]>(); // stem → the stem columns to look for it in
  for (const language of languages) {
    const s = stem(word, language);
    if (s && s !== word) columnsOf.set(s, [...(columnsOf.get(s) ?? []), STEM_COLUMNS[language]]);
  }
  if (!columnsOf.size) return `"${term}"${star}`;
  const stems = Array.from(columnsOf, ([s, columns]) => `{${columns.join(" ")}} : "${s}"`);
  return `("${term}"${star} OR ${stems.join(" OR ")})`;
}

/** All words must match; the last one is a prefix so results follow typing. Null when nothing is searchable. */
export function toLanguageFtsQuery(input: unknown, language?: StemLanguage): string | null {
  const terms = queryTerms(input);
  if (!terms.length) return null;
  const languages = queryLanguages(language);
  // An explicit AND: FTS5 joins adjacent phrases implicitly, but not a phrase and a parenthesised group.
  return terms.map((t, i) => termExpression(t, languages, i === terms.length - 1)).join(" AND ");
}
