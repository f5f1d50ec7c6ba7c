/**
 * Search over the current published (or retired) version of every entry:
 * FTS5 for the words, EntryFacet rows for the filters (AND across facets, OR
 * within one), bm25 for ranking, and counts per facet value for the sidebar.
 * Everything is parameterised SQL; user text only ever reaches MATCH as a bound,
 * quoted expression built by fts-query.ts.
 */
import { entriesAwaitingAnswer } from "~/feedback/feedback-stats.server";
import { db } from "~/utils/db.server";
import { FACETS, type FacetKey } from "./facets";
import { toFtsQuery } from "./fts-query";
import type { Filters, SearchParams } from "./search-params";

// Column weights for bm25, in entry_search column order:
// entry_id, name, description, goal, organisation, supplier, tags, body.
const BM25_WEIGHTS = "0.0, 10.0, 4.0, 2.0, 3.0, 3.0, 5.0, 1.0";
const ASSESSED_STATES = ["submitted", "concluded"];

type Sql = { sql: string; params: unknown[] };

function condition(key: FacetKey, values: string[], awaitingIds: string[] | null, col = "e.id"): Sql {
  if (key === "assessment") {
    return { sql: `${col} IN (SELECT entryId FROM Assessment WHERE state IN (?, ?))`, params: values.includes("yes") ? ASSESSED_STATES : ["-", "-"] };
  }
  if (key === "feedback") {
    return { sql: `${col} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values.includes("awaiting") ? (awaitingIds ?? []) : [])] };
  }
  return { sql: `${col} IN (SELECT entryId FROM EntryFacet WHERE facet = ? AND value IN (${values.map(() => "?").join(", ")}))`, params: [key, ...values] };
}

/**
 * SQL selecting `id` of every public entry matching the text and the filters (minus `except`), or null
 * when nothing narrows the set. Every indexed entry has exactly one `state` facet row, so that row is the
 * cheapest base for the set of public entries.
 */
function matchingIds(match: string | null, filters: Filters, awaitingIds: string[] | null, except?: FacetKey): Sql | null {
  const where: string[] = [];
  const params: unknown[] = [];
  if (match) {
    where.push(`s.entryId IN (SELECT entry_id FROM entry_search WHERE entry_search MATCH ?)`);
    params.push(match);
  }
  for (const def of FACETS) {
    const values = filters[def.key];
    if (!values?.length || def.key === except) continue;
    const c = condition(def.key, values, awaitingIds, "s.entryId");
    where.push(c.sql);
    params.push(...c.params);
  }
  if (!where.length) return null;
  return { sql: `SELECT s.entryId AS id FROM EntryFacet s WHERE s.facet = 'state' AND ${where.join(" AND ")}`, params };
}

const ALL: Sql = { sql: `SELECT entryId AS id FROM EntryFacet WHERE facet = 'state'`, params: [] };

export type FacetCounts = Partial<Record<FacetKey, Array<{ value: string; count: number }>>>;

export type SearchResult = {
  total: number;
  page: number;
  pages: number;
  ids: string[];
  facets: FacetCounts;
};

const INDEXED_KEYS = FACETS.filter((f) => f.kind === "indexed").map((f) => f.key);

async function countFacets(match: string | null, filters: Filters, awaitingIds: string[] | null): Promise<FacetCounts> {
  const counts: FacetCounts = {};
  // A facet's own selection is left out of its counts, so its other values stay choosable (OR within a facet).
  const groups = new Map<FacetKey | undefined, FacetKey[]>([[undefined, []]]);
  for (const key of INDEXED_KEYS) {
    if (filters[key]?.length) groups.set(key, [key]);
    else groups.get(undefined)!.push(key);
  }
  for (const [except, keys] of groups) {
    if (!keys.length) continue;
    const m = matchingIds(match, filters, awaitingIds, except);
    // Unnarrowed, the counts come straight from the (facet, value) index.
    const rows = await db.$queryRawUnsafe<Array<{ facet: string; value: string; n: bigint | number }>>(
      `SELECT f.facet AS facet, f.value AS value, COUNT(*) AS n FROM EntryFacet f WHERE f.facet IN (${keys.map(() => "?").join(", ")})${m ? ` AND f.entryId IN (${m.sql})` : ""} GROUP BY f.facet, f.value`,
      ...keys,
      ...(m?.params ?? []),
    );
    for (const r of rows) (counts[r.facet as FacetKey] ??= []).push({ value: r.value, count: Number(r.n) });
  }
  for (const [key, value] of [["assessment", "yes"], ["feedback", "awaiting"]] as const) {
    const m = matchingIds(match, filters, awaitingIds, key) ?? ALL;
    const c = condition(key, [value], awaitingIds);
    const rows = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT COUNT(*) AS n FROM (${m.sql}) e WHERE ${c.sql}`, ...m.params, ...c.params);
    counts[key] = [{ value, count: Number(rows[0]?.n ?? 0) }];
  }
  for (const list of Object.values(counts)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return counts;
}

/** Runs a search; `withFacets: false` skips the sidebar counts (the API list does not need them). */
export async function search(params: SearchParams, opts: { withFacets?: boolean } = {}): Promise<SearchResult> {
  const match = toFtsQuery(params.q);
  const needsAwaiting = Boolean(params.filters.feedback?.length) || opts.withFacets !== false;
  const awaitingIds = needsAwaiting ? [...(await entriesAwaitingAnswer())] : null;
  const narrowed = matchingIds(match, params.filters, awaitingIds);
  const m = narrowed ?? ALL;
  const totalRows = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT COUNT(*) AS n FROM (${m.sql})`, ...m.params);
  const total = Number(totalRows[0]?.n ?? 0);
  const pages = Math.max(1, Math.ceil(total / params.perPage));
  const page = Math.min(params.page, pages);
  const offset = (page - 1) * params.perPage;

  let page_: Sql;
  if (params.sort === "relevance" && match) {
    page_ = {
      sql: `SELECT s.entry_id AS id FROM (SELECT entry_id, bm25(entry_search, ${BM25_WEIGHTS}) AS score FROM entry_search WHERE entry_search MATCH ?) s
            WHERE s.entry_id IN (${m.sql}) ORDER BY s.score, s.entry_id LIMIT ? OFFSET ?`,
      params: [match, ...m.params, params.perPage, offset],
    };
  } else if (params.sort === "updated") {
    page_ = {
      sql: `SELECT e.id AS id FROM Entry e WHERE ${narrowed ? `e.id IN (${narrowed.sql})` : "e.currentVersionId IS NOT NULL"} ORDER BY COALESCE(e.archivedAt, e.publishedAt) DESC, e.publicId LIMIT ? OFFSET ?`,
      params: [...(narrowed?.params ?? []), params.perPage, offset],
    };
  } else {
    // The published name (the Entry row's name follows the working draft).
    // The published name, from its index (the Entry row's name follows the working draft).
    page_ = {
      sql: `SELECT n.entryId AS id FROM EntryFacet n WHERE n.facet = 'sort_name'${narrowed ? ` AND n.entryId IN (${narrowed.sql})` : ""} ORDER BY n.value, n.entryId LIMIT ? OFFSET ?`,
      params: [...(narrowed?.params ?? []), params.perPage, offset],
    };
  }
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(page_.sql, ...page_.params);
  const facets = opts.withFacets === false ? {} : await countFacets(match, params.filters, awaitingIds);
  return { total, page, pages, ids: rows.map((r) => r.id), facets };
}
