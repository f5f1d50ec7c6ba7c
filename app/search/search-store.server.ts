/** The SearchStore of the engine the register runs on (see search-store.ts). */
import { databaseUrl } from "~/utils/db.server";
import type { SearchStore } from "./search-store";
import { sqliteSearchStore } from "./sqlite/sqlite-search-store.server";

export function searchStore(): SearchStore {
  const url = databaseUrl();
  if (url.startsWith("file:")) return sqliteSearchStore;
  throw new Error(`No search store for the database at ${url.replace(/\/\/[^@]*@/, "//")}`);
}

/** At start-up, before listening: derived search data brought up to date; a database not yet migrated is left to the first search. */
export async function prepareSearchAtStart(): Promise<void> {
  try {
    await searchStore().ensureReady({ recheck: true });
  } catch (error) {
    console.error("Search data not prepared at start-up:", error instanceof Error ? error.message : error);
  }
}
