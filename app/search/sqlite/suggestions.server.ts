/**
 * "Did you mean …?" (decision 009): a word of five letters or more that finds (almost) nothing is
 * replaced by the indexed word one edit away that the most entries hold. Candidates come from the
 * FTS5 vocabulary (`entry_search_vocab`), words as written only: a stem is no word to offer.
 */
import { distance } from "fastest-levenshtein";
import { queryTerms } from "../fts-query";
import { STEM_COLUMNS, termExpression, toLanguageFtsQuery, queryLanguages } from "../language-query";
import { cachedByData, stmt } from "../read-db.server";
import { FEW_MATCHES } from "../search-store";
import { normalizeWord, type StemLanguage } from "../stemming";

export const MIN_LETTERS = 5;

/** Indexed words (not stems) by length, each with the most entries holding it in one column. */
function vocabulary(): Map<number, Array<{ word: string; entries: number }>> {
  return cachedByData(
    "search:vocabulary",
    () => {
      const stemColumns = Object.values(STEM_COLUMNS);
      const rows = stmt(`SELECT term, MAX(doc) FROM entry_search_vocab WHERE col NOT IN (${stemColumns.map(() => "?").join(", ")}) GROUP BY term`)
        .raw()
        .all(...stemColumns) as Array<[string, number]>;
      const byLength = new Map<number, Array<{ word: string; entries: number }>>();
      for (const [word, entries] of rows) {
        if (/\p{N}/u.test(word)) continue;
        const list = byLength.get(word.length) ?? [];
        list.push({ word, entries });
        byLength.set(word.length, list);
      }
      return byLength;
    },
    "indexed",
  );
}

const matches = (expression: string) => Number(stmt(`SELECT COUNT(*) FROM entry_search WHERE entry_search MATCH ?`).pluck().get(expression));

/** The closest better-known word one edit away, or null. */
function correction(word: string, found: number): string | null {
  const byLength = vocabulary();
  let best: { word: string; entries: number } | null = null;
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    for (const candidate of byLength.get(length) ?? []) {
      if (candidate.entries <= found || (best && (candidate.entries < best.entries || (candidate.entries === best.entries && candidate.word > best.word))))
        continue;
      if (distance(word, candidate.word) === 1) best = candidate;
    }
  }
  return best?.word ?? null;
}

/**
 * The query with each doubtful word corrected, or null when no word is doubtful, none has a
 * correction or the corrected query finds nothing either.
 */
export function suggestQuery(q: string, language?: StemLanguage): string | null {
  const terms = queryTerms(q);
  const languages = queryLanguages(language);
  let changed = false;
  const corrected = terms.map((term, i) => {
    const word = normalizeWord(term);
    if (word.length < MIN_LETTERS || /\p{N}/u.test(word)) return term;
    const found = matches(termExpression(term, languages, i === terms.length - 1));
    if (found >= FEW_MATCHES) return term;
    const better = correction(word, found);
    if (!better) return term;
    changed = true;
    return better;
  });
  if (!changed) return null;
  const suggestion = corrected.join(" ");
  const expression = toLanguageFtsQuery(suggestion, language);
  return expression && matches(expression) > 0 ? suggestion : null;
}
