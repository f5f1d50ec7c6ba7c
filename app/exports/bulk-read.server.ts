/** The BulkReader of the engine the register runs on (see bulk-reader.ts). */
import { databaseUrl } from "~/utils/db.server";
import type { BulkReader } from "./bulk-reader";
import { sqliteBulkReader } from "./sqlite-bulk-reader.server";

export function bulkReader(): BulkReader {
  const url = databaseUrl();
  if (url.startsWith("file:")) return sqliteBulkReader;
  throw new Error(`No bulk reader for the database at ${url.replace(/\/\/[^@]*@/, "//")}`);
}
