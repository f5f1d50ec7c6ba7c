// Tables of the PostgreSQL migrations that are not Prisma models: a diff between the migrated
// database and the models ignores them (tests/unit/postgres-migrations.test.ts, scripts/postgres-migrate.mjs).
/** @type {string[]} */
export const tables = ["register_data_version", "entry_search", "search_vocabulary"];
