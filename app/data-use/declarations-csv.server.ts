import { stringify } from "csv-stringify/sync";
import { readOrSkip, readPublicDocument } from "~/entries/documents.server";
import { neutraliseCsvCell } from "~/exports/csv-injection";
import { db } from "~/utils/db.server";
import { CSV_COLUMNS, declarationCsvRows } from "./declarations-export";
import { PUBLIC_ENTRY } from "./public-entries.server";

/** Every data set of every published entry, one row per entry × data set (RFC 4180, CRLF line ends). */
export async function declarationsCsv(origin: string): Promise<string> {
  const entries = await db.entry.findMany({
    where: PUBLIC_ENTRY,
    orderBy: { publicId: "asc" },
    select: {
      id: true,
      publicId: true,
      organisation: { select: { name: true } },
      currentVersion: { select: { number: true, data: true, schemaVersion: true } },
    },
  });
  // An entry whose document cannot be read is left out (and logged).
  const rows = entries.flatMap((e) => {
    const doc = readOrSkip(() => readPublicDocument(e.currentVersion!, { entryId: e.id, version: e.currentVersion!.number }));
    return doc ? declarationCsvRows(doc, { publicId: e.publicId, url: `${origin}/algorithms/${e.publicId}`, organisation: e.organisation.name }) : [];
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\r\n", cast: { string: neutraliseCsvCell } });
}
