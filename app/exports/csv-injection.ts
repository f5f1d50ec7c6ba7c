/**
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula, and tab or carriage return can hide such a start. Every CSV the register produces
 * passes each cell through here: such a cell gets a leading apostrophe, which spreadsheets show
 * as text and which a reader of the file can strip. The /downloads page says so.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseCsvCell = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);
