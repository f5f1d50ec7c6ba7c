import { parseSearchParams } from "~/search/search-params";
import { search } from "~/search/search.server";

/** Ids of the public entries whose full-text row holds `words`, through the engine's own search. */
export async function searchHits(words: string): Promise<string[]> {
  return (await search(parseSearchParams(new URLSearchParams({ q: words })), { withFacets: false })).ids;
}
