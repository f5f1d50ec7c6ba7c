/** English UI text of the admin import page, and the import's messages about a whole file. */
export const importText = {
  title: "Import entries",
  intro:
    "Import entries from a JSON file. Imported entries are published straight away under their organisation, which is created when the register does not know it yet. Each entry keeps its source id and address, so importing the same file again updates entries instead of duplicating them.",
  format: "Format",
  formatHint: "The kind of file you are uploading.",
  formatRequired: "Choose the format of the file",
  chooseFormat: "Choose…",
  /** Each format as the form offers it. */
  formats: {
    "nl-1.0": "Dutch publication standard 1.0 (one object or an array of objects)",
    "nl-listing": "Dutch algorithm register listing (algoritmes.overheid.nl)",
    "uk-atrs-listing": "UK Algorithmic Transparency Recording Standard records listing",
  },
  /** Each format as a message names the file it reads. */
  sources: {
    "nl-1.0": "a Dutch standard 1.0 file",
    "nl-listing": "the Dutch algorithm register listing",
    "uk-atrs-listing": "the UK ATRS records listing",
  },
  file: "JSON file",
  fileHint: "Up to 10 MB.",
  fileRequired: "Choose a JSON file to import",
  submit: "Import",
  resultTitle: "Import finished",
  counts: "{created} created, {updated} updated, {unchanged} unchanged, {retired} retired, {failed} failed.",
  partial: "This file is only part of the source register",
  partialHint:
    "A full listing retires the entries it no longer holds (reason: no longer in the source register). Tick this for a partial file, so that nothing is retired. Files in the Dutch standard 1.0 never retire anything.",
  failuresCaption: "{count, plural, one {# record could not be imported} other {# records could not be imported}}",
  position: "Record",
  sourceId: "Source id",
  reason: "Reason",
  noFailures: "Every record was imported.",
  warningsCaption:
    "{count, plural, one {# warning: imported, but not everything in the record was kept} other {# warnings: imported, but not everything in the record was kept}}",
  warning: "What was not kept",
  looksLike: "This file looks like {detected}, not {chosen}. Choose {choice} and try again.",
  noSupportedFormat: "This file does not look like any supported format: it holds {found}.",
  notJson: "The file is not valid JSON ({detail}).",
  /** What a file of no supported format holds, as the end of `noSupportedFormat`. */
  found: {
    csv: "CSV with the columns {columns} (the import reads JSON files only)",
    emptyList: "an empty list",
    emptyObject: "an empty object",
    listOfValues: "a list of {count, number} values that are not objects",
    listOfObjects: "a list of {count, plural, one {# object} other {# objects}} with the fields {keys}",
    bareListingRecords:
      'a list of {count, plural, one {# record} other {# records}} of {source}, but not inside an object under "{key}" as that listing has them',
    object: "an object with the fields {keys}",
    value: "a single {type} value",
  },
  cli: "Large files can also be imported on the server with",
} as const;
