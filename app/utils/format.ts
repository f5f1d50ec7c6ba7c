/**
 * Dates and numbers as pages show them, in the page's language (English unless told): dates written
 * out in full and in UTC so server and browser agree. The formatters are built once per language
 * (`toLocaleString` builds one per call, which costs more than the rest of rendering a facet count).
 */
import type { Language } from "~/i18n/languages.mjs";

const LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };
const days = new Map<Language, Intl.DateTimeFormat>();
const counts = new Map<Language, Intl.NumberFormat>();

function dayFormat(language: Language): Intl.DateTimeFormat {
  let format = days.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    days.set(language, format);
  }
  return format;
}

export function formatDay(value: Date | string | null | undefined, language: Language = "en"): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? "" : dayFormat(language).format(d);
}

/** A whole number with thousands separators: 12,345 (English), 12.345 (Dutch). */
export function formatCount(n: number, language: Language = "en"): string {
  let format = counts.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language]);
    counts.set(language, format);
  }
  return format.format(n);
}
