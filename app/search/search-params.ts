/**
 * The search state lives in the URL: this parses it (never failing: bad values
 * fall back to defaults) and writes it back in one stable order, so every
 * result page has one shareable address.
 */
import { z } from "zod";
import { MAX_QUERY_CHARS } from "./fts-query";
import { FACET_KEYS, type FacetKey } from "./facets";

/** "relevance" without search words lists by name. */
export const SORTS = ["relevance", "name", "updated"] as const;
type Sort = (typeof SORTS)[number];
const PAGE_SIZE = 20;
const MAX_PER_PAGE = 100;
const MAX_PAGE = 10_000;

export type Filters = Partial<Record<FacetKey, string[]>>;
export type SearchParams = { q: string; sort: Sort; page: number; perPage: number; filters: Filters };

const values = z.array(z.string().trim().min(1).max(200)).max(50);
const schema = z.object({
  q: z
    .string()
    .catch("")
    .transform((s) => s.slice(0, MAX_QUERY_CHARS * 5).trim()),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .transform((n) => Math.min(n, MAX_PAGE)),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .catch(PAGE_SIZE)
    .transform((n) => Math.min(n, MAX_PER_PAGE)),
});

export function parseSearchParams(sp: URLSearchParams, opts: { allowPerPage?: boolean } = {}): SearchParams {
  const base = schema.parse({
    q: sp.get("q") ?? "",
    sort: sp.get("sort") ?? undefined,
    page: sp.get("page") ?? 1,
    per_page: opts.allowPerPage ? (sp.get("per_page") ?? PAGE_SIZE) : PAGE_SIZE,
  });
  const filters: Filters = {};
  for (const key of FACET_KEYS) {
    const parsed = values.safeParse(
      sp
        .getAll(key)
        .flatMap((v) => v.split(","))
        .filter((v) => v.trim()),
    );
    const list = parsed.success ? [...new Set(parsed.data)] : [];
    if (list.length) filters[key] = list.sort();
  }
  return { q: base.q, sort: base.sort ?? "relevance", page: base.page, perPage: base.per_page, filters };
}

/** A query string for these parameters (defaults left out), with optional changes. */
export function toQueryString(params: SearchParams, changes: Partial<SearchParams> = {}, opts: { perPage?: boolean } = {}): string {
  const p = { ...params, ...changes };
  const out = new URLSearchParams();
  if (p.q) out.set("q", p.q);
  for (const key of FACET_KEYS) for (const v of p.filters[key] ?? []) out.append(key, v);
  if (p.sort !== "relevance") out.set("sort", p.sort);
  if (opts.perPage && p.perPage !== PAGE_SIZE) out.set("per_page", String(p.perPage));
  if (p.page > 1) out.set("page", String(p.page));
  const s = out.toString();
  return s ? `?${s}` : "";
}
