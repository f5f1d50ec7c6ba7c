import Holidays from "date-holidays";
import { DEFAULT_COUNTRY } from "~/admin/organisation-schema";

// Server only: date-holidays carries the rules of every country (megabytes), so it must stay out of the browser bundle.
const calendars = new Map<string, Holidays>();
const byCountryYear = new Map<string, ReadonlySet<string>>();

/**
 * Days off that count for a deadline although date-holidays lists them otherwise. Dutch deadlines follow the
 * Algemene termijnenwet (art. 3), which names 5 May every year; date-holidays has it as a school holiday only,
 * since most employers give it every five years.
 */
const DEADLINE_HOLIDAYS: Record<string, Array<[rule: string, name: string]>> = {
  NL: [["05-05", "Bevrijdingsdag"]],
};

function calendar(country: string): Holidays {
  let holidays = calendars.get(country);
  if (!holidays) {
    holidays = new Holidays(country);
    for (const [rule, name] of DEADLINE_HOLIDAYS[country] ?? []) holidays.setHoliday(rule, { name, type: "public" });
    calendars.set(country, holidays);
  }
  return holidays;
}

/** The public holidays (ISO dates) of a country in a year, substitute days included; "school", "bank" and "observance" days are working days. */
function publicHolidays(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let dates = byCountryYear.get(key);
  if (!dates) {
    const days = calendar(country).getHolidays(year) || [];
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
