/**
 * One plain better-sqlite3 connection per process (and per DATABASE_URL) for the hot, read-only
 * search queries: they run synchronously without Prisma's per-row conversion. Writes stay on Prisma.
 * It never writes, so its `PRAGMA data_version` is the database half of the data version
 * (app/utils/data-version.mjs). Also a cache for values that depend only on the data.
 */
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { changedSince, dataVersion, noteDataChange, perDataVersion, watchDatabase } from "~/utils/data-version.mjs";
import { databaseEngine, databaseFile, databaseUrl } from "~/utils/db.server";

declare global {
  var __searchReadDb: { url: string; db: Database.Database; changes: Database.Statement } | undefined;
}

export function readDb(): Database.Database {
  const url = databaseUrl();
  if (!globalThis.__searchReadDb || globalThis.__searchReadDb.url !== url) {
    globalThis.__searchReadDb?.db.close();
    const db = new Database(databaseFile(url), { fileMustExist: true, timeout: 5000 });
    // Full-text search touches pages all over the file: a larger page cache than the 2 MB default,
    // but small, as it counts towards the process's memory and the OS caches the file anyway.
    db.pragma("cache_size = -16384");
    globalThis.__searchReadDb = { url, db, changes: db.prepare("PRAGMA data_version").pluck() };
    noteDataChange(); // another database: nothing cached from the last one holds
  }
  return globalThis.__searchReadDb.db;
}

watchDatabase(() => {
  if (databaseEngine() !== "sqlite") return 0; // PostgreSQL's data version is not read here
  try {
    readDb();
    return Number(globalThis.__searchReadDb!.changes.get());
  } catch {
    return 0; // no database yet: nothing to cache against
  }
});

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
 * What a cache depends on:
 * - "any-write": the data version, so anything committed by anyone drops it. Such caches also
 *   expire after DATA_CACHE_TTL_MS.
 * - "indexed": what the public index was built from, the newest AuditLog and EntryFacet rows, read
 *   again only when the data version moved. Every state change is audited in the same transaction,
 *   and re-indexing an entry replaces its facet rows, so this moves exactly when the public index
 *   changes, in any process, and not on session or mail writes, sign-ins or API tokens. For caches that are expensive to
 *   rebuild (the facet index: about a second at 50,000 entries); no TTL, so a rebuild never lands on
 *   a visitor while nothing changed.
 */
export type CacheBasis = "any-write" | "indexed";

// Audit rows about people and machine clients (sign-ins, second factors, tokens issued) never change
// the public index: were they counted, every sign-in would rebuild the facet index.
const NOT_INDEXED_SUBJECTS = "'user', 'identity', 'api_client'";

const indexedContent = perDataVersion(() => {
  // On PostgreSQL every audited change (each publication, retirement, import) moves the data version.
  if (databaseEngine() !== "sqlite") return `${databaseUrl()}|${dataVersion()}`;
  const [audit, facets] = stmt(
    `SELECT (SELECT rowid FROM AuditLog WHERE subjectType NOT IN (${NOT_INDEXED_SUBJECTS}) ORDER BY rowid DESC LIMIT 1), (SELECT MAX(rowid) FROM EntryFacet)`,
  )
    .raw()
    .get() as [number | null, number | null];
  return `${globalThis.__searchReadDb!.url}|audit:${audit}|facets:${facets}`;
});

export const DATA_CACHE_TTL_MS = 60_000;
// One slot per call site (a handful); the bound only guards against a caller that invents names.
const cache = new LRUCache<string, { key: string; at: number; value: unknown }>({ max: 64 });

/** Drops what `name` holds, if it is still `value` (a failed computation, not to be served again). */
export function forgetCached(name: string, value: unknown): void {
  if (cache.get(name)?.value === value) cache.delete(name);
}

/** `compute()` once per state of the data (and, for "any-write", per TTL), under `name`. */
export function cachedByData<T>(name: string, compute: () => T, basis: CacheBasis = "any-write"): T {
  const hit = cache.get(name);
  if (hit && (basis === "indexed" ? hit.key === indexedContent() : !changedSince(hit.key) && Date.now() - hit.at < DATA_CACHE_TTL_MS)) return hit.value as T;
  const key = basis === "indexed" ? indexedContent() : dataVersion(); // read before computing: a change meanwhile is seen next time
  const value = compute();
  cache.set(name, { key, at: Date.now(), value });
  return value;
}
