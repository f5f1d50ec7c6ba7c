/**
 * The SQLite BulkReader. Prisma's driver adapter converts every row through its query engine, which
 * takes seconds for 50,000 documents; reading the same rows directly takes a fraction of that. It
 * reads on the process's one direct read connection (search uses it too), so there is one page
 * cache, not two, and streams pages from a worker thread (worker-pages.server.ts). Only SELECTs with
 * no user input.
 */
import { readDb } from "~/search/read-db.server";
import { databaseFile } from "~/utils/db.server";
import type { BulkReader } from "./bulk-reader";
import { currentVersionSql, EXPORT_COLUMNS, type RawExportRow } from "./export-row";
import { pagesFromWorker } from "./worker-pages.server";

const rowsOf = (sql: string) => readDb().prepare(sql).raw().all() as RawExportRow[];

export const sqliteBulkReader: BulkReader = {
  engine: "sqlite",

  async currentVersions() {
    return rowsOf(currentVersionSql());
  },

  currentVersionPages(pageSize) {
    return pagesFromWorker<RawExportRow>(databaseFile(), currentVersionSql(), [], { pageSize });
  },

  async allVersions() {
    return rowsOf(
      `SELECT ${EXPORT_COLUMNS} FROM EntryVersion v JOIN Entry e ON e.id = v.entryId JOIN Organisation o ON o.id = e.organisationId WHERE e.currentVersionId IS NOT NULL ORDER BY e.publicId, v.number`,
    );
  },

  async fingerprint() {
    return readDb()
      .prepare(
        `SELECT (SELECT COUNT(*) FROM EntryVersion) AS versions, (SELECT MAX(publishedAt) FROM EntryVersion) AS latest,
                (SELECT MAX(updatedAt) FROM Organisation) AS orgs, (SELECT MAX(updatedAt) FROM Supplier) AS suppliers,
                (SELECT COUNT(*) FROM Entry WHERE currentVersionId IS NOT NULL) AS public`,
      )
      .get() as Record<string, unknown>;
  },
};
