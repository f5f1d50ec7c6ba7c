/**
 * Work a search would otherwise do on its first request, done when the server loads the build —
 * before it listens — so no visitor waits for it: the facet index (one to two seconds at 50,000
 * entries) and the engine's own (SearchStore.warmUp: on PostgreSQL the search connections). Without
 * a database yet (a fresh install before migrating) there is nothing to build; the first search
 * builds it then.
 */
import { databaseWatched } from "~/utils/db.server";
import { facetIndex } from "./facet-index.server";
import { searchStore } from "./search-store.server";

export async function warmUpSearch(): Promise<void> {
  try {
    await databaseWatched();
    await facetIndex();
    await searchStore().warmUp();
  } catch (error) {
    console.warn(`Search warm-up skipped: ${error instanceof Error ? error.message : String(error)}`);
  }
}
