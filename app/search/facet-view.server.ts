/** Facet counts turned into what the sidebar shows: labelled options, checked ones kept even at zero. */
import { supplierLabels } from "~/procurement/suppliers.server";
import { db } from "~/utils/db.server";
import { FACETS, type FacetKey } from "./facets";
import type { FacetCounts } from "./search.server";
import type { Filters } from "./search-params";

export type FacetOption = { value: string; label: string; count: number; checked: boolean };
export type FacetView = { key: FacetKey; label: string; options: FacetOption[] };

async function organisationLabels(slugs: string[]) {
  if (!slugs.length) return {};
  const rows = await db.organisation.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
  return Object.fromEntries(rows.map((r) => [r.slug, r.name]));
}

export async function facetViews(counts: FacetCounts, filters: Filters): Promise<FacetView[]> {
  const valuesOf = (key: FacetKey) => [...new Set([...(counts[key] ?? []).map((c) => c.value), ...(filters[key] ?? [])])];
  const [orgs, suppliers] = await Promise.all([organisationLabels(valuesOf("organisation")), supplierLabels(valuesOf("supplier"))]);
  const dynamic: Partial<Record<FacetKey, Record<string, string>>> = { organisation: orgs, supplier: suppliers };
  return FACETS.map((def) => {
    const labels = def.labels ?? dynamic[def.key] ?? {};
    const selected = new Set(filters[def.key] ?? []);
    const options: FacetOption[] = (counts[def.key] ?? [])
      .filter((c) => c.count > 0 || selected.has(c.value))
      .map((c) => ({ value: c.value, label: labels[c.value] ?? c.value, count: c.count, checked: selected.has(c.value) }));
    for (const value of selected) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: labels[value] ?? value, count: 0, checked: true });
    }
    return { key: def.key, label: def.label, options };
  }).filter((f) => f.options.length > 0);
}
