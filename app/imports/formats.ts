/** The file formats the importer reads, shared by the admin page, the CLI and the runner. */
export const IMPORT_FORMATS = [
  { value: "nl-1.0", label: "Dutch publication standard 1.0 (one object or an array of objects)" },
  { value: "nl-listing", label: "Dutch algorithm register listing (algoritmes.overheid.nl)" },
  { value: "uk-atrs-listing", label: "UK Algorithmic Transparency Recording Standard records listing" },
] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number]["value"];

export function isImportFormat(value: unknown): value is ImportFormat {
  return IMPORT_FORMATS.some((f) => f.value === value);
}

export const SOURCE_LABELS: Record<ImportFormat, string> = {
  "nl-1.0": "a Dutch standard 1.0 file",
  "nl-listing": "the Dutch algorithm register listing",
  "uk-atrs-listing": "the UK ATRS records listing",
};
