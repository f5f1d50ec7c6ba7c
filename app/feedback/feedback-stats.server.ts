import { db } from "~/utils/db.server";
import { computeStats, type ResponseStats } from "./stats";

const STATS_SELECT = { createdAt: true, deadlineAt: true, answeredAt: true, status: true, withdrawnAt: true } as const;
const COUNTED = { moderation: { not: "rejected" } } as const;

export async function organisationResponseStats(organisationId: string, now = new Date()): Promise<ResponseStats> {
  const rows = await db.feedbackThread.findMany({ where: { ...COUNTED, organisationId }, select: STATS_SELECT });
  return computeStats(rows, now);
}

export async function overallResponseStats(now = new Date()): Promise<ResponseStats> {
  const rows = await db.feedbackThread.findMany({ where: COUNTED, select: STATS_SELECT });
  return computeStats(rows, now);
}

/** Ids of entries with at least one published thread still awaiting an answer (for the search facet). */
export async function entriesAwaitingAnswer(): Promise<Set<string>> {
  const rows = await db.feedbackThread.findMany({
    where: { moderation: "published", withdrawnAt: null, status: "received", answeredAt: null },
    select: { entryId: true },
    distinct: ["entryId"],
  });
  return new Set(rows.map((r) => r.entryId));
}
