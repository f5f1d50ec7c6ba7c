/**
 * Which entries the public "your data" views read: those with a public version that is not
 * retired. An entry being edited after publication (state "draft" again) keeps its public
 * version, so we filter on the version pointer, never on the working draft.
 */
import type { Prisma } from "~/generated/prisma/client";

export const PUBLIC_ENTRY: Prisma.EntryWhereInput = { currentVersionId: { not: null }, state: { not: "archived" } };

export const DATA_FACETS = ["data_category", "life_event", "theme"] as const;

type FacetRow = { facet: string; value: string };

/** The data categories, life events and themes of one entry, from its facet rows. */
export function facetSets(rows: readonly FacetRow[]) {
  const of = (facet: string) => rows.filter((r) => r.facet === facet).map((r) => r.value);
  return { categories: of("data_category"), lifeEvents: of("life_event"), themes: of("theme") };
}
