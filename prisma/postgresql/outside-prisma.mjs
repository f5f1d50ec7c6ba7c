// Tables and indexes of the PostgreSQL migrations that are not in the Prisma models: a diff between
// the migrated database and the models ignores them (tests/unit/postgres-migrations.test.ts,
// scripts/postgres-migrate.mjs).
/** @type {string[]} */
export const tables = ["register_data_version", "entry_search", "search_vocabulary"];

/** Indexes on Prisma models that the models cannot declare (a column's collation), by name. */
/** @type {string[]} */
export const indexes = ["EntryFacet_entry_order_c_idx"];
