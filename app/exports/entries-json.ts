/** JSON exports: current entries, full version history and the Dutch standard 1.0. */
import { declarationsForApi } from "~/data-use/declarations-export";
import { toNlStandard } from "~/entries/nl-standard";
import { entryRiskLevel } from "~/entries/risk";
import { procurementForExport, providerName, type SuppliersById } from "~/procurement/procurement-export";
import type { ExportRow } from "./export-row";
import { languagesForJson, withoutTranslations } from "./translations-export";

function documentOf(row: ExportRow, suppliers: SuppliersById) {
  const { procurement: _p, dataDeclarations: _d, ...document } = row.doc;
  return {
    ...languagesForJson(row.doc),
    document: withoutTranslations(document),
    procurement: procurementForExport(row.doc, suppliers).json,
    data_declarations: declarationsForApi(row.doc),
  };
}

const organisationOf = (row: ExportRow) => ({
  slug: row.organisation.slug,
  name: row.organisation.name,
  type: row.organisation.type,
  identifier_scheme: row.organisation.identifierScheme,
  identifier: row.organisation.identifier,
});

export function entryJson(row: ExportRow, origin: string, suppliers: SuppliersById) {
  return {
    id: row.publicId,
    url: `${origin}/algorithms/${row.publicId}`,
    register_status: row.state,
    version: row.version,
    first_published_at: row.firstPublishedAt,
    last_updated: row.publishedAt,
    organisation: organisationOf(row),
    risk_level: entryRiskLevel(row.doc) ?? null,
    ...documentOf(row, suppliers),
  };
}

export function versionJson(row: ExportRow, origin: string, suppliers: SuppliersById) {
  return {
    id: row.publicId,
    url: `${origin}/algorithms/${row.publicId}`,
    version: row.version,
    kind: row.versionKind,
    published_at: row.publishedAt,
    change_note: row.changeNote,
    organisation: organisationOf(row),
    ...documentOf(row, suppliers),
  };
}

export function nlStandardJson(row: ExportRow, origin: string, suppliers: SuppliersById) {
  return toNlStandard(row.doc, {
    organisationName: row.organisation.name,
    publicId: row.publicId,
    providerName: providerName(row.doc, suppliers) ?? undefined,
    url: `${origin}/algorithms/${row.publicId}`,
  });
}

/** A JSON array built item by item: one big array of objects would double the memory. */
export function jsonArray<T>(rows: T[], toItem: (row: T) => unknown): string {
  const parts: string[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) parts[i] = JSON.stringify(toItem(rows[i]));
  return `[\n${parts.join(",\n")}\n]\n`;
}

/** The same JSON array as jsonArray, produced page by page as UTF-8 for streaming (items encoded one by one, as in entriesCsvChunks). */
export async function* jsonArrayChunks<T>(pages: AsyncIterable<T[]>, toItem: (row: T) => unknown): AsyncGenerator<Uint8Array> {
  let first = true;
  yield Buffer.from("[\n");
  for await (const rows of pages) {
    const items = rows.map((row, i) => Buffer.from((first && i === 0 ? "" : ",\n") + JSON.stringify(toItem(row))));
    if (items.length) first = false;
    yield Buffer.concat(items);
  }
  yield Buffer.from(first ? "]\n" : "\n]\n");
}
