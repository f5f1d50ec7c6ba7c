/**
 * Search over the current published (or retired) version of every entry:
 * the engine's full-text search for the words (a SearchStore, search-store.ts: FTS5 and bm25 on
 * SQLite), EntryFacet rows for the filters (AND across facets, OR within one), and counts per
 * facet value for the sidebar.
 *
 * Filters and counts run over the in-memory facet index (facet-index.server.ts):
 * each candidate is checked against every filter once; matches (failing none)
 * count for every facet, and an entry failing exactly one filter counts for that
 * facet only, so a facet's other values stay choosable (OR within a facet).
 */
import { LRUCache } from "lru-cache";
import { setting } from "~/config/settings.mjs";
import { entriesAwaitingAnswer } from "~/feedback/feedback-stats.server";
import { dataVersion } from "~/utils/data-version.mjs";
import { facetIndex, type FacetIndex } from "./facet-index.server";
import { FACET_KEYS, FACETS, type FacetKey } from "./facets";
import { cachedByData } from "./read-db.server";
import type { SearchParams } from "./search-params";
import { FEW_MATCHES } from "./search-store";
import { searchStore } from "./search-store.server";
import type { StemLanguage } from "./stemming";

export type FacetCounts = Partial<Record<FacetKey, Array<{ value: string; count: number }>>>;

export type SearchResult = {
  total: number;
  page: number;
  pages: number;
  ids: string[];
  facets: FacetCounts;
  /** Corrected words to offer as "Did you mean …?" when the words found (almost) nothing. */
  suggestion: string | null;
};

type Derived = "assessment" | "feedback";
const DERIVED: Record<Derived, string> = { assessment: "yes", feedback: "awaiting" };

/** The entries with a published question awaiting an answer; changes only with the data. */
function awaitingAnswer(): Promise<Set<string>> {
  return cachedByData("search:awaiting", () => entriesAwaitingAnswer());
}

/** Entries with a submitted or concluded impact assessment (few; read again on any write). */
function assessedEntries(): Promise<Set<string>> {
  return cachedByData("search:assessed", async () => new Set(await searchStore().assessedEntries()));
}

type TextMatches = { entries: Int32Array; rows: Float64Array; scores: Float64Array };

/**
 * The matches of recent words. A visitor who searched goes on with the same words: a filter, another
 * page, another order; only the matching is the same each time, and on PostgreSQL it is the dearest
 * step for a common word (about 20 ms for a word in a fifth of 50,000 entries). Kept per facet index
 * (rows are numbered by it) and per data version, so any write in any process drops them, as it drops
 * the page cache. Bounded by SEARCH_CACHE_ROWS matching entries.
 */
const recentMatches = new WeakMap<FacetIndex, { version: string; cache: LRUCache<string, TextMatches> }>();

function recentMatchesOf(index: FacetIndex): LRUCache<string, TextMatches> | null {
  const maxSize = setting("SEARCH_CACHE_ROWS");
  if (!maxSize) return null;
  const version = dataVersion(); // read before matching: a write meanwhile drops what this search keeps
  let kept = recentMatches.get(index);
  if (!kept || kept.version !== version || kept.cache.maxSize !== maxSize) {
    kept = { version, cache: new LRUCache<string, TextMatches>({ maxSize, sizeCalculation: (m) => Math.max(1, m.entries.length) }) };
    recentMatches.set(index, kept);
  }
  return kept.cache;
}

/**
 * Entry numbers matching the words, with their score (lower is better) when ranking by relevance;
 * null when nothing searchable is left of the words. Not to be changed by the caller: kept for the
 * next search with the same words.
 */
