// SQLite's online backup API (through better-sqlite3) for `npm run backup` and `npm run restore`.
// A backup is a consistent copy of the database as of one moment, taken while the register runs:
// the copy is made in one step inside one read transaction, which in WAL mode never blocks writers.
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

// One step for the whole file: SQLite restarts a stepwise backup whenever another connection writes,
// which under steady writes could go on for ever; a single step sees one snapshot and ends.
const ALL_AT_ONCE = ({ totalPages }) => Math.max(totalPages, 100);

/** Checks that `file` is a sound SQLite file holding a register database; returns its migration count. */
export function checkDatabaseFile(file) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} is damaged (${check})`);
    const known = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!known) throw new Error(`${file} is not a register database (it has no migrations table)`);
    return db.prepare(`SELECT COUNT(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL`).pluck().get();
  } finally {
    db.close();
  }
}

/** Copies the database `from` (in use or not) into the new file `to`, and checks the copy. */
export async function backupDatabase({ from, to }) {
  if (existsSync(to)) throw new Error(`${to} exists already: a backup never overwrites a file`);
  mkdirSync(dirname(to), { recursive: true });
  const source = new Database(from, { fileMustExist: true, readonly: true, timeout: 5000 });
  try {
    await source.backup(to, { progress: ALL_AT_ONCE });
  } finally {
    source.close();
  }
  checkDatabaseFile(to);
  return to;
}

/**
 * Puts the backup `from` in place of the database `to`, through the same API: the pages are written
 * under SQLite's own locks, so the WAL and shared-memory files stay consistent (nothing to delete by hand).
 * Stop the server first: a running one would see the data change under it (it would not break, but
 * sessions and forms begun before the restore would meet the old data's state).
 */
export async function restoreDatabase({ from, to }) {
  checkDatabaseFile(from);
  mkdirSync(dirname(to), { recursive: true });
  const source = new Database(from, { fileMustExist: true, readonly: true });
  try {
    await source.backup(to, { progress: ALL_AT_ONCE });
  } finally {
    source.close();
  }
  const target = new Database(to, { timeout: 5000 });
  try {
    target.pragma("journal_mode = WAL"); // as the register runs it
  } finally {
    target.close();
  }
  return checkDatabaseFile(to);
}
