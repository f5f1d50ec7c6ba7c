/**
 * From a sheet's headings and cells to entry fields, with every problem named by row and column.
 * Each filled cell must meet the rules of the filing form's "Save and submit" (entrySubmitSchema):
 * formats, limits and allowed values. Empty cells are allowed, except the name and the own id:
 * the rows become drafts, finished and submitted in the form.
 */
import { emptyEntry, entrySubmitSchema, type EntryDraft } from "~/entries/entry-schema";
import { FIELDS, type FieldKey } from "~/entries/standard";
import { LANGUAGES, type Language } from "~/i18n/languages.mjs";
import { problem } from "~/i18n/problem";
import { textFor } from "~/i18n/text";
import { COLUMNS, findOption, fold, heading, MAX_CHOICES, REQUIRED_COLUMNS, SOURCE_ID_KEY, type Column } from "./columns";

/** A problem with the file: `row` is the sheet's row number (1 is the headings), `column` the heading as the file has it. */
export type BulkProblem = { row: number | null; column: string | null; message: string };

/** A sheet as read: its headings and each row that holds something, by its number in the sheet. */
export type Sheet = { headings: string[]; rows: { number: number; cells: string[] }[] };

/** Field values by column key; `undefined` for an empty cell (a re-upload clears the field). */
export type RowValues = Partial<Record<FieldKey, unknown>>;

export type BulkRow = { number: number; sourceId: string; name: string; values: RowValues };

/** Every name a column may be given in a file: its heading in each language, its field id and its key in the Dutch standard. */
function namesOf(column: Column): string[] {
  const names = LANGUAGES.map((language) => heading(textFor(language), column));
  names.push(column.key);
  const nl = FIELDS[column.key].nl;
  if (nl) names.push(nl);
  if (column.key === "sourceId") names.push(SOURCE_ID_KEY, ...LANGUAGES.map((language) => textFor(language).standard.fields.sourceId.label));
  return names.map(fold);
}

const BY_NAME: Map<string, Column> = new Map(COLUMNS.flatMap((column) => namesOf(column).map((name) => [name, column] as const)));

/** The column of each heading (null for an empty heading), or the problems: unknown, repeated or missing columns. */
export function matchHeadings(headings: string[]): { ok: true; columns: (Column | null)[] } | { ok: false; problems: BulkProblem[] } {
  const problems: BulkProblem[] = [];
  const seen = new Map<FieldKey, string>();
  const columns = headings.map((heading) => {
    if (!heading.trim()) return null;
    const column = BY_NAME.get(fold(heading));
    if (!column) {
      problems.push({ row: 1, column: heading, message: problem("bulk.problems.unknownColumn") });
      return null;
    }
    const earlier = seen.get(column.key);
    if (earlier !== undefined) problems.push({ row: 1, column: heading, message: problem("bulk.problems.repeatedColumn", { other: earlier }) });
    seen.set(column.key, heading);
    return column;
  });
  for (const key of REQUIRED_COLUMNS)
    if (!seen.has(key)) problems.push({ row: 1, column: null, message: problem("bulk.problems.missingColumn", { key: FIELDS[key].nl ?? key }) });
  return problems.length ? { ok: false, problems } : { ok: true, columns };
}

const YES = new Set(
  LANGUAGES.flatMap((l) => [textFor(l).bulk.yes])
    .concat(["true", "1", "yes", "ja", "waar"])
    .map(fold),
);
const NO = new Set(
  LANGUAGES.flatMap((l) => [textFor(l).bulk.no])
    .concat(["false", "0", "no", "nee", "onwaar"])
    .map(fold),
);

/** A list cell's parts: options by ";" (or a new line), search words by "," as well. */
const parts = (cell: string, separators: RegExp) =>
  cell
    .split(separators)
    .map((p) => p.trim())
    .filter(Boolean);

