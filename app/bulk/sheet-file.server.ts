/**
 * Reads an uploaded spreadsheet (XLSX through exceljs, or CSV through csv-parse) into headings and rows of
 * text, by the row numbers the person sees in their program. Dates become YYYY-MM-DD (a month column keeps
 * YYYY-MM), numbers their plain digits. Nothing is checked here but the file itself and the limits.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { problem } from "~/i18n/problem";
import { MAX_BULK_BYTES, MAX_BULK_ROWS } from "./bulk-form-schema";
import type { Sheet } from "./rows";

export type SheetResult = { ok: true; sheet: Sheet } | { ok: false; message: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

export async function readSheetFile(file: File): Promise<SheetResult> {
  if (file.size > MAX_BULK_BYTES) return { ok: false, message: problem("bulk.problems.tooLarge", { max: MAX_BULK_BYTES / 1024 / 1024 }) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  let sheet: Sheet | null;
  try {
    if (isZip(bytes)) sheet = await readXlsx(bytes);
    else if (name.endsWith(".xlsx") || name.endsWith(".xls")) return { ok: false, message: problem("bulk.problems.notASpreadsheet") };
    else sheet = readCsv(new TextDecoder("utf-8").decode(bytes));
  } catch {
    return { ok: false, message: problem("bulk.problems.notASpreadsheet") };
  }
  if (!sheet || sheet.headings.every((h) => !h.trim())) return { ok: false, message: problem("bulk.problems.noHeadings") };
  if (sheet.rows.length === 0) return { ok: false, message: problem("bulk.problems.noRows") };
  if (sheet.rows.length > MAX_BULK_ROWS) return { ok: false, message: problem("bulk.problems.tooManyRows", { max: MAX_BULK_ROWS, count: sheet.rows.length }) };
  return { ok: true, sheet };
}

/** Rows with nothing in them are left out; the others keep their number in the sheet (the headings are row 1). */
function toSheet(table: string[][]): Sheet | null {
  if (!table.length) return null;
  const [headings, ...rest] = table;
  const rows = rest.flatMap((cells, i) => (cells.some((c) => c.trim()) ? [{ number: i + 2, cells }] : []));
  return { headings: headings.map((h) => h.trim()), rows };
}

/** The separator the headings line uses most outside quotes: spreadsheet programs set to Dutch write ";", others ",". */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

function readCsv(text: string): Sheet | null {
  const clean = text.replace(/^\uFEFF/, "");
  const table = parse(clean, { delimiter: delimiterOf(clean), relax_column_count: true, skip_empty_lines: false }) as string[][];
  return toSheet(table);
}

async function readXlsx(bytes: Uint8Array): Promise<Sheet | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets.find((ws) => ws.state !== "hidden" && ws.state !== "veryHidden");
  if (!sheet) return null;
  const table: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    table[number - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return toSheet(table);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("hyperlink" in value) return typeof value.text === "string" ? value.text : String(value.hyperlink);
    if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in value) return "";
  }
  return String(value);
}
