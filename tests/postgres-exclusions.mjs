// Test files the TEST_ENGINE=postgresql run of vitest leaves out, each with the reason.
// vitest.config.ts reads these lists; scripts/test.mjs runs the unit and integration tests on both engines.

/** Files about SQLite itself: they have no PostgreSQL meaning. */
export const SQLITE_ONLY = {
  "tests/unit/sqlite-transactions.test.ts": "BEGIN IMMEDIATE on SQLite's adapter (decision record 011); PostgreSQL has row locks",
  "tests/unit/backup.test.ts": "npm run backup copies the SQLite file; on PostgreSQL it prints the pg_dump command (decision record 014)",
};

/**
 * Files that still fail on PostgreSQL, each for a SQLite-specific step in the test itself (search,
 * bulk reads and the bulk import run on PostgreSQL since issue 20 item 3, decision record 015):
 * their SQLite-only assertions are still to be split from the rest.
 */
export const AWAITING_SEARCH = {
  "tests/unit/import-bulk.test.ts": "reads and breaks the database with better-sqlite3 directly to check the bulk writer's rows",
};

/** Every excluded file. */
export const excludedOnPostgres = () => [...Object.keys(SQLITE_ONLY), ...Object.keys(AWAITING_SEARCH)];
