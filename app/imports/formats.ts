/** The file formats the importer reads, shared by the admin page, the CLI and the runner; their names are in `t.imports.formats`. */
export const IMPORT_FORMATS = [{ value: "nl-1.0" }, { value: "nl-listing" }, { value: "uk-atrs-listing" }] as const;

export type ImportFormat = (typeof IMPORT_FORMATS)[number]["value"];

export function isImportFormat(value: unknown): value is ImportFormat {
  return IMPORT_FORMATS.some((f) => f.value === value);
}
