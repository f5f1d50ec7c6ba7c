/**
 * Snowball stemming for the languages the register is filed in (decision 009): the indexer stores
 * each entry's words stemmed in its own language, and a query's words are stemmed in every one of
 * them, so "toeslagen" finds "toeslag" and "benefits" finds "benefit".
 */
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as english } from "@orama/stemmers/english";

export const STEM_LANGUAGES = ["nl", "en"] as const;
export type StemLanguage = (typeof STEM_LANGUAGES)[number];

const STEMMERS: Record<StemLanguage, (word: string) => string> = { nl: dutch, en: english };

/**
 * The stemmers for an entry's language (ISO 639-3, the Dutch standard's `lang`). An entry without
 * one (none can be published so, but older documents may lack it) is stemmed in both; an entry in
 * another language in neither, as no query is stemmed in that language.
 */
export function stemLanguagesOf(code: string | null | undefined): StemLanguage[] {
  if (code === "nld") return ["nl"];
  if (code === "eng") return ["en"];
  return code ? [] : [...STEM_LANGUAGES];
}

/** Lower case without accents, as FTS5's `unicode61 remove_diacritics 2` compares words. */
export function normalizeWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The normalized words of a text, as the unicode61 tokenizer sees them: runs of letters and digits. */
function normalizedWordsOf(text: string): string[] {
  // One pass over the whole text: per word, normalizing took longer than stemming.
  return normalizeWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// A stem takes microseconds and indexing repeats the same words endlessly: remember recent ones.
const MEMO_SIZE = 50_000;
const memo: Record<StemLanguage, Map<string, string>> = { nl: new Map(), en: new Map() };

/** The stem of an already normalized word. */
export function stem(word: string, language: StemLanguage): string {
  const known = memo[language].get(word);
  if (known !== undefined) return known;
  const result = STEMMERS[language](word);
  if (memo[language].size >= MEMO_SIZE) memo[language].clear();
  memo[language].set(word, result);
  return result;
}

/**
 * The stem columns of the full-text row of a text in `languages`: each language's distinct stems,
 * space-separated ("" for a language the text is not in). Numbers are left out: they have no stem,
 * and the columns as written already find them.
 */
export function stemColumns(texts: string[], languages: StemLanguage[], { stemmed = true } = {}): Record<StemLanguage, string> {
  const out = { nl: "", en: "" } as Record<StemLanguage, string>;
  if (!languages.length) return out;
  const words = new Set<string>();
  for (const text of texts) for (const w of normalizedWordsOf(text)) words.add(w);
  for (const language of languages) {
    const stems = new Set<string>();
    for (const w of words) if (!/^\p{N}+$/u.test(w)) stems.add(stemmed ? stem(w, language) : w);
    out[language] = [...stems].join(" ");
  }
  return out;
}

/**
 * The same words unstemmed, per language: for an engine that stems them itself (PostgreSQL's
 * dutch and english text-search configurations, decision 015).
 */
export function wordColumns(texts: string[], languages: StemLanguage[]): Record<StemLanguage, string> {
  return stemColumns(texts, languages, { stemmed: false });
}
