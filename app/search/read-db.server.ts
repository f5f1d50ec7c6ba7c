/**
 * One plain better-sqlite3 connection per process (and per DATABASE_URL) for the hot, read-only
 * search queries: they run synchronously without Prisma's per-row conversion. Writes stay on Prisma.
 * Also a cache for values that depend only on the data, dropped when the data changes.
 */
import Database from "better-sqlite3";
import { dataGeneration } from "~/utils/data-generation.server";
import { databaseFile, databaseUrl } from "~/utils/db.server";

declare global {
  var __searchReadDb: { url: string; db: Database.Database } | undefined;
}

export function readDb(): Database.Database {
  const url = databaseUrl();
  if (!globalThis.__searchReadDb || globalThis.__searchReadDb.url !== url) {
    globalThis.__searchReadDb?.db.close();
    const db = new Database(databaseFile(url), { fileMustExist: true, timeout: 5000 });
    // Full-text search touches pages all over the file: a larger page cache than the 2 MB default,
    // but small, as it counts towards the process's memory and the OS caches the file anyway.
    db.pragma("cache_size = -16384");
    globalThis.__searchReadDb = { url, db };
  }
  return globalThis.__searchReadDb.db;
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, kept per connection and SQL text. */
export function stmt(sql: string): Database.Statement {
  const db = readDb();
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) byDb.set(sql, (s = db.prepare(sql)));
  return s;
}

/**
 * Fingerprints of the data as this connection sees it.
 * - "any-write": `data_version` moves whenever another connection (Prisma's, or another process such
 *   as a CLI import) commits anything; combined with the in-process generation counter. Such caches
 *   also expire after DATA_CACHE_TTL_MS.
 * - "indexed": the newest AuditLog and EntryFacet rows. Every state change is audited in the same
 *   transaction, and re-indexing an entry replaces its facet rows, so this moves exactly when the
 *   public index changes, in any process, and not on session or mail writes. For caches that are
 *   expensive to rebuild (the facet index: about a second at 50,000 entries); no TTL, so a rebuild
 *   never lands on a visitor while nothing changed.
 */
export type CacheBasis = "any-write" | "indexed";

function dataKey(basis: CacheBasis) {
  readDb();
  const url = globalThis.__searchReadDb!.url;
  if (basis === "indexed") {
    const [audit, facets] = stmt("SELECT (SELECT MAX(rowid) FROM AuditLog), (SELECT MAX(rowid) FROM EntryFacet)").raw().get() as [number | null, number | null];
    return `${url}|audit:${audit}|facets:${facets}`;
  }
  return `${url}|${dataGeneration()}|${stmt("PRAGMA data_version").pluck().get()}`;
}

export const DATA_CACHE_TTL_MS = 60_000;
const cache = new Map<string, { key: string; at: number; value: unknown }>();

/** `compute()` once per state of the data (and, for "any-write", per TTL), under `name`. */
export function cachedByData<T>(name: string, compute: () => T, basis: CacheBasis = "any-write"): T {
  const key = dataKey(basis);
  const hit = cache.get(name);
  if (hit && hit.key === key && (basis === "indexed" || Date.now() - hit.at < DATA_CACHE_TTL_MS)) return hit.value as T;
  const value = compute();
  cache.set(name, { key, at: Date.now(), value });
  return value;
}
