/**
 * Dates and numbers as pages show them: in English, dates written out in full and in UTC so server
 * and browser agree. The formatters are built once (`toLocaleString` builds one per call, which
 * costs more than the rest of rendering a facet count).
 */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const COUNT = new Intl.NumberFormat("en-GB");

export function formatDay(value: Date | string | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? "" : DAY.format(d);
}

/** A whole number with thousands separators: 12,345. */
export const formatCount = (n: number) => COUNT.format(n);
