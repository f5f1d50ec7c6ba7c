/**
 * A plain `pg` pool per process (and per DATABASE_URL) for the hot, read-only search queries on
 * PostgreSQL, as read-db.server.ts is on SQLite: rows come back without Prisma's per-row conversion
 * (about 2 µs a row, 10 ms for a common word's 5,000 matches on the bench's data).
 *
 * Its sessions plan with `enable_seqscan = off`. The word queries sent here have GIN indexes to use
 * (entry_search), and the planner does not count unpacking each entry's tsvector from TOAST: for a
 * word in a quarter of the entries it chose to read the whole table, 200 ms where the index takes
 * 9 ms (bench data, PostgreSQL 15). The facet index's full reads have no index to use and read the
 * table all the same. That makes such a plan look 10^10 times dearer than it is, which would have
 * PostgreSQL compile it to machine code first (JIT, from a cost of 100,000): about 100 ms a time for
 * the full read of entry_search. So the sessions also run with `jit = off`.
 */
import pg from "pg";
import { databaseUrl, onDatabaseClose } from "~/utils/db.server";

const MAX_CONNECTIONS = 4;
/** How the pool's sessions show in pg_stat_activity. */
export const SEARCH_APPLICATION_NAME = "register-search";

declare global {
  var __searchPgPool: { url: string; pool: pg.Pool } | undefined;
}

function pool(): pg.Pool {
  const url = databaseUrl();
  const current = globalThis.__searchPgPool;
  if (current?.url === url) return current.pool;
  void current?.pool.end().catch(() => {});
  // Connections stay open while idle (idleTimeoutMillis 0): a new session loads the text-search
  // dictionaries again on its first word query, about 50 ms. allowExitOnIdle: they do not keep a
  // process that is done from exiting.
  const created = new pg.Pool({
    connectionString: url,
    max: MAX_CONNECTIONS,
    options: "-c enable_seqscan=off -c jit=off",
    application_name: SEARCH_APPLICATION_NAME,
    idleTimeoutMillis: 0,
    allowExitOnIdle: true,
  });
  // An idle connection the server drops (a restart, a stopped test cluster) must not end the process.
  created.on("error", () => {});
  globalThis.__searchPgPool = { url, pool: created };
  return created;
}

onDatabaseClose(async () => {
  const current = globalThis.__searchPgPool;
  globalThis.__searchPgPool = undefined;
  await current?.pool.end().catch(() => {});
});

/** Rows as arrays, in the order of the SELECT's columns. */
export async function searchRows<T extends unknown[]>(sql: string, params: unknown[]): Promise<T[]> {
  return (await pool().query<T>({ text: sql, values: params, rowMode: "array" })).rows;
}

/** Rows as objects keyed by column name. */
export async function searchRecords<T extends object>(sql: string, params: unknown[]): Promise<T[]> {
  return (await pool().query<T>({ text: sql, values: params })).rows;
}

/** Opens every connection of the pool and runs `queries` on each (at start-up, before the first visitor). */
export async function openSearchConnections(queries: Array<{ text: string; values: unknown[] }>): Promise<void> {
  const p = pool();
  const clients = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => p.connect()));
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (const query of queries) await client.query(query);
      }),
    );
  } finally {
    for (const client of clients) client.release();
  }
}
