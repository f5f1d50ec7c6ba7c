/** The SearchStore of the engine the register runs on (see search-store.ts). */
import { databaseEngine } from "~/utils/db.server";
import { pgSearchStore } from "./postgresql/pg-search-store.server";
import type { SearchStore } from "./search-store";
import { sqliteSearchStore } from "./sqlite/sqlite-search-store.server";

export function searchStore(): SearchStore {
  return databaseEngine() === "postgresql" ? pgSearchStore : sqliteSearchStore;
}

/** At start-up, before listening: derived search data brought up to date; a database not yet migrated is left to the first search. */
export async function prepareSearchAtStart(): Promise<void> {
  try {
    await searchStore().ensureReady({ recheck: true });
  } catch (error) {
    console.error("Search data not prepared at start-up:", error instanceof Error ? error.message : error);
  }
}
