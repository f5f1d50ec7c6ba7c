/**
 * The PostgreSQL SearchStore (decision 015): the `entry_search` table of migrations 0010 and 0011,
 * its weighted tsvectors (`document`: the words as written, through simple_unaccent; `stems`: the
 * entry's words in its language through dutch_unaccent / english_unaccent), ts_rank ranking of the
 * matches search keeps, and "Did you mean …?" from the `search_vocabulary` view found by trigram
 * similarity (pg_trgm). The hot reads go through the search pool (pg-read-pool.server.ts), writes
 * and the rare reads through Prisma's pg adapter.
 */
import { distance } from "fastest-levenshtein";
import { CURRENT_SCHEMA_VERSION } from "~/entries/document-upgrades";
import { db } from "~/utils/db.server";
import { queryTerms } from "../fts-query";
import type { FacetKey } from "../facets";
import { cachedByData } from "../read-db.server";
import { FEW_MATCHES, SEARCH_COLUMNS, type IndexTx, type SearchRow, type SearchStore, type SummaryRow, type TextMatches } from "../search-store";
import { normalizeWord, type StemLanguage } from "../stemming";
import { openSearchConnections, searchRecords, searchRows } from "./pg-read-pool.server";

const CONFIGURATIONS: Record<StemLanguage, string> = { nl: "dutch_unaccent", en: "english_unaccent" };
// ts_rank weights of D, C, B and A: a word found only by its stem counts least, in a name most.
// (ts_rank_cd, cover density, cost about five times as much per document on the bench's data.)
const RANK_WEIGHTS = "{0.2, 0.4, 0.6, 1.0}";
const MIN_LETTERS = 5;

const rows = <T>(sql: string, ...params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params);

/**
 * The match condition and the ranking of a visitor's words, as SQL over bound parameters starting at
 * `$first`: every word must match, as written in any text (`document`, the last word as a prefix) or
 * by its Dutch or English stem among the stems (`stems`). Words are runs of letters, marks and digits
 * (queryTerms), so no tsquery syntax reaches to_tsquery. No weight is asked for in a query: the GIN
 * indexes then answer without reading the documents (migration 0011).
 */
function querySql(terms: string[], first: number, lastIsPrefix = true): { where: string; rank: string; params: string[] } {
  const params: string[] = [];
  const written: string[] = [];
  const stemmed: string[] = [];
  const parts = terms.map((term, i) => {
    const word = normalizeWord(term);
    params.push(lastIsPrefix && i === terms.length - 1 ? `${word}:*` : word, word);
    const w = `to_tsquery('simple_unaccent', $${first + params.length - 2})`;
    const s = `(${Object.values(CONFIGURATIONS)
      .map((config) => `to_tsquery('${config}', $${first + params.length - 1})`)
      .join(" || ")})`;
    written.push(w);
    stemmed.push(s);
    return `("document" @@ ${w} OR "stems" @@ ${s})`;
  });
  const rank = `ts_rank('${RANK_WEIGHTS}', "document", ${written.join(" || ")}) + ts_rank('${RANK_WEIGHTS}', "stems", ${stemmed.join(" || ")})`;
  return { where: parts.join(" AND "), rank, params };
}

/** The full-text rows matching a visitor's words, with their scores when `scored`; null without searchable words. */
export function textMatchesSql(q: string, scored: boolean): { text: string; values: string[] } | null {
  const terms = queryTerms(q);
  if (!terms.length) return null;
  const query = querySql(terms, 1);
  return {
    text: `SELECT rowid::float8, ${scored ? `-(${query.rank})` : "0"}::float8 FROM entry_search WHERE ${query.where}`,
    values: query.params,
  };
}

async function countMatches(terms: string[], lastIsPrefix = true): Promise<number> {
  const query = querySql(terms, 1, lastIsPrefix);
  const [[n]] = await searchRows<[number]>(`SELECT COUNT(*)::float8 FROM entry_search WHERE ${query.where}`, query.params);
  return n;
}

