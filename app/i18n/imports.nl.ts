// Dutch text of the catalogue in imports.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { importText as english } from "./imports.en";
import { formatCount } from "~/utils/format";

export const importsNl: CatalogueShape<typeof english> = {
  title: "Import entries",
  intro:
    "Import entries from a JSON file. Imported entries are published straight away under their organisation, which is created when the register does not know it yet. Each entry keeps its source id and address, so importing the same file again updates entries instead of duplicating them.",
  format: "Format",
  formatHint: "The kind of file you are uploading.",
  formatRequired: "Choose the format of the file",
  file: "JSON file",
  fileHint: "Up to 10 MB.",
  fileRequired: "Choose a JSON file to import",
  submit: "Import",
  resultTitle: "Import finished",
  counts: (s: { created: number; updated: number; unchanged: number; retired: number; failed: number }) =>
    `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.retired} retired, ${s.failed} failed.`,
  partial: "This file is only part of the source register",
  partialHint:
    "A full listing retires the entries it no longer holds (reason: no longer in the source register). Tick this for a partial file, so that nothing is retired. Files in the Dutch standard 1.0 never retire anything.",
  failuresCaption: (n: number) => (n === 1 ? "1 record could not be imported" : `${n} records could not be imported`),
  position: "Record",
  sourceId: "Source id",
  reason: "Reason",
  noFailures: "Every record was imported.",
  warningsCaption: (n: number) =>
    n === 1 ? "1 warning: imported, but not everything in the record was kept" : `${n} warnings: imported, but not everything in the record was kept`,
  warning: "What was not kept",
  looksLike: (detected: string, chosen: string, choice: string) => `This file looks like ${detected}, not ${chosen}. Choose ${choice} and try again.`,
  noSupportedFormat: (found: string) => `This file does not look like any supported format: it holds ${found}.`,
  /** What a file of no supported format holds, as the end of `noSupportedFormat`. */
  found: {
    csv: (columns: string[]) => `CSV with the columns ${columns.join(", ")} (the import reads JSON files only)`,
    emptyList: "an empty list",
    emptyObject: "an empty object",
    listOfValues: (n: number) => `a list of ${formatCount(n, "nl")} values that are not objects`,
    listOfObjects: (n: number, keys: string[]) => `a list of ${formatCount(n, "nl")} ${n === 1 ? "object" : "objects"} with the fields ${keys.join(", ")}`,
    bareListingRecords: (n: number, source: string, key: string) =>
      `a list of ${formatCount(n, "nl")} ${n === 1 ? "record" : "records"} of ${source}, but not inside an object under "${key}" as that listing has them`,
    object: (keys: string[]) => `an object with the fields ${keys.join(", ")}`,
    value: (type: string) => `a single ${type} value`,
  },
  cli: "Large files can also be imported on the server with",
};