async function textMatches(index: FacetIndex, params: SearchParams, language: StemLanguage | undefined, scored: boolean): Promise<TextMatches | null> {
  const cache = recentMatchesOf(index);
  const key = (withScores: boolean) => `${withScores ? "scored" : "unscored"}|${language ?? ""}|${params.q}`;
  // Scored matches serve an unscored search as well (the scores go unread).
  const kept = cache?.get(key(scored)) ?? (scored ? undefined : cache?.get(key(true)));
  if (kept) return kept;
  const rows = await searchStore().textMatches(params.q, language, scored);
  if (!rows) return null;
  const entries = new Int32Array(rows.length);
  const textRows = new Float64Array(rows.length);
  const scores = new Float64Array(rows.length);
  let n = 0;
  for (const [rowid, score] of rows) {
    const row = Number(rowid);
    const i = index.byTextRow[row] ?? -1;
    if (i >= 0) {
      entries[n] = i;
      textRows[n] = row;
      scores[n++] = score;
    }
  }
  const matches = { entries: entries.subarray(0, n), rows: textRows.subarray(0, n), scores: scores.subarray(0, n) };
  cache?.set(key(scored), matches);
  return matches;
}

type Filter = { bit: number; accepts: (entry: number) => boolean };

/**
 * The selected filters, numbered by bit in FACETS order: `bitOfValue` gives each selected value's
 * bit and `bitOfFacet` each filtered facet's (both -1 elsewhere), as arrays for the hot loop.
 */
function filtersOf(index: FacetIndex, params: SearchParams, awaiting: Set<string>, assessed: Set<string>) {
  const bitOfValue = new Int8Array(index.facetOf.length).fill(-1);
  const bitOfFacet = new Int8Array(FACETS.length).fill(-1);
  const derived: Filter[] = [];
  let count = 0;
  FACETS.forEach((def, facetNo) => {
    const selected = params.filters[def.key];
    if (!selected?.length) return;
    const bit = count++;
    bitOfFacet[facetNo] = bit;
    if (def.kind === "derived") {
      const wanted = selected.includes(DERIVED[def.key as Derived]);
      const set = def.key === "assessment" ? assessed : awaiting;
      derived.push({ bit, accepts: (e) => wanted && set.has(index.ids[e]) });
      return;
    }
    for (const value of selected) {
      const no = index.valueNo.get(`${def.key}\u001f${value}`);
      if (no !== undefined) bitOfValue[no] = bit; // values unknown to the index match nothing
    }
  });
  return { bitOfValue, bitOfFacet, derived, count };
}