/**
 * The vocabulary view brought up to date once per state of the index. Through the search pool, not
 * Prisma: a raw statement through Prisma counts as a change of the data, which dropped every cache of
 * the process and rebuilt the facet index after each search that asked for a suggestion.
 */
function freshVocabulary(): Promise<void> {
  return cachedByData("search:pg-vocabulary", () => searchRows(`REFRESH MATERIALIZED VIEW search_vocabulary`, []).then(() => undefined), "indexed");
}

/** The closest better-known word one edit away (as on SQLite), among the words similar in trigrams. */
async function correction(word: string, found: number): Promise<string | null> {
  await freshVocabulary();
  const candidates = await searchRows<[word: string, entries: number]>(
    `SELECT word, entries FROM search_vocabulary WHERE word % $1 AND entries > $2 AND length(word) BETWEEN $3 AND $4 ORDER BY entries DESC, word`,
    [word, found, word.length - 1, word.length + 1],
  );
  return candidates.find(([candidate]) => distance(word, candidate) === 1)?.[0] ?? null;
}

// The document is parsed once per row (the LATERAL `d.doc`): register_try_jsonb catches a parse error,
// which costs a subtransaction per call (OFFSET 0 keeps the planner from copying the call into every use).
const READY = `(v."schemaVersion" IS NOT DISTINCT FROM ${CURRENT_SCHEMA_VERSION} AND jsonb_typeof(d.doc) = 'object')`;
const field = (path: string) => `CASE WHEN ${READY} THEN d.doc #>> ${path} END`;

// The texts of SEARCH_COLUMNS (after entry_id, before the stems, which PostgreSQL makes from words_nl and words_en).
const TEXT_COLUMNS = SEARCH_COLUMNS.slice(1, 8);

/**
 * Inserts full-text rows of entries that have none, in one statement (one array per column, so any
 * number of rows stays within PostgreSQL's parameter limit): publication and the bulk import.
 */
export async function insertSearchRows(tx: IndexTx, rows: Array<{ entryId: string; row: SearchRow }>): Promise<void> {
  if (!rows.length) return;
  const texts = TEXT_COLUMNS.map((_, i) => rows.map((r) => r.row.values[i + 1] ?? ""));
  const columns = ["entry_id", ...TEXT_COLUMNS, "words_nl", "words_en"];
  await tx.$executeRawUnsafe(
    `INSERT INTO entry_search (${columns.join(", ")}) SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(", ")})`,
    rows.map((r) => r.entryId),
    ...texts,
    rows.map((r) => r.row.words.nl),
    rows.map((r) => r.row.words.en),
  );
}

/** The facet rows of the keys `$1`, in entry order byte-wise, read off an index in that order (migration 0012). */
export const FACET_ROWS_SQL = `SELECT "entryId", facet, value FROM "EntryFacet" WHERE facet = ANY($1::text[]) ORDER BY "entryId" COLLATE "C", facet COLLATE "C", value COLLATE "C"`;

