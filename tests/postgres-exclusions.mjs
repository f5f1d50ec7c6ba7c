// Test files the TEST_ENGINE=postgresql run of vitest leaves out, each with the reason.
// vitest.config.ts reads these lists; scripts/test.mjs runs the unit and integration tests on both engines.

/** Files about SQLite itself: they have no PostgreSQL meaning. */
export const SQLITE_ONLY = {
  "tests/unit/sqlite-transactions.test.ts": "BEGIN IMMEDIATE on SQLite's adapter (decision record 011); PostgreSQL has row locks",
  "tests/unit/backup.test.ts": "npm run backup copies the SQLite file; on PostgreSQL it prints the pg_dump command (decision record 014)",
};

/**
 * Files that fail on PostgreSQL only because search, bulk reads or the bulk import are SQLite-only.
 * Empty since they run on PostgreSQL too (issue 20 item 3, decision record 015); a test with a
 * SQLite-only step skips that step on PostgreSQL with the reason.
 */
export const AWAITING_SEARCH = {};

/** Every excluded file. */
export const excludedOnPostgres = () => [...Object.keys(SQLITE_ONLY), ...Object.keys(AWAITING_SEARCH)];
