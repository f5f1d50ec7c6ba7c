/**
 * The SQLite SearchStore: FTS5 (`entry_search`, unicode61 with diacritics removed, a stem column per
 * language, decision 009), bm25 ranking, and plain reads on the process's direct read connection
 * (read-db.server.ts), without Prisma's per-row conversion.
 */
import { CURRENT_SCHEMA_VERSION } from "~/entries/document-upgrades";
import { toLanguageFtsQuery } from "../language-query";
import { stmt } from "../read-db.server";
import { SEARCH_COLUMNS, type FacetSource, type SearchStore, type SummaryRow, type TextMatches } from "../search-store";
import type { FacetKey } from "../facets";
import { ensureStems } from "./stem-backfill.server";
import { suggestQuery } from "./suggestions.server";

// Column weights for bm25, in entry_search column order:
// entry_id, name, description, goal, organisation, supplier, tags, body, stem_nl, stem_en.
// A word found only by its stem counts less than the same word as written in a name or description.
export const BM25_WEIGHTS = "0.0, 10.0, 4.0, 2.0, 3.0, 3.0, 5.0, 1.0, 2.0, 2.0";

// SQLite pulls the few fields out of the (large) version document, so no whole document is parsed here.
// The paths are those of the current schema; other documents are read whole (see entry-summaries.server.ts).
const READY = `CASE WHEN json_valid(v.data) THEN json_type(v.data) = 'object' AND v.schemaVersion IS ${CURRENT_SCHEMA_VERSION} ELSE 0 END`;
const field = (path: string) => `CASE WHEN ${READY} THEN json_extract(v.data, ${path.startsWith("@") ? path : `'${path}'`}) END`;
const SUMMARY_SQL = `SELECT e.id AS id, e.publicId AS publicId, e.state AS state, o.slug AS orgSlug, o.name AS orgName,
  v.number AS number, v.publishedAt AS publishedAt, v.schemaVersion AS schemaVersion,
  ${field("$.name")} AS name, ${field("$.descriptionShort")} AS descriptionShort, ${field("$.language")} AS language,
  ${field("@namePath")} AS nameTranslated, ${field("@descriptionPath")} AS descriptionTranslated,
  ${field("$.publicationCategory")} AS category, ${field("$.lifecycle.status")} AS lifecycle,
  ${field("$.themes")} AS themes, CASE WHEN ${READY} THEN NULL ELSE v.data END AS raw
  FROM json_each(@ids) j CROSS JOIN Entry e ON e.id = j.value
  JOIN Organisation o ON o.id = e.organisationId
  JOIN EntryVersion v ON v.id = e.currentVersionId`;

const firsts = (rows: unknown[][]) => rows.map((r) => r[0] as string);

export const sqliteSearchStore: SearchStore = {
  engine: "sqlite",

  async facetSource(keys: FacetKey[]): Promise<FacetSource> {
    const byName = firsts(stmt(`SELECT entryId FROM EntryFacet WHERE facet = 'sort_name' ORDER BY value, entryId`).raw().all() as unknown[][]);
    const byUpdated = firsts(
      stmt(`SELECT id FROM Entry WHERE currentVersionId IS NOT NULL ORDER BY COALESCE(archivedAt, publishedAt) DESC, publicId`).raw().all() as unknown[][],
    );
    const textRows = (stmt(`SELECT rowid, entry_id FROM entry_search`).raw().all() as Array<[number, string]>).map(
      ([rowid, id]) => [Number(rowid), id] as [number, string],
    );
    // The facet rows come in primary-key order (entry, facet, value), read straight off that index: no
    // sort and no temporary table, and one row at a time. The statement starts only when the caller
    // iterates (synchronously): while it is open, the connection runs no other statement.
    const facetSql = `SELECT entryId, facet, value FROM EntryFacet WHERE facet IN (${keys.map(() => "?").join(", ")}) ORDER BY entryId, facet, value`;
    const rows = {
      [Symbol.iterator]: () =>
        stmt(facetSql)
          .raw()
          .iterate(...keys) as IterableIterator<[string, FacetKey, string]>,
    };
    return { rows, byName, byUpdated, textRows };
  },

  async textMatches(q, language, scored): Promise<TextMatches | null> {
    const match = toLanguageFtsQuery(q, language);
    if (!match) return null;
    // Scoring reads every match's column sizes and takes most of a search's time: only when ranking.
    const score = scored ? `bm25(entry_search, ${BM25_WEIGHTS})` : "0";
    const rows = stmt(`SELECT rowid, ${score} FROM entry_search WHERE entry_search MATCH ?`).raw().all(match) as Array<[number, number]>;
    return rows.map(([rowid, s]) => [Number(rowid), s]);
  },

  async suggest(q, language) {
    return suggestQuery(q, language);
  },

  async assessedEntries() {
    return stmt(`SELECT DISTINCT entryId FROM Assessment WHERE state IN ('submitted', 'concluded')`).pluck().all() as string[];
  },

  async organisationNames() {
    return stmt(`SELECT slug, name FROM Organisation`).all() as Array<{ slug: string; name: string }>;
  },

  async indexedSuppliers() {
    return stmt(`SELECT DISTINCT value FROM EntryFacet WHERE facet = 'supplier'`).pluck().all() as string[];
  },

  async summaryRows(ids, page) {
    // A path that names no key when no page language is asked for: the translated columns stay null.
    const translation = (name: string) => (page ? `$.translations.${page}.${name}` : "$.translations.none.none");
    return stmt(SUMMARY_SQL).all({ ids: JSON.stringify(ids), namePath: translation("name"), descriptionPath: translation("descriptionShort") }) as SummaryRow[];
  },

  async writeText(tx, entryId, row) {
    await tx.$executeRawUnsafe(`DELETE FROM entry_search WHERE entry_id = ?`, entryId);
    if (row)
      await tx.$executeRawUnsafe(`INSERT INTO entry_search (${SEARCH_COLUMNS.join(", ")}) VALUES (${SEARCH_COLUMNS.map(() => "?").join(", ")})`, ...row.values);
  },

  async ensureReady(opts) {
    ensureStems(opts);
  },

  // The one connection opens with the first query: only the stems to check.
  warmUp: () => sqliteSearchStore.ensureReady(),
};
