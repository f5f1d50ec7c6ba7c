/**
 * Dates, numbers and amounts of money as pages show them, in the page's language: dates written out
 * in full ("2 December 2026", "2 december 2026") and in UTC so server and browser agree. The
 * formatters are built once per language (`toLocaleString` builds one per call, which costs more
 * than the rest of rendering a facet count).
 */
import type { Language } from "~/i18n/languages.mjs";

/** The regional variant each language is written in: day before month in English too. */
const LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL" };

function memo<F>(build: (locale: string) => F): (language: Language) => F {
  const built = new Map<Language, F>();
  return (language) => {
    let formatter = built.get(language);
    if (!formatter) {
      formatter = build(LOCALES[language] ?? LOCALES.en);
      built.set(language, formatter);
    }
    return formatter;
  };
}

const dayFormat = memo((locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
const monthFormat = memo((locale) => new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }));
const momentFormat = memo(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: "UTC",
      timeZoneName: "short",
    }),
);
const countFormat = memo((locale) => new Intl.NumberFormat(locale));

export function formatDay(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? "" : dayFormat(language).format(d);
}

/** A day and time to the minute, in UTC like the days: "2 December 2026 at 14:05 UTC". */
export function formatMoment(value: Date | string | null | undefined, language: Language): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? "" : momentFormat(language).format(d);
}

/** A month as the standard stores it (2023-04) written out: "April 2023", "april 2023"; any other text as it is. */
export function formatMonth(value: string | null | undefined, language: Language): string {
  if (!value) return "";
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return match ? monthFormat(language).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))) : value;
}

/** A whole number with thousands separators: 12,345 in English, 12.345 in Dutch. */
export const formatCount = (n: number, language: Language) => countFormat(language).format(n);

/** An amount in an ISO 4217 currency (€120,000.00 / € 120.000,00); an unknown code is shown as typed after the number. */
export function formatMoney(amount: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(LOCALES[language] ?? LOCALES.en, { style: "currency", currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${formatCount(amount, language)} ${currency}`;
  }
}
