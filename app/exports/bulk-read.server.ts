/** The BulkReader of the engine the register runs on (see bulk-reader.ts). */
import { databaseEngine } from "~/utils/db.server";
import type { BulkReader } from "./bulk-reader";
import { pgBulkReader } from "./pg-bulk-reader.server";
import { sqliteBulkReader } from "./sqlite-bulk-reader.server";

export function bulkReader(): BulkReader {
  return databaseEngine() === "postgresql" ? pgBulkReader : sqliteBulkReader;
}
