import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "~/generated/prisma-pg/client";
import { setting } from "~/config/settings.mjs";
import { followEngine, noteDataChange } from "./data-version.mjs";
import { SHOWN_DATA_MODELS, stopPostgresChanges, watchPostgresChanges } from "./engine/postgres-changes.server";
import { withImmediateTransactions } from "./sqlite-transactions.server";

export function databaseUrl() {
  return setting("DATABASE_URL");
}

export type DatabaseEngine = "sqlite" | "postgresql";

/** The engine of a database URL: postgresql:// (or postgres://) runs on PostgreSQL, file: on SQLite. */
export function databaseEngine(url = databaseUrl()): DatabaseEngine {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** The SQLite file of a `file:` database URL, for direct better-sqlite3 connections. */
export function databaseFile(url = databaseUrl()) {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

const WRITES = /^(create|update|upsert|delete|\$executeRaw)/;

function createClient(url: string): PrismaClient {
  if (databaseEngine(url) === "postgresql") {
    // The same models generated for PostgreSQL (prisma/postgresql/schema.prisma): one client type for the app.
    const adapter = new PrismaPg({ connectionString: url, max: setting("DATABASE_POOL_SIZE") });
    // Writes through this client move the data version at once in this process; other processes
    // see them through NOTIFY (app/utils/engine/postgres-changes.server.ts), as on SQLite through
    // PRAGMA data_version.
    return new PostgresPrismaClient({ adapter }).$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          const result = await query(args);
          // Raw SQL has no model: counted as a change of shown data.
          if (WRITES.test(operation) && (!model || SHOWN_DATA_MODELS.has(model))) noteDataChange();
          return result;
        },
      },
    }) as unknown as PrismaClient;
  }
  // A busy timeout lets readers wait out a long write instead of failing with SQLITE_BUSY.
  const adapter = withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

/**
 * Resolves when the data version follows the database: on PostgreSQL once this process LISTENs and has
 * read the counter, so a cache built at start-up (the facet index) is not keyed to a version about to move.
 */
export function databaseWatched(): Promise<void> {
  getDb();
  return databaseEngine() === "postgresql" ? watchPostgresChanges(databaseUrl()) : Promise.resolve();
}

declare global {
  var __prisma: { url: string; client: PrismaClient } | undefined;
}

/** One client per process (and per DATABASE_URL, so tests can switch databases). */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!globalThis.__prisma || globalThis.__prisma.url !== url) {
    globalThis.__prisma = { url, client: createClient(url) };
    const engine = databaseEngine(url);
    followEngine(engine);
    if (engine === "sqlite") void enableWal(globalThis.__prisma.client);
    else void watchPostgresChanges(url);
  }
  return globalThis.__prisma.client;
}

const closers = new Set<() => Promise<void>>();

/** Runs `close` with closeDatabase: for modules keeping connections of their own (the search read pool). */
export function onDatabaseClose(close: () => Promise<void>) {
  closers.add(close);
}

/** Closes this process's connections to the database (shutdown, end of a test file). */
export async function closeDatabase(): Promise<void> {
  const open = globalThis.__prisma;
  globalThis.__prisma = undefined;
  await Promise.all([open?.client.$disconnect(), stopPostgresChanges(), ...[...closers].map((close) => close())]);
}

async function enableWal(client: PrismaClient) {
  try {
    await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  } catch {
    // an in-memory or read-only database keeps its default journal
  }
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
