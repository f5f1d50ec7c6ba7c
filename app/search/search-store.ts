/**
 * What search needs from the database, one implementation per engine (issue 20): the rest of the
 * app (search.server.ts, the facet index, result summaries, indexing on publish) asks a SearchStore
 * and does not know which engine answers. The SQLite store uses FTS5 (app/search/sqlite/); filtering,
 * counting and ordering run in memory over the facet index on every engine (facet-index.server.ts).
 */
import type { db } from "~/utils/db.server";
import type { FacetKey } from "./facets";
import type { StemLanguage } from "./stemming";

/** A word with fewer matches than this may be a typo: search then asks for a suggestion. */
export const FEW_MATCHES = 3;

/** The rows the in-memory facet index is built from. */
export type FacetSource = {
  /** (entry id, facet, value) of the indexed facets, ordered by entry id, facet, value. */
  rows: Iterable<[string, FacetKey, string]>;
  /** Entry ids by published name (the `sort_name` facet), then id. */
  byName: string[];
  /** Entry ids by last change, newest first, then public id. */
  byUpdated: string[];
  /** (text row number, entry id) of each full-text row: textMatches answers in text row numbers. */
  textRows: Array<[number, string]>;
};

/** The full-text rows matching a query: row numbers and, when scored, a score per row (lower is better). */
export type TextMatches = Array<[row: number, score: number]>;

/** The fields of one entry's current version a result list shows (entry-summaries.server.ts). */
export type SummaryRow = {
  id: string;
  publicId: string;
  state: string;
  orgSlug: string;
  orgName: string;
  number: number;
  publishedAt: string | number | Date;
  name: unknown;
  descriptionShort: unknown;
  language: unknown;
  nameTranslated: unknown;
  descriptionTranslated: unknown;
  category: unknown;
  lifecycle: unknown;
  /** The themes as JSON text. */
  themes: string | null;
  schemaVersion: number | null;
  /** The whole document, only when the database cannot take the fields from it (an older schema, or not a JSON object). */
  raw: string | null;
};

/** The transaction an entry is (re-)indexed in. */
export type IndexTx = Pick<typeof db, "entryFacet" | "$executeRawUnsafe" | "entry">;

/** The full-text columns of an entry, in this order (indexing.server.ts builds them). */
export const SEARCH_COLUMNS = ["entry_id", "name", "description", "goal", "organisation", "supplier", "tags", "body", "stem_nl", "stem_en"] as const;
/** An entry's full-text row: values in SEARCH_COLUMNS order, and its words unstemmed per language. */
export type SearchRow = { values: string[]; words: Record<StemLanguage, string> };

export interface SearchStore {
  readonly engine: "sqlite" | "postgresql";
  /** Rows for the facet index. */
  facetSource(keys: FacetKey[]): Promise<FacetSource>;
  /**
   * The full-text rows matching a visitor's words (every word, the last as a prefix, stemmed in every
   * language, the visitor's first); null when nothing searchable is left of the words.
   */
  textMatches(q: string, language: StemLanguage | undefined, scored: boolean): Promise<TextMatches | null>;
  /**
   * Scores (lower is better) of `rows`, some of the rows textMatches found, in their order. Only on an
   * engine where scoring a match costs more than finding it (PostgreSQL reads the document again):
   * search then asks textMatches for no scores and scores only the matches its filters keep. Absent
   * where textMatches scores at no extra cost (SQLite's bm25).
   */
  rankRows?(q: string, language: StemLanguage | undefined, rows: number[]): Promise<number[]>;
  /** "Did you mean …?": the words with doubtful ones corrected, or null. */
  suggest(q: string, language: StemLanguage | undefined): Promise<string | null>;
  /** Entries with a submitted or concluded impact assessment. */
  assessedEntries(): Promise<string[]>;
  /** Slugs and names of every organisation. */
  organisationNames(): Promise<Array<{ slug: string; name: string }>>;
  /** Supplier ids some public entry names. */
  indexedSuppliers(): Promise<string[]>;
  /** Result-list fields of the current version of `ids` (any order); `page` asks for that language's translations. */
  summaryRows(ids: string[], page: string | undefined): Promise<SummaryRow[]>;
  /** Replaces an entry's full-text row, or removes it (`row` null). */
  writeText(tx: IndexTx, entryId: string, row: SearchRow | null): Promise<void>;
  /** Brings derived search data up to date (stems of rows indexed before stemming); cheap once done. */
  ensureReady(opts?: { recheck?: boolean }): Promise<void>;
  /** Opens at start-up what the first searches would otherwise open and load (the server's warm-up). */
  warmUp(): Promise<void>;
}
