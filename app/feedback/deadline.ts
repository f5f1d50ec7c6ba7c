import { HOLIDAYS } from "./holidays";

export const DEFAULT_DEADLINE_DAYS = 20;
export const MAX_DEADLINE_DAYS = 120;
const DAY_MS = 86_400_000;

function isWorkingDay(d: Date, holidays: ReadonlySet<string>) {
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(d.toISOString().slice(0, 10));
}

/** The moment N working days (Monday to Friday, holidays excluded) after `from`, same time of day. */
export function addWorkingDays(from: Date, days: number, holidays: readonly string[] = HOLIDAYS): Date {
  const skip = new Set(holidays);
  const d = new Date(from);
  let left = Math.max(0, Math.floor(days));
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(d, skip)) left -= 1;
  }
  return d;
}

/** Whole calendar days between two moments (never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** A thread is overdue when it has no answer and its deadline has passed. */
export function isOverdue(thread: { deadlineAt: Date; answeredAt: Date | null; status: string }, now = new Date()) {
  return thread.status === "received" && !thread.answeredAt && thread.deadlineAt < now;
}
