import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { setting } from "~/config/settings.mjs";
import { withImmediateTransactions } from "./sqlite-transactions.server";

export function databaseUrl() {
  return setting("DATABASE_URL");
}

/** The SQLite file of a `file:` database URL, for direct better-sqlite3 connections. */
export function databaseFile(url = databaseUrl()) {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

function createClient(url: string) {
  // A busy timeout lets readers wait out a long write instead of failing with SQLITE_BUSY.
  const adapter = withImmediateTransactions(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

declare global {
  var __prisma: { url: string; client: PrismaClient } | undefined;
}

/** One client per process (and per DATABASE_URL, so tests can switch databases). */
export function getDb(): PrismaClient {
  const url = databaseUrl();
  if (!globalThis.__prisma || globalThis.__prisma.url !== url) {
    globalThis.__prisma = { url, client: createClient(url) };
    void enableWal(globalThis.__prisma.client);
  }
  return globalThis.__prisma.client;
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