export const pgSearchStore: SearchStore = {
  engine: "postgresql",

  async facetSource(keys: FacetKey[]) {
    const facetRows = await searchRows<[string, FacetKey, string]>(FACET_ROWS_SQL, [keys]);
    const byName = await searchRows<[string]>(
      `SELECT "entryId" FROM "EntryFacet" WHERE facet = 'sort_name' ORDER BY value COLLATE "C", "entryId" COLLATE "C"`,
      [],
    );
    const byUpdated = await searchRows<[string]>(
      `SELECT id FROM "Entry" WHERE "currentVersionId" IS NOT NULL ORDER BY COALESCE("archivedAt", "publishedAt") DESC NULLS LAST, "publicId" COLLATE "C"`,
      [],
    );
    const textRows = await searchRows<[number, string]>(`SELECT rowid::float8, entry_id FROM entry_search`, []);
    return { rows: facetRows, byName: byName.map(([id]) => id), byUpdated: byUpdated.map(([id]) => id), textRows };
  },

  async textMatches(q, _language, scored): Promise<TextMatches | null> {
    const query = textMatchesSql(q, scored);
    return query ? searchRows<[row: number, score: number]>(query.text, query.values) : null;
  },

  async rankRows(q, _language, textRows) {
    const query = querySql(queryTerms(q), 2);
    const scored = await searchRows<[row: number, score: number]>(
      `SELECT rowid::float8, -(${query.rank})::float8 FROM entry_search WHERE rowid = ANY($1::bigint[])`,
      [textRows, ...query.params],
    );
    const byRow = new Map(scored);
    return textRows.map((row) => byRow.get(row) ?? 0);
  },

  async suggest(q) {
    const terms = queryTerms(q);
    let changed = false;
    const corrected: string[] = [];
    for (const [i, term] of terms.entries()) {
      const word = normalizeWord(term);
      const last = i === terms.length - 1;
      if (word.length < MIN_LETTERS || /\p{N}/u.test(word)) {
        corrected.push(term);
        continue;
      }
      // The word alone, a prefix only when it is the last word, as in the query.
      const found = await countMatches([term], last);
      const better = found >= FEW_MATCHES ? null : await correction(word, found);
      if (better) changed = true;
      corrected.push(better ?? term);
    }
    if (!changed) return null;
    const suggestion = corrected.join(" ");
    return (await countMatches(queryTerms(suggestion))) > 0 ? suggestion : null;
  },

  async assessedEntries() {
    return (await rows<{ id: string }>(`SELECT DISTINCT "entryId" AS id FROM "Assessment" WHERE state IN ('submitted', 'concluded')`)).map((r) => r.id);
  },

  async organisationNames() {
    return rows<{ slug: string; name: string }>(`SELECT slug, name FROM "Organisation"`);
  },

  async indexedSuppliers() {
    return (await rows<{ value: string }>(`SELECT DISTINCT value FROM "EntryFacet" WHERE facet = 'supplier'`)).map((r) => r.value);
  },

  async summaryRows(ids, page) {
    const translation = (name: string) => (page ? `{translations,${page},${name}}` : "{translations,none,none}");
    return searchRecords<SummaryRow>(
      `SELECT e.id, e."publicId", e.state, o.slug AS "orgSlug", o.name AS "orgName", v.number,
        to_char(v."publishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt", v."schemaVersion",
        ${field("'{name}'")} AS name, ${field("'{descriptionShort}'")} AS "descriptionShort", ${field("'{language}'")} AS language,
        ${field("$2::text[]")} AS "nameTranslated", ${field("$3::text[]")} AS "descriptionTranslated",
        ${field("'{publicationCategory}'")} AS category, ${field("'{lifecycle,status}'")} AS lifecycle,
        CASE WHEN ${READY} THEN (d.doc -> 'themes')::text END AS themes,
        CASE WHEN ${READY} THEN NULL ELSE v."data" END AS raw
      FROM "Entry" e JOIN "Organisation" o ON o.id = e."organisationId" JOIN "EntryVersion" v ON v.id = e."currentVersionId"
        CROSS JOIN LATERAL (SELECT register_try_jsonb(v."data") AS doc OFFSET 0) d
      WHERE e.id = ANY($1::text[])`,
      [ids, translation("name"), translation("descriptionShort")],
    );
  },

  async writeText(tx, entryId, row) {
    await tx.$executeRawUnsafe(`DELETE FROM entry_search WHERE entry_id = $1`, entryId);
    if (row) await insertSearchRows(tx, [{ entryId, row }]);
  },

  async ensureReady() {
    // Every row is written with its words: nothing to fill in later.
  },

  async warmUp() {
    // A new session pays on its first word query for loading the configurations' dictionaries
    // (unaccent's rules, the stemmers) and entry_search's statistics, and on first reading each page
    // of the table for mapping that shared buffer into its memory: together 50 to 150 ms a query for
    // the first searches after a start (bench data). Paid here, for every connection of the pool.
    const query = textMatchesSql("warm up", true)!;
    await openSearchConnections([
      { text: query.text, values: query.values },
      // length() leaves no index to use: the whole table is read once.
      { text: `SELECT COUNT(*) FROM entry_search WHERE length(entry_id) > 0`, values: [] },
    ]);
  },
};
