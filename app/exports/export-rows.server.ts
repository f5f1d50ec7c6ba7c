/**
 * The rows every bulk export is built from, in one query each (no N+1): the
 * current version of every public entry, or every version. Documents were
 * sanitised when they were published, so they are read with a plain JSON.parse
 * and a schema-version check (older documents go through the upgrade steps)
 * (a schema pass over 50,000 documents would take seconds).
 */
import type { SuppliersById } from "~/procurement/procurement-export";
import { db } from "~/utils/db.server";
import { bulkReader } from "./bulk-read.server";
import { toExportRow, type ExportRow, type RawExportRow } from "./export-row";

export type { ExportRow };

// A row whose document cannot be read is left out (toExportRow logs it).
const exportRows = (raw: RawExportRow[]) => raw.map(toExportRow).filter((r): r is ExportRow => r !== null);

/** The current version of every published or retired entry, by public id. */
export async function currentVersionRows(): Promise<ExportRow[]> {
  return exportRows(await bulkReader().currentVersions());
}

/**
 * The same rows as currentVersionRows, a page at a time in public id order, so a download can
 * stream 50,000 entries without holding their documents at once. Read (on SQLite on a worker thread,
 * worker-pages.server.ts) while the caller turns the previous page into output. Small pages die
 * young: documents held across collections of the young generation are promoted to the old one,
 * and an export with pages of 200 spent up to a third of its time collecting them.
 */
export async function* currentVersionPages({ pageSize = 50 }: { pageSize?: number } = {}): AsyncGenerator<ExportRow[]> {
  for await (const rows of bulkReader().currentVersionPages(pageSize)) yield exportRows(rows);
}

/** Every published version of every entry, by public id then version number. */
export async function allVersionRows(): Promise<ExportRow[]> {
  return exportRows(await bulkReader().allVersions());
}

/** All supplier records in one query, for naming suppliers in exports. */
export async function allSuppliers(): Promise<SuppliersById> {
  const rows = await db.supplier.findMany({ select: { id: true, slug: true, name: true, scheme: true, identifier: true, country: true } });
  return Object.fromEntries(rows.map((s) => [s.id, s]));
}
