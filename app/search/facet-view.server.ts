/** Facet counts turned into what the sidebar shows: labelled options, checked ones kept even at zero. */
import { supplierLabels } from "~/procurement/suppliers.server";
import { cachedByData } from "./read-db.server";
import { searchStore } from "./search-store.server";
import type { Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { FACETS, facetLabels, type FacetKey } from "./facets";
import type { FacetCounts } from "./search.server";
import type { Filters } from "./search-params";

type FacetOption = { value: string; label: string; count: number; checked: boolean };
/** `hidden`: options left out because the facet has more than MAX_FACET_OPTIONS (the page links to the full list). */
export type FacetView = { key: FacetKey; label: string; options: FacetOption[]; hidden: number };

/** Long facets (500 organisations) show their largest options, plus every checked one. */
export const MAX_FACET_OPTIONS = 20;

function limitOptions(options: FacetOption[]): { options: FacetOption[]; hidden: number } {
  if (options.length <= MAX_FACET_OPTIONS) return { options, hidden: 0 };
  const top = new Set([...options].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, MAX_FACET_OPTIONS));
  const kept = options.filter((o) => o.checked || top.has(o));
  return { options: kept, hidden: options.length - kept.length };
}

/** Names of every organisation by slug: small, and it changes only with the data. */
function organisationLabels(): Promise<Record<string, string>> {
  return cachedByData("facets:organisations", async () => Object.fromEntries((await searchStore().organisationNames()).map((r) => [r.slug, r.name])));
}

/** Names of every supplier some public entry names (the values the supplier facet can have). */
function indexedSupplierLabels(language: Language): Promise<Record<string, string>> {
  return cachedByData(`facets:suppliers:${language}`, async () => supplierLabels(await searchStore().indexedSuppliers(), language));
}

/** The sidebar in a language: facet names from the catalogue, value labels from the vocabularies. */
export async function facetViews(counts: FacetCounts, filters: Filters, language: Language = "en"): Promise<FacetView[]> {
  const names = textFor(language).discovery.facets;
  const orgs = await organisationLabels();
  const suppliers = await indexedSupplierLabels(language);
  const dynamic: Partial<Record<FacetKey, Record<string, string>>> = { organisation: orgs, supplier: suppliers };
  return FACETS.map((def) => {
    const labels = def.labels ? facetLabels(def.key, language) : (dynamic[def.key] ?? {});
    const selected = new Set(filters[def.key] ?? []);
    const options: FacetOption[] = (counts[def.key] ?? [])
      .filter((c) => c.count > 0 || selected.has(c.value))
      .map((c) => ({ value: c.value, label: labels[c.value] ?? c.value, count: c.count, checked: selected.has(c.value) }));
    for (const value of selected) {
      if (!options.some((o) => o.value === value)) options.push({ value, label: labels[value] ?? value, count: 0, checked: true });
    }
    return { key: def.key, label: names[def.key], ...limitOptions(options) };
  }).filter((f) => f.options.length > 0);
}