function countsFrom(index: FacetIndex, perValue: Int32Array, derived: Record<Derived, number>): FacetCounts {
  const counts: FacetCounts = {};
  perValue.forEach((n, no) => {
    if (n > 0) (counts[index.facetOf[no]] ??= []).push({ value: index.valueOf[no], count: n });
  });
  for (const key of ["assessment", "feedback"] as const) counts[key] = [{ value: DERIVED[key], count: derived[key] }];
  for (const list of Object.values(counts)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return counts;
}

const copy = (counts: FacetCounts): FacetCounts => Object.fromEntries(Object.entries(counts).map(([k, list]) => [k, list.map((c) => ({ ...c }))]));

/** Counts over the whole register: they depend only on the data. */
function unfilteredCounts(index: FacetIndex, awaiting: Set<string>, assessed: Set<string>): FacetCounts {
  return cachedByData("search:unfiltered-counts", () => {
    const perValue = new Int32Array(index.facetOf.length);
    for (const no of index.values) perValue[no]++;
    const count = (set: Set<string>) => index.ids.filter((id) => set.has(id)).length;
    return countsFrom(index, perValue, { assessment: count(assessed), feedback: count(awaiting) });
  });
}

/**
 * Runs a search; `withFacets: false` skips the sidebar counts (the API list does not need them).
 * `language` is the visitor's: words are stemmed in every language, the visitor's first.
 */
export async function search(params: SearchParams, opts: { withFacets?: boolean; language?: StemLanguage } = {}): Promise<SearchResult> {
  const withFacets = opts.withFacets !== false;
  const awaiting = await awaitingAnswer();
  const store = searchStore();
  const index = await facetIndex();
  const assessed = await assessedEntries();
  await store.ensureReady();
  const byRelevance = params.sort === "relevance";
  // Where scoring costs more than matching, only the matches the filters keep are scored (below).
  const scoreLater = byRelevance && store.rankRows !== undefined;
  const text = await textMatches(index, params, opts.language, byRelevance && !scoreLater);
  const { bitOfValue, bitOfFacet, derived, count } = filtersOf(index, params, awaiting, assessed);
  const all = (1 << count) - 1;
  const candidateCount = text ? text.entries.length : index.ids.length;

  const matched: number[] = [];
  const matchedCandidates: number[] = [];
  const perValue = withFacets ? new Int32Array(index.facetOf.length) : null;
  const derivedCounts = { assessment: 0, feedback: 0 };
  const derivedBits = (["assessment", "feedback"] as const).map((key) => ({
    key,
    bit: bitOfFacet[FACET_KEYS.indexOf(key)],
    set: key === "assessment" ? assessed : awaiting,
  }));
  const { offsets, values, facetNoOf } = index;
  const unfiltered = !text && !count;
  for (let c = 0; c < (unfiltered ? 0 : candidateCount); c++) {
    const e = text ? text.entries[c] : c;
    let passed = 0;
    if (count) {
      for (let r = offsets[e]; r < offsets[e + 1]; r++) {
        const bit = bitOfValue[values[r]];
        if (bit >= 0) passed |= 1 << bit;
      }
      for (const f of derived) if (f.accepts(e)) passed |= 1 << f.bit;
    }
    const failed = all & ~passed;
    if (failed === 0) {
      matched.push(e);
      matchedCandidates.push(c);
    }
    if (!perValue || (failed & (failed - 1)) !== 0) continue; // fails two or more filters: counts nowhere
    // Failing exactly one filter, the entry counts only for that filter's facet.
    const only = failed === 0 ? -1 : 31 - Math.clz32(failed);
    for (let r = offsets[e]; r < offsets[e + 1]; r++) {
      const no = values[r];
      if (only === -1 || bitOfFacet[facetNoOf[no]] === only) perValue[no]++;
    }
    for (const d of derivedBits) {
      if (only !== -1 && d.bit !== only) continue;
      if (d.set.has(index.ids[e])) derivedCounts[d.key]++;
    }
  }

  const total = unfiltered ? index.ids.length : matched.length;
  const pages = Math.max(1, Math.ceil(total / params.perPage));
  const page = Math.min(params.page, pages);
  const offset = (page - 1) * params.perPage;
  let order: ArrayLike<number>;
  if (byRelevance && text) {
    let scoreOf = text.scores;
    if (scoreLater && matchedCandidates.length > 1) {
      const scores = await store.rankRows!(
        params.q,
        opts.language,
        matchedCandidates.map((c) => text.rows[c]),
      );
      scoreOf = new Float64Array(text.scores.length);
      matchedCandidates.forEach((c, i) => (scoreOf[c] = scores[i]));
    }
    order = matchedCandidates
      .sort((a, b) => scoreOf[a] - scoreOf[b] || (index.ids[text.entries[a]] < index.ids[text.entries[b]] ? -1 : 1))
      .map((c) => text.entries[c]);
  } else {
    const byUpdated = params.sort === "updated";
    const rank = byUpdated ? index.updatedRank : index.nameRank;
    order = unfiltered ? (byUpdated ? index.byUpdated : index.byName) : matched.sort((a, b) => rank[a] - rank[b]);
  }
  const ids = Array.from(Array.prototype.slice.call(order, offset, offset + params.perPage) as number[], (e) => index.ids[e]);

  let facets: FacetCounts = {};
  if (perValue) facets = unfiltered ? copy(unfilteredCounts(index, awaiting, assessed)) : countsFrom(index, perValue, derivedCounts);
  const suggestion = text && text.entries.length < FEW_MATCHES ? await store.suggest(params.q, opts.language) : null;
  return { total, page, pages, ids, facets, suggestion };
}
