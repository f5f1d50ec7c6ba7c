/**
 * The spreadsheet template: one column per field a cell can hold (COLUMNS), headed in the chosen language.
 * The XLSX has each field's hint as a note on its heading, a second sheet with the allowed values of every
 * choice, and a drop-down list on each single-choice column; the CSV has the headings only.
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { fieldHint } from "~/entries/standard-text";
import type { Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { COLUMNS, heading, optionLabels } from "./columns";

/** Rows of the entries sheet offered with drop-down lists and text formats. */
const TEMPLATE_ROWS = 500;

export const templateFileName = (language: Language, extension: "xlsx" | "csv") => `${textFor(language).bulk.templateFileName}.${extension}`;

export function templateCsv(language: Language): string {
  const t = textFor(language);
  // A byte order mark, so that spreadsheet programs read the accents as UTF-8.
  return `\uFEFF${stringify([COLUMNS.map((c) => heading(t, c))])}`;
}

const columnLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + columnLetter(((n - 1) % 26) + 1));

// exceljs keeps a sheet's validations by address and writes a range as one rule; its types leave the collection out.
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } }).dataValidations;

const built = new Map<Language, Promise<Blob>>();

/** The workbook depends on the language and the code only: built once per language. */
export function templateXlsx(language: Language): Promise<Blob> {
  let workbook = built.get(language);
  if (!workbook) {
    workbook = buildXlsx(language);
    built.set(language, workbook);
    workbook.catch(() => built.delete(language));
  }
  return workbook;
}

async function buildXlsx(language: Language): Promise<Blob> {
  const t = textFor(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.site.name;
  const entries = workbook.addWorksheet(t.bulk.sheetEntries, { views: [{ state: "frozen", ySplit: 1 }] });
  const lists = workbook.addWorksheet(t.bulk.sheetLists);

  entries.columns = COLUMNS.map((c) => ({ header: heading(t, c), key: c.key, width: Math.min(40, Math.max(16, heading(t, c).length + 4)) }));
  const headings = entries.getRow(1);
  headings.font = { bold: true };
  COLUMNS.forEach((column, i) => {
    const cell = headings.getCell(i + 1);
    const how = column.kind === "choices" ? t.bulk.noteChoices : column.kind === "yes-no" ? t.bulk.noteYesNo : column.kind === "words" ? t.bulk.noteWords : "";
    cell.note = [fieldHint(t, column.key), how].filter(Boolean).join("\n\n");
    // Typed text stays text: "2023-04" is a month here, not a date, and "0012" keeps its zeros.
    if (column.kind === "text") entries.getColumn(i + 1).numFmt = "@";
  });

  let listColumn = 0;
  COLUMNS.forEach((column, i) => {
    const labels = column.options ? optionLabels(column.options, language) : column.kind === "yes-no" ? [t.bulk.yes, t.bulk.no] : null;
    if (!labels) return;
    listColumn++;
    const letter = columnLetter(listColumn);
    lists.getColumn(listColumn).width = 40;
    lists.getCell(`${letter}1`).value = heading(t, column);
    lists.getCell(`${letter}1`).font = { bold: true };
    labels.forEach((label, j) => (lists.getCell(`${letter}${j + 2}`).value = label));
    if (column.kind === "choices") return;
    const range = `'${t.bulk.sheetLists.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${labels.length + 1}`;
    const target = columnLetter(i + 1);
    validations(entries).add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      errorTitle: heading(t, column),
      error: t.bulk.chooseFromList,
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([new Uint8Array(buffer as ArrayBuffer)]);
}
