import { db } from "~/utils/db.server";
import { daysBetween, isOverdue } from "./deadline";

/** Only what the public may see: never the name, email, original of a redacted text or IP hash. */
const PUBLIC_WHERE = { moderation: "published", withdrawnAt: null } as const;

async function publicThreads(entryId: string) {
  return db.feedbackThread.findMany({
    where: { ...PUBLIC_WHERE, entryId },
    orderBy: { createdAt: "desc" },
    select: {
      reference: true,
      type: true,
      message: true,
      publicMessage: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      deadlineAt: true,
      answeredAt: true,
      closedAt: true,
      messages: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
    },
  });
}

export type PublicThread = {
  reference: string;
  type: string;
  text: string;
  status: string;
  receivedAt: string;
  updatedAt: string;
  answeredAt: string | null;
  closedAt: string | null;
  /** Set when the deadline passed without an answer: days since it was received. */
  awaitingDays: number | null;
  answers: Array<{ body: string; at: string }>;
};

/** Published threads in their public shape (shared by the entry page, the API and the Atom feed). */
export async function publishedThreadsForApi(entryId: string, now = new Date()): Promise<PublicThread[]> {
  const rows = await publicThreads(entryId);
  return rows.map((r) => ({
    reference: r.reference,
    type: r.type,
    text: r.publicMessage ?? r.message,
    status: r.status,
    receivedAt: r.createdAt.toISOString(),
    updatedAt: [r.updatedAt, ...r.messages.map((m) => m.createdAt)].reduce((a, b) => (a > b ? a : b)).toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    awaitingDays: isOverdue(r, now) ? daysBetween(r.createdAt, now) : null,
    answers: r.messages.map((m) => ({ body: m.body, at: m.createdAt.toISOString() })),
  }));
}

/** Published feedback threads of an entry, for its public page. */
export async function feedbackForEntryPage(entryId: string, now = new Date()) {
  const [threads, entry] = await Promise.all([
    publishedThreadsForApi(entryId, now),
    db.entry.findUnique({ where: { id: entryId }, select: { state: true, organisation: { select: { name: true } } } }),
  ]);
  return { threads, organisationName: entry?.organisation.name ?? "", acceptsFeedback: entry?.state === "published" };
}
export type PublicFeedback = Awaited<ReturnType<typeof feedbackForEntryPage>>;
