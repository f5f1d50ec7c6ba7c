export const MAX_DEADLINE_DAYS = 120;
const DAY_MS = 86_400_000;

// Adding working days needs the holiday rules and lives in working-days.server.ts; this module is also used in the browser.

/** Whole calendar days between two moments (never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** A thread is overdue when it has no answer and its deadline has passed; a withdrawn one awaits nothing. */
export function isOverdue(thread: { deadlineAt: Date; answeredAt: Date | null; status: string; withdrawnAt?: Date | null }, now = new Date()) {
  return isAwaitingAnswer(thread) && thread.deadlineAt < now;
}

/** Still waiting for the organisation's answer: received, not answered, not withdrawn by its sender. */
export function isAwaitingAnswer(thread: { answeredAt: Date | null; status: string; withdrawnAt?: Date | null }) {
  return thread.status === "received" && !thread.answeredAt && !thread.withdrawnAt;
}
