/**
 * A read-only better-sqlite3 connection for bulk exports. Prisma's driver adapter converts every row
 * through its query engine, which takes seconds for 50,000 documents; reading the same rows directly
 * takes a fraction of that. Used only for SELECTs with no user input.
 */
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { databaseUrl } from "~/utils/db.server";

let cached: { url: string; db: Database.Database } | undefined;

function fileOf(url: string) {
  return resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

export function bulkReader(): Database.Database {
  const url = databaseUrl();
  if (!cached || cached.url !== url) {
    cached?.db.close();
    cached = { url, db: new Database(fileOf(url), { readonly: true, fileMustExist: true }) };
    cached.db.pragma("busy_timeout = 5000");
  }
  return cached.db;
}
