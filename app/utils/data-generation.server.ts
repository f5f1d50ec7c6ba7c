/**
 * A value that changes on every state change, so caches of public pages know when to drop what
 * they hold: a counter moved by recordAudit (every change in this process), combined with SQLite's
 * `data_version`, which moves when any other connection or process (the import CLI) commits. Kept
 * on globalThis (see page-cache-rule.mjs) because server.mjs, which keeps the HTML cache, cannot
 * import app modules.
 */
import type { Statement } from "better-sqlite3";
import { bulkReader } from "~/exports/bulk-read.server";
import { advanceDataGeneration, currentDataGeneration, registerDatabaseChanges } from "./page-cache-rule.mjs";

let probe: { db: unknown; statement: Statement } | undefined;

function databaseChanges(): number {
  try {
    const db = bulkReader();
    if (probe?.db !== db) probe = { db, statement: db.prepare("PRAGMA data_version").pluck() };
    return Number(probe.statement.get());
  } catch {
    return 0; // no database yet: nothing to cache against
  }
}

registerDatabaseChanges(databaseChanges);

export const dataGeneration = (): string => currentDataGeneration();

export const bumpDataGeneration = (): string => advanceDataGeneration();
