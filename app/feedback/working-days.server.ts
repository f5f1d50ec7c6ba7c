import Holidays from "date-holidays";
import { DEFAULT_COUNTRY } from "~/admin/organisation-schema";

// Server only: date-holidays carries the rules of every country (megabytes), so it must stay out of the browser bundle.
const byCountryYear = new Map<string, ReadonlySet<string>>();

/** The public holidays (ISO dates) of a country in a year; "school", "bank" and "observance" days are working days. */
function publicHolidays(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let dates = byCountryYear.get(key);
  if (!dates) {
    const days = new Holidays(country).getHolidays(year) || [];
    dates = new Set(days.filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    byCountryYear.set(key, dates);
  }
  return dates;
}

/** Whether a calendar day (its UTC date) is a working day in that country: Monday to Friday and not a public holiday. */
function isWorkingDay(day: Date, country: string = DEFAULT_COUNTRY): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(country, day.getUTCFullYear()).has(day.toISOString().slice(0, 10));
}

/** The moment N working days after `from` in the organisation's country, same time of day. */
export function addWorkingDays(from: Date, days: number, country: string = DEFAULT_COUNTRY): Date {
  const d = new Date(from);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(d, country)) left -= 1;
  }
  return d;
}
