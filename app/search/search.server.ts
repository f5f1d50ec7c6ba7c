/**
 * Search over the current published (or retired) version of every entry:
 * FTS5 for the words, EntryFacet rows for the filters (AND across facets, OR
 * within one), bm25 for ranking, and counts per facet value for the sidebar.
 * User text only ever reaches MATCH as a bound, quoted expression built by fts-query.ts.
 *
 * Filters and counts run over the in-memory facet index (facet-index.server.ts):
 * each candidate is checked against every filter once; matches (failing none)
 * count for every facet, and an entry failing exactly one filter counts for that
 * facet only, so a facet's other values stay choosable (OR within a facet).
 */
import { entriesAwaitingAnswer } from "~/feedback/feedback-stats.server";
import { facetIndex, type FacetIndex } from "./facet-index.server";
import { FACETS, type FacetKey } from "./facets";
import { toFtsQuery } from "./fts-query";
import { cachedByData, stmt } from "./read-db.server";
import type { SearchParams } from "./search-params";

// Column weights for bm25, in entry_search column order:
// entry_id, name, description, goal, organisation, supplier, tags, body.
const BM25_WEIGHTS = "0.0, 10.0, 4.0, 2.0, 3.0, 3.0, 5.0, 1.0";

export type FacetCounts = Partial<Record<FacetKey, Array<{ value: string; count: number }>>>;

export type SearchResult = {
  total: number;
  page: number;
  pages: number;
  ids: string[];
  facets: FacetCounts;
};

type Derived = "assessment" | "feedback";
const DERIVED: Record<Derived, string> = { assessment: "yes", feedback: "awaiting" };

/** The entries with a published question awaiting an answer; changes only with the data. */
function awaitingAnswer(): Promise<Set<string>> {
  return cachedByData("search:awaiting", () => entriesAwaitingAnswer());
}

/** Entries with a submitted or concluded impact assessment (few; read again on any write). */
function assessedEntries(): Set<string> {
  return cachedByData("search:assessed", () => new Set(stmt(`SELECT DISTINCT entryId FROM Assessment WHERE state IN ('submitted', 'concluded')`).pluck().all() as string[]));
}

/** Entry numbers matching the words, with their bm25 score (lower is better). */
function textMatches(index: FacetIndex, match: string): { entries: Int32Array; scores: Float64Array } {
  const rows = stmt(`SELECT rowid, bm25(entry_search, ${BM25_WEIGHTS}) FROM entry_search WHERE entry_search MATCH ?`).raw().all(match) as Array<[number, number]>;
  const entries: number[] = [];
  const scores: number[] = [];
  for (const [rowid, score] of rows) {
    const i = index.byTextRow.get(Number(rowid));
    if (i !== undefined) {
      entries.push(i);
      scores.push(score);
    }
  }
  return { entries: Int32Array.from(entries), scores: Float64Array.from(scores) };
}

type Filter = { key: FacetKey; bit: number; accepts: (entry: number) => boolean };

function filtersOf(index: FacetIndex, params: SearchParams, awaiting: Set<string>, assessed: Set<string>): { indexed: Map<number, number>; derived: Filter[]; keys: FacetKey[] } {
  // value number → bit of its facet; values unknown to the index match nothing
  const indexed = new Map<number, number>();
  const derived: Filter[] = [];
  const keys: FacetKey[] = [];
  for (const def of FACETS) {
    const selected = params.filters[def.key];
    if (!selected?.length) continue;
    const bit = keys.length;
    keys.push(def.key);
    if (def.kind === "derived") {
      const wanted = selected.includes(DERIVED[def.key as Derived]);
      derived.push({
        key: def.key,
        bit,
        accepts: def.key === "assessment" ? (e) => wanted && assessed.has(index.ids[e]) : (e) => wanted && awaiting.has(index.ids[e]),
      });
      continue;
    }
    for (const value of selected) {
      const no = index.valueNo.get(`${def.key}\u001f${value}`);
      if (no !== undefined) indexed.set(no, bit);
    }
  }
  return { indexed, derived, keys };
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

/** Runs a search; `withFacets: false` skips the sidebar counts (the API list does not need them). */
export async function search(params: SearchParams, opts: { withFacets?: boolean } = {}): Promise<SearchResult> {
  const withFacets = opts.withFacets !== false;
  const awaiting = await awaitingAnswer();
  const index = facetIndex();
  const assessed = assessedEntries();
  const match = toFtsQuery(params.q);
  const { indexed, derived, keys } = filtersOf(index, params, awaiting, assessed);
  const all = (1 << keys.length) - 1;
  const text = match ? textMatches(index, match) : null;
  const candidateCount = text ? text.entries.length : index.ids.length;
  const entryAt = (c: number) => (text ? text.entries[c] : c);

  const matched: number[] = [];
  const matchedCandidates: number[] = [];
  const perValue = withFacets ? new Int32Array(index.facetOf.length) : null;
  const derivedCounts = { assessment: 0, feedback: 0 };
  const keyBit = new Map(keys.map((k, bit) => [k, bit]));
  const { offsets, values, facetOf } = index;
  const unfiltered = !match && !keys.length;
  for (let c = 0; c < (unfiltered ? 0 : candidateCount); c++) {
    const e = entryAt(c);
    let passed = 0;
    if (keys.length) {
      for (let r = offsets[e]; r < offsets[e + 1]; r++) {
        const bit = indexed.get(values[r]);
        if (bit !== undefined) passed |= 1 << bit;
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
      if (only === -1 || keyBit.get(facetOf[no]) === only) perValue[no]++;
    }
    for (const key of ["assessment", "feedback"] as const) {
      if (only !== -1 && keyBit.get(key) !== only) continue;
      if ((key === "assessment" ? assessed : awaiting).has(index.ids[e])) derivedCounts[key]++;
    }
  }

  const total = unfiltered ? index.ids.length : matched.length;
  const pages = Math.max(1, Math.ceil(total / params.perPage));
  const page = Math.min(params.page, pages);
  const offset = (page - 1) * params.perPage;
  let order: ArrayLike<number>;
  if (params.sort === "relevance" && text) {
    order = matchedCandidates
      .sort((a, b) => text.scores[a] - text.scores[b] || (index.ids[text.entries[a]] < index.ids[text.entries[b]] ? -1 : 1))
      .map((c) => text.entries[c]);
  } else {
    const byUpdated = params.sort === "updated";
    const rank = byUpdated ? index.updatedRank : index.nameRank;
    order = unfiltered ? (byUpdated ? index.byUpdated : index.byName) : matched.sort((a, b) => rank[a] - rank[b]);
  }
  const ids = Array.from(Array.prototype.slice.call(order, offset, offset + params.perPage) as number[], (e) => index.ids[e]);

  let facets: FacetCounts = {};
  if (perValue) facets = unfiltered ? copy(unfilteredCounts(index, awaiting, assessed)) : countsFrom(index, perValue, derivedCounts);
  return { total, page, pages, ids, facets };
}
