/** Feedback on the client's organisation's entries, and answers published through the API as the staff page does. */
import { answerSchema } from "~/feedback/moderation-schema";
import { moderate } from "~/feedback/moderation.server";
import { flattenIssues } from "~/forms/errors";
import { db } from "~/utils/db.server";
import { actorFor, type FilingClient } from "./filing-actor.server";
import { ownEntry } from "./filing.server";
import { FilingProblem } from "./filing-problem";

// The sender's name and address stay with the staff pages: a machine client never gets them.
const THREAD_SELECT = {
  id: true,
  reference: true,
  type: true,
  message: true,
  publicMessage: true,
  status: true,
  moderation: true,
  language: true,
  withdrawnAt: true,
  deadlineAt: true,
  answeredAt: true,
  closedAt: true,
  createdAt: true,
  messages: { orderBy: { createdAt: "asc" }, select: { body: true, createdAt: true } },
} as const;

export async function feedbackOnEntry(client: FilingClient, publicId: string) {
  const entry = await ownEntry(client, publicId);
  const threads = await db.feedbackThread.findMany({
    where: { entryId: entry.id, organisationId: client.organisationId },
    orderBy: { createdAt: "asc" },
    select: THREAD_SELECT,
  });
  return { entry, threads };
}
export type ApiThread = Awaited<ReturnType<typeof feedbackOnEntry>>["threads"][number];

/** Publishes an answer to a thread of the client's organisation (mailed to the sender, as from the staff page). */
export async function answerFeedback(client: FilingClient, threadId: string, body: unknown): Promise<ApiThread> {
  const thread = await db.feedbackThread.findUnique({ where: { id: threadId }, select: { organisationId: true } });
  if (!thread || thread.organisationId !== client.organisationId) throw new FilingProblem(404, "filingApi.threadNotFound");
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new FilingProblem(400, "filingApi.notJson");
  const parsed = answerSchema.safeParse({ intent: "answer", body: (body as { body?: unknown }).body });
  if (!parsed.success) {
    const errors = flattenIssues(parsed.error.issues);
    throw new FilingProblem(422, "filingApi.invalidStep", { count: Object.keys(errors).length }, errors);
  }
  const result = await moderate(actorFor(client), threadId, parsed.data);
  if (!result.ok) throw new FilingProblem(409, { reference: result.errors._form ?? Object.values(result.errors)[0] });
  return db.feedbackThread.findUniqueOrThrow({ where: { id: threadId }, select: THREAD_SELECT });
}
