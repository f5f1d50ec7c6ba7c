/** One CSV row per entry (RFC 4180: quoted where needed, CRLF line ends, UTF-8 with a header row). */
import { entryRiskLevel } from "~/entries/risk";
import { PROCUREMENT_CSV_COLUMNS, procurementForExport, type SuppliersById } from "~/procurement/procurement-export";
import { neutraliseCsvCell } from "./csv-injection";
import type { ExportRow } from "./export-row";
import { TRANSLATION_CSV_COLUMNS, translationCsvCells } from "./translations-export";

const cell = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");

type Cell = (row: ExportRow, doc: ExportRow["doc"], origin: string) => string;

/** Each column of the entries CSV with how its cell is made, in file order (procurement columns follow). */
const ENTRY_COLUMNS = [
  ["public_id", (r) => r.publicId],
  ["url", (r, _d, origin) => `${origin}/algorithms/${r.publicId}`],
  ["organisation_id", (r) => `${r.organisation.identifierScheme}:${r.organisation.identifier}`],
  ["organisation_slug", (r) => r.organisation.slug],
  ["organisation_name", (r) => r.organisation.name],
  ["organisation_type", (r) => r.organisation.type],
  ["register_status", (r) => r.state],
  ["version", (r) => String(r.version)],
  ["first_published_at", (r) => cell(r.firstPublishedAt)],
  ["last_updated", (r) => r.publishedAt],
  ["name", (_r, d) => cell(d.name)],
  ["description_short", (_r, d) => cell(d.descriptionShort)],
  ["themes", (_r, d) => (d.themes ?? []).join("; ")],
  ["lifecycle_status", (_r, d) => cell(d.lifecycle?.status)],
  ["began_on", (_r, d) => cell(d.lifecycle?.beganOn)],
  ["ended_on", (_r, d) => cell(d.lifecycle?.endedOn)],
  ["publication_category", (_r, d) => cell(d.publicationCategory)],
  ["risk_level", (_r, d) => cell(entryRiskLevel(d))],
  ["eu_high_risk", (_r, d) => yesNo(d.euAiAct?.highRisk)],
  ["algorithm_type", (_r, d) => cell(d.algorithmType)],
  ["self_learning", (_r, d) => yesNo(d.selfLearning)],
  ["decisions_per_year", (_r, d) => cell(d.decisionsPerYear)],
  ["contact", (_r, d) => cell(d.contact)],
  ["website", (_r, d) => cell(d.website)],
  ["goal", (_r, d) => cell(d.goal)],
  ["human_intervention", (_r, d) => cell(d.humanIntervention)],
  ["appeals", (_r, d) => cell(d.appeals)],
  ["risks", (_r, d) => cell(d.risks)],
  ["lawful_basis", (_r, d) => cell(d.lawfulBasis)],
  ["data_sources", (_r, d) => cell(d.dataSourcesText)],
  ["technical_operation", (_r, d) => cell(d.technicalOperation)],
  ["source_code_url", (_r, d) => cell(d.sourceCodeUrl)],
  ["language", (_r, d) => cell(d.language)],
  ["tags", (_r, d) => (d.tags ?? []).join("; ")],
] as const satisfies ReadonlyArray<readonly [string, Cell]>;

export const ENTRY_CSV_COLUMNS = [...ENTRY_COLUMNS.map(([column]) => column), ...PROCUREMENT_CSV_COLUMNS, ...TRANSLATION_CSV_COLUMNS];

/** One entry's cells, in ENTRY_CSV_COLUMNS order (an array, not an object per row: 50,000 rows per download). */
function entryCsvRecord(row: ExportRow, origin: string, suppliers: SuppliersById): string[] {
  const procurement = procurementForExport(row.doc, suppliers).csv;
  return [
    ...ENTRY_COLUMNS.map(([, value]) => value(row, row.doc, origin)),
    ...PROCUREMENT_CSV_COLUMNS.map((column) => procurement[column] ?? ""),
    ...translationCsvCells(row.doc),
  ];
}

// RFC 4180 by hand: csv-stringify spends most of a 50,000-row export on its option handling.
const NEEDS_QUOTES = /[",\r\n]/;
const csvField = (cell: string) => {
  const v = neutraliseCsvCell(cell);
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

// Each line is encoded to UTF-8 on its own: one accented character would otherwise turn a whole
// page into a two-byte string that is slower to join and to encode (twice the time for the file).
const csvBytes = (records: string[][]): Buffer => Buffer.concat(records.map((record) => Buffer.from(record.map(csvField).join(",") + "\r\n")));

/** The same CSV as entriesCsv, produced page by page (header first) as UTF-8 for streaming. */
export async function* entriesCsvChunks(pages: AsyncIterable<ExportRow[]>, origin: string, suppliers: SuppliersById): AsyncGenerator<Uint8Array> {
  yield csvBytes([[...ENTRY_CSV_COLUMNS]]);
  for await (const rows of pages) yield csvBytes(rows.map((r) => entryCsvRecord(r, origin, suppliers)));
}

export function entriesCsv(rows: ExportRow[], origin: string, suppliers: SuppliersById): string {
  return csvBytes([[...ENTRY_CSV_COLUMNS], ...rows.map((r) => entryCsvRecord(r, origin, suppliers))]).toString("utf8");
}
