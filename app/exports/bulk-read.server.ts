/**
 * The connection bulk exports read through. Prisma's driver adapter converts every row through its
 * query engine, which takes seconds for 50,000 documents; reading the same rows directly takes a
 * fraction of that. It is the process's one direct read connection (search uses it too), so there is
 * one page cache, not two. Used only for SELECTs with no user input.
 */
import type Database from "better-sqlite3";
import { readDb } from "~/search/read-db.server";

export function bulkReader(): Database.Database {
  return readDb();
}