/** One cell's value, or its problem. A value of the wrong format is passed on as typed: the entry schema names what is wrong. */
function readCell(column: Column, cell: string, language: Language): { value: unknown } | { problem: string } {
  const allowed = () => (column.options ?? []).map((o) => o.label[language]).join("; ");
  switch (column.kind) {
    case "text":
      // A spreadsheet program turns "2023-04" into a date: its month is what was meant.
      return { value: FIELDS[column.key].input === "month" && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? cell.slice(0, 7) : cell };
    case "number": {
      const n = Number(cell.replace(/\s/g, ""));
      return { value: Number.isFinite(n) ? n : cell };
    }
    case "yes-no": {
      const word = fold(cell);
      if (YES.has(word)) return { value: true };
      if (NO.has(word)) return { value: false };
      return { problem: problem("bulk.problems.notYesNo") };
    }
    case "choice": {
      const option = findOption(column.options ?? [], cell);
      return option ? { value: option.value } : { problem: problem("bulk.problems.notAllowed", { value: cell, allowed: allowed() }) };
    }
    case "choices": {
      const values: string[] = [];
      for (const part of parts(cell, /[;\n]/)) {
        const option = findOption(column.options ?? [], part);
        if (!option) return { problem: problem("bulk.problems.notAllowed", { value: part, allowed: allowed() }) };
        if (!values.includes(option.value)) values.push(option.value);
      }
      const max = MAX_CHOICES[column.key];
      if (max !== undefined && values.length > max) return { problem: problem("standard.validation.chooseOrAddAtMost", { max }) };
      return { value: values };
    }
    case "words":
      return { value: parts(cell, /[,;\n]/) };
  }
}

/** Sets a dotted field (`lifecycle.status`) in a document, making the objects on the way. */
export function setField(doc: Record<string, unknown>, key: FieldKey, value: unknown): void {
  const path = key.split(".");
  let node = doc;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    node = (node[part] = next && typeof next === "object" && !Array.isArray(next) ? { ...(next as object) } : {}) as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** The document a row's values make when put over `base`. */
export function applyValues(base: EntryDraft, values: RowValues): EntryDraft {
  const doc = structuredClone(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) setField(doc, key as FieldKey, value);
  return doc as EntryDraft;
}

/** The column an issue of the entry schema is about: the longest column key its path starts with. */
function columnOfPath(path: readonly PropertyKey[], keys: readonly FieldKey[]): FieldKey | undefined {
  const dotted = path.map(String);
  return keys
    .filter((key) => {
      const parts = key.split(".");
      return parts.every((p, i) => dotted[i] === p);
    })
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Reads and checks every row. `language`: the language of the messages that list allowed values.
 * The rows are returned only when there is no problem at all.
 */
export function readRows(sheet: Sheet, language: Language): { ok: true; rows: BulkRow[]; idHeading: string } | { ok: false; problems: BulkProblem[] } {
  const matched = matchHeadings(sheet.headings);
  if (!matched.ok) return matched;
  const { columns } = matched;
  const problems: BulkProblem[] = [];
  const rows: BulkRow[] = [];
  const firstRowOf = new Map<string, number>();
  const headingOf = (key: FieldKey) => sheet.headings[columns.findIndex((c) => c?.key === key)];

  for (const { number, cells } of sheet.rows) {
    const values: RowValues = {};
    const filled = new Set<FieldKey>();
    // One problem per cell: the first found.
    const reported = new Set<FieldKey>();
    const report = (key: FieldKey, message: string) => {
      reported.add(key);
      problems.push({ row: number, column: headingOf(key), message });
    };
    columns.forEach((column, i) => {
      if (!column) return;
      const cell = (cells[i] ?? "").trim();
      if (!cell) {
        values[column.key] = undefined;
        return;
      }
      filled.add(column.key);
      const read = readCell(column, cell, language);
      if ("problem" in read) report(column.key, read.problem);
      else values[column.key] = read.value;
    });
    for (const key of REQUIRED_COLUMNS) if (!filled.has(key)) report(key, problem("bulk.problems.required"));

    const sourceId = String(values.sourceId ?? "");
    const earlier = firstRowOf.get(sourceId);
    if (sourceId && earlier !== undefined) report("sourceId", problem("bulk.problems.repeatedId", { row: earlier }));
    else if (sourceId) firstRowOf.set(sourceId, number);

    // The cells that were read are checked as the filing form checks them; problems of empty fields are left to the form.
    const result = entrySubmitSchema.safeParse(applyValues(emptyEntry(), values));
    const keys = [...filled];
    if (!result.success)
      for (const issue of result.error.issues) {
        const key = columnOfPath(issue.path, keys);
        if (key && !reported.has(key)) report(key, issue.message);
      }
    rows.push({ number, sourceId, name: String(values.name ?? ""), values });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows, idHeading: headingOf("sourceId") };
}
