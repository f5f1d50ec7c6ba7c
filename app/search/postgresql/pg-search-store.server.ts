/**
 * The PostgreSQL SearchStore (decision 015): the `entry_search` table of migration 0010_search, its
 * weighted tsvector (words as written through simple_unaccent, the entry's words in its language
 * through dutch_unaccent / english_unaccent), ts_rank_cd ranking, and "Did you mean …?" from the
 * `search_vocabulary` view found by trigram similarity (pg_trgm). Read through Prisma's pg adapter.
 */
import { distance } from "fastest-levenshtein";
import { CURRENT_SCHEMA_VERSION } from "~/entries/document-upgrades";
import { db } from "~/utils/db.server";
import { queryTerms } from "../fts-query";
import type { FacetKey } from "../facets";
import { cachedByData } from "../read-db.server";
import { FEW_MATCHES, type SearchStore, type SummaryRow, type TextMatches } from "../search-store";
import { normalizeWord, type StemLanguage } from "../stemming";

const CONFIGURATIONS: Record<StemLanguage, string> = { nl: "dutch_unaccent", en: "english_unaccent" };
// ts_rank_cd weights of D, C, B and A: a word found only by its stem counts least, in a name most.
const RANK_WEIGHTS = "{0.2, 0.4, 0.6, 1.0}";
const MIN_LETTERS = 5;

const rows = <T>(sql: string, ...params: unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params);

/**
 * The tsquery of a visitor's words, as SQL over bound parameters: every word must match, as written
 * in any column (the last as a prefix) or by its stem in a language's stems (weight D). Words are runs
 * of letters, marks and digits (queryTerms), so no tsquery syntax reaches to_tsquery.
 */
function tsquerySql(terms: string[], first: number, lastIsPrefix = true): { sql: string; params: string[] } {
  const params: string[] = [];
  const parts = terms.map((term, i) => {
    const word = normalizeWord(term);
    params.push(lastIsPrefix && i === terms.length - 1 ? `${word}:*` : word, `${word}:D`);
    const written = `to_tsquery('simple_unaccent', $${first + params.length - 2})`;
    const stems = Object.values(CONFIGURATIONS).map((config) => `to_tsquery('${config}', $${first + params.length - 1})`);
    return `(${[written, ...stems].join(" || ")})`;
  });
  return { sql: parts.join(" && "), params };
}

async function countMatches(terms: string[], lastIsPrefix = true): Promise<number> {
  const query = tsquerySql(terms, 1, lastIsPrefix);
  const [row] = await rows<{ n: bigint }>(`SELECT COUNT(*) AS n FROM entry_search WHERE "document" @@ (${query.sql})`, ...query.params);
  return Number(row.n);
}

/** The vocabulary view brought up to date once per state of the index. */
function freshVocabulary(): Promise<void> {
  return cachedByData("search:pg-vocabulary", () => db.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW search_vocabulary`).then(() => undefined), "indexed");
}

/** The closest better-known word one edit away (as on SQLite), among the words similar in trigrams. */
async function correction(word: string, found: number): Promise<string | null> {
  await freshVocabulary();
  const candidates = await rows<{ word: string; entries: number }>(
    `SELECT word, entries FROM search_vocabulary WHERE word % $1 AND entries > $2 AND length(word) BETWEEN $3 AND $4 ORDER BY entries DESC, word`,
    word,
    found,
    word.length - 1,
    word.length + 1,
  );
  return candidates.find((c) => distance(word, c.word) === 1)?.word ?? null;
}

const READY = `(v."schemaVersion" IS NOT DISTINCT FROM ${CURRENT_SCHEMA_VERSION} AND jsonb_typeof(register_try_jsonb(v."data")) = 'object')`;
const field = (path: string) => `CASE WHEN ${READY} THEN register_try_jsonb(v."data") #>> ${path} END`;

export const pgSearchStore: SearchStore = {
  engine: "postgresql",

  async facetSource(keys: FacetKey[]) {
    const facetRows = await rows<{ entryId: string; facet: FacetKey; value: string }>(
      `SELECT "entryId", facet, value FROM "EntryFacet" WHERE facet = ANY($1::text[]) ORDER BY "entryId" COLLATE "C", facet COLLATE "C", value COLLATE "C"`,
      keys,
    );
    const byName = await rows<{ id: string }>(
      `SELECT "entryId" AS id FROM "EntryFacet" WHERE facet = 'sort_name' ORDER BY value COLLATE "C", "entryId" COLLATE "C"`,
    );
    const byUpdated = await rows<{ id: string }>(
      `SELECT id FROM "Entry" WHERE "currentVersionId" IS NOT NULL ORDER BY COALESCE("archivedAt", "publishedAt") DESC NULLS LAST, "publicId" COLLATE "C"`,
    );
    const textRows = await rows<{ rowid: bigint; entry_id: string }>(`SELECT rowid, entry_id FROM entry_search`);
    return {
      rows: facetRows.map((r) => [r.entryId, r.facet, r.value] as [string, FacetKey, string]),
      byName: byName.map((r) => r.id),
      byUpdated: byUpdated.map((r) => r.id),
      textRows: textRows.map((r) => [Number(r.rowid), r.entry_id] as [number, string]),
    };
  },

  async textMatches(q, _language, scored): Promise<TextMatches | null> {
    const terms = queryTerms(q);
    if (!terms.length) return null;
    const query = tsquerySql(terms, 1);
    const score = scored ? `-ts_rank_cd('${RANK_WEIGHTS}', "document", (${query.sql}))` : "0";
    const found = await rows<{ rowid: bigint; score: number }>(
      `SELECT rowid, ${score}::float8 AS score FROM entry_search WHERE "document" @@ (${query.sql})`,
      ...query.params,
    );
    return found.map((r) => [Number(r.rowid), Number(r.score)]);
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
    return rows<SummaryRow>(
      `SELECT e.id, e."publicId", e.state, o.slug AS "orgSlug", o.name AS "orgName", v.number, v."publishedAt", v."schemaVersion",
        ${field("'{name}'")} AS name, ${field("'{descriptionShort}'")} AS "descriptionShort", ${field("'{language}'")} AS language,
        ${field("$2::text[]")} AS "nameTranslated", ${field("$3::text[]")} AS "descriptionTranslated",
        ${field("'{publicationCategory}'")} AS category, ${field("'{lifecycle,status}'")} AS lifecycle,
        CASE WHEN ${READY} THEN (register_try_jsonb(v."data") -> 'themes')::text END AS themes,
        CASE WHEN ${READY} THEN NULL ELSE v."data" END AS raw
      FROM "Entry" e JOIN "Organisation" o ON o.id = e."organisationId" JOIN "EntryVersion" v ON v.id = e."currentVersionId"
      WHERE e.id = ANY($1::text[])`,
      ids,
      translation("name"),
      translation("descriptionShort"),
    );
  },

  async writeText(tx, entryId, row) {
    await tx.$executeRawUnsafe(`DELETE FROM entry_search WHERE entry_id = $1`, entryId);
    if (!row) return;
    const [, name, description, goal, organisation, supplier, tags, body] = row.values;
    await tx.$executeRawUnsafe(
      `INSERT INTO entry_search (entry_id, name, description, goal, organisation, supplier, tags, body, words_nl, words_en) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      entryId,
      name,
      description,
      goal,
      organisation,
      supplier,
      tags,
      body,
      row.words.nl,
      row.words.en,
    );
  },

  async ensureReady() {
    // Every row is written with its words: nothing to fill in later.
  },
};
