import { daysBetween, isAwaitingAnswer, isOverdue } from "./deadline";

/** Response statistics for organisation pages and /statistics. Private threads count; spam does not. */
export type ResponseStats = {
  received: number;
  answered: number;
  answeredInTime: number;
  awaiting: number;
  overdue: number;
  medianDaysToAnswer: number | null;
};

export type StatsRow = { createdAt: Date; deadlineAt: Date; answeredAt: Date | null; status: string; withdrawnAt: Date | null };

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Response statistics over the threads that count (everything but spam). */
export function computeStats(rows: StatsRow[], now = new Date()): ResponseStats {
  const answered = rows.filter((r) => r.answeredAt);
  const awaiting = rows.filter(isAwaitingAnswer);
  return {
    received: rows.length,
    answered: answered.length,
    answeredInTime: answered.filter((r) => r.answeredAt! <= r.deadlineAt).length,
    awaiting: awaiting.length,
    overdue: awaiting.filter((r) => isOverdue(r, now)).length,
    medianDaysToAnswer: median(answered.map((r) => daysBetween(r.createdAt, r.answeredAt!))),
  };
}
