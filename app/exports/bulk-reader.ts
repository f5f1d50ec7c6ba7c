/**
 * The bulk reads exports are built from, one implementation per engine (issue 20): the export code
 * (export-rows.server.ts, export-cache.server.ts) asks a BulkReader and does not know which engine
 * answers. Rows are raw arrays in EXPORT_COLUMNS order (export-row.ts), so no object per row.
 */
import type { RawExportRow } from "./export-row";

export interface BulkReader {
  readonly engine: "sqlite" | "postgresql";
  /** The current version of every published or retired entry, by public id. */
  currentVersions(): Promise<RawExportRow[]>;
  /** The same rows, a page at a time, read alongside the caller's work on the previous page, from one consistent snapshot. */
  currentVersionPages(pageSize: number): AsyncGenerator<RawExportRow[]>;
  /** Every published version of every public entry, by public id then version number. */
  allVersions(): Promise<RawExportRow[]>;
  /**
   * What identifies the data exports are built from: the published versions' count and latest time,
   * the organisation and supplier records' last change, the public entries' count. The same after a
   * restart and in every process.
   */
  fingerprint(): Promise<Record<string, unknown>>;
}
