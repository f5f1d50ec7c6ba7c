import { stringify } from "csv-stringify/sync";
import { parsePublicDocument } from "~/entries/entries.server";
import { db } from "~/utils/db.server";
import { CSV_COLUMNS, declarationCsvRows } from "./declarations-export";
import { PUBLIC_ENTRY } from "./public-entries.server";

/** Every data set of every published entry, one row per entry × data set (RFC 4180, CRLF line ends). */
export async function declarationsCsv(origin: string): Promise<string> {
  const entries = await db.entry.findMany({
    where: PUBLIC_ENTRY,
    orderBy: { publicId: "asc" },
    select: { publicId: true, organisation: { select: { name: true } }, currentVersion: { select: { data: true } } },
  });
  const rows = entries.flatMap((e) =>
    declarationCsvRows(parsePublicDocument(e.currentVersion?.data), {
      publicId: e.publicId,
      url: `${origin}/algorithms/${e.publicId}`,
      organisation: e.organisation.name,
    }),
  );
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: "\r\n" });
}
