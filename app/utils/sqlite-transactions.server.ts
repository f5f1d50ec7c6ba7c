import type Database from "better-sqlite3";
import type { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/**
 * Makes Prisma's transactions on SQLite begin with `BEGIN IMMEDIATE`, taking the write lock at once.
 * The adapter begins them deferred: with several server processes, a transaction that read first and
 * writes after another process committed fails at once with SQLITE_BUSY (its snapshot is stale), and
 * the busy timeout does not help. Taken at the start, the lock is waited for (busy timeout) and writes
 * from all processes queue one after another (decision record 011). The adapter exposes its
 * better-sqlite3 connection as `client`; the adapter's version is pinned (Prisma 6.19.3).
 */
export function withImmediateTransactions(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const client = (adapter as unknown as { client: Database.Database }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = ((source: string) => prepare(source === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof client.prepare;
    return adapter;
  };
  return factory;
}
