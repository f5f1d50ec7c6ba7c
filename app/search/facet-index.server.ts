/**
 * An in-memory copy of the EntryFacet rows of the public entries, as integer arrays: entry → its
 * facet values, plus the name and last-change orders. Filtering and counting a set of candidates
 * then walks a few small arrays instead of a B-tree lookup per entry and facet. It depends only on
 * the data, so it is built once per change of the index (see cachedByData) — one to two seconds at
 * 50,000 entries on a small machine: before the server listens (warm-up.server.ts), and again by the
 * first search after a publication or import. Each build is logged with its duration.
 */
import { FACET_KEYS, FACETS, type FacetKey } from "./facets";
import { cachedByData, forgetCached } from "./read-db.server";
import { searchStore } from "./search-store.server";

export const INDEXED_KEYS = FACETS.filter((f) => f.kind === "indexed").map((f) => f.key);
const NONE = 0x7fffffff;

export type FacetIndex = {
  /** Entry.id of each indexed entry (every entry with a `state` row). */
  ids: string[];
  indexOf: Map<string, number>;
  /** Value number → its facet and value; `facetNoOf` is the facet's position in FACETS. */
  facetOf: FacetKey[];
  facetNoOf: Int8Array;
  valueOf: string[];
  /** `${facet}\u001f${value}` → value number. */
  valueNo: Map<string, number>;
  /** Entry i's value numbers are values[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  values: Int32Array;
  /** Position of each entry by published name / by last change (newest first). */
  nameRank: Int32Array;
  updatedRank: Int32Array;
  byName: Int32Array;
  byUpdated: Int32Array;
  /** Full-text row number → entry number (-1 for none), so a text search need not read the stored entry ids. */
  byTextRow: Int32Array;
};

function orderOf(index: FacetIndex["indexOf"], count: number, orderedIds: string[]) {
  const rank = new Int32Array(count).fill(NONE);
  let next = 0;
  for (const id of orderedIds) {
    const i = index.get(id);
    if (i !== undefined && rank[i] === NONE) rank[i] = next++;
  }
  for (let i = 0; i < count; i++) if (rank[i] === NONE) rank[i] = next++;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[rank[i]] = i;
  return { rank, order };
}

// The unit separator: never part of a facet name or value.
const UNIT = "\u001f";

async function build(): Promise<FacetIndex> {
  const started = performance.now();
  const index = await readIndex();
  console.log(`Built the facet index: ${index.ids.length} entries in ${Math.round(performance.now() - started)} ms`);
  return index;
}

async function readIndex(): Promise<FacetIndex> {
  // Rows come ordered by entry, facet, value, one at a time. Every indexed entry has a `state` row,
  // so these are exactly the public entries.
  const { rows, byName: names, byUpdated: updated, textRows } = await searchStore().facetSource(INDEXED_KEYS);
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const facetOf: FacetKey[] = [];
  const valueOf: string[] = [];
  const valueNo = new Map<string, number>();
  const starts: number[] = [];
  const list: number[] = [];
  let current: string | undefined;
  for (const [entryId, facet, value] of rows) {
    if (entryId !== current) {
      current = entryId;
      starts.push(list.length);
      indexOf.set(entryId, ids.length);
      ids.push(entryId);
    }
    const pair = `${facet}${UNIT}${value}`;
    let no = valueNo.get(pair);
    if (no === undefined) {
      no = facetOf.length;
      valueNo.set(pair, no);
      facetOf.push(facet);
      valueOf.push(value);
    }
    list.push(no);
  }
  const offsets = Int32Array.from([...starts, list.length]);
  const values = Int32Array.from(list);
  const byName = orderOf(indexOf, ids.length, names);
  const byUpdated = orderOf(indexOf, ids.length, updated);
  const byTextRow = new Int32Array(textRows.reduce((max, [rowid]) => Math.max(max, Number(rowid)), 0) + 1).fill(-1);
  for (const [rowid, id] of textRows) {
    const i = indexOf.get(id);
    if (i !== undefined) byTextRow[Number(rowid)] = i;
  }
  const facetNoOf = Int8Array.from(facetOf, (key) => FACET_KEYS.indexOf(key));
  return {
    byTextRow,
    ids,
    indexOf,
    facetOf,
    facetNoOf,
    valueOf,
    valueNo,
    offsets,
    values,
    nameRank: byName.rank,
    updatedRank: byUpdated.rank,
    byName: byName.order,
    byUpdated: byUpdated.order,
  };
}

export function facetIndex(): Promise<FacetIndex> {
  const built = cachedByData("search:facet-index", build, "indexed");
  // A failed build is not kept: the next search tries again.
  built.catch(() => forgetCached("search:facet-index", built));
  return built;
}
