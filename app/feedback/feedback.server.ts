import { recordAudit } from "~/audit/audit.server";
import { deliverOutboxInBackground } from "~/email/email.server";
import { db } from "~/utils/db.server";
import { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/i18n/languages.mjs";
import { addWorkingDays } from "./working-days.server";
import type { FeedbackInput } from "./feedback-schema";
import { queueNewFeedbackNotice, queueReceiptCopy } from "./notifications.server";
import { feedbackLimitReached, type FeedbackLimit } from "./rate-limits.server";
import { nextReference } from "./reference.server";
import { hashIp, hashToken, newWithdrawToken } from "./tokens.server";

/** A published entry by its public id, or null: feedback is only taken on published entries. */
export async function publishedEntryForFeedback(publicId: string) {
  const entry = await db.entry.findUnique({
    where: { publicId },
    select: {
      id: true,
      publicId: true,
      name: true,
      state: true,
      currentVersionId: true,
      organisationId: true,
      organisation: { select: { name: true, feedbackDeadlineDays: true, country: true } },
    },
  });
  if (!entry || entry.state !== "published" || !entry.currentVersionId) return null;
  return entry;
}
export type FeedbackEntry = NonNullable<Awaited<ReturnType<typeof publishedEntryForFeedback>>>;

export type FeedbackReceipt = { ok: true; reference: string; token: string } | { ok: false; limited: FeedbackLimit };

/**
 * Stores a new thread, its audit row, the organisation's notification mails and the sender's copy of the
 * receipt (when they gave an address) in one transaction, with the language the sender wrote in (the
 * page's; their receipt and the answer are mailed in it, "en" when not given),
 * then delivers the mails from the outbox: the receipt depends only on the stored thread. The
 * limits count stored messages only (see rate-limits.server.ts) and are checked in the same
 * transaction, so two posts at once cannot both take the last place.
 */
export async function submitFeedback(
  entry: FeedbackEntry,
  input: FeedbackInput,
  meta: { ip: string; language?: Language },
  now = new Date(),
): Promise<FeedbackReceipt> {
  const withdraw = newWithdrawToken();
  const deadlineAt = addWorkingDays(now, entry.organisation.feedbackDeadlineDays, entry.organisation.country);
  const ipHash = hashIp(meta.ip);
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await db.$transaction(async (tx) => {
        const limited = await feedbackLimitReached(tx, { entryId: entry.id, ipHash }, now);
        if (limited) return { ok: false as const, limited };
        const thread = await tx.feedbackThread.create({
          data: {
            reference: await nextReference(now, tx),
            entryId: entry.id,
            organisationId: entry.organisationId,
            type: input.type,
            message: input.message,
            name: input.name || null,
            email: input.email || null,
            consentToPublish: input.consent,
            withdrawTokenHash: withdraw.hash,
            ipHash,
            language: meta.language ?? "en",
            deadlineAt,
            createdAt: now,
          },
          select: { id: true, reference: true, type: true, organisationId: true, deadlineAt: true, email: true, language: true },
        });
        await recordAudit({ action: "feedback.received", subjectType: "feedback", subjectId: thread.id, entryId: entry.id }, tx);
        await queueNewFeedbackNotice({ ...thread, entry }, tx);
        await queueReceiptCopy({ ...thread, withdrawToken: withdraw.token, entry }, tx);
        return { ok: true as const, reference: thread.reference, token: withdraw.token };
      });
      if (result.ok) deliverOutboxInBackground();
      return result;
    } catch (error) {
      // Two submissions in the same instant may pick the same reference number: take the next one.
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate || attempt >= 5) throw error;
    }
  }
}

export async function threadByWithdrawToken(token: string) {
  if (!token || token.length > 200) return null;
  return db.feedbackThread.findFirst({
    where: { withdrawTokenHash: hashToken(token) },
    select: { id: true, reference: true, withdrawnAt: true, entryId: true, entry: { select: { publicId: true, name: true } } },
  });
}

/** Withdrawal hides the thread and deletes what identifies or was written by the citizen (see the privacy statement). */
export async function withdrawFeedback(threadId: string, now = new Date()) {
  const thread = await db.feedbackThread.update({
    where: { id: threadId },
    data: { withdrawnAt: now, name: null, email: null, message: "", publicMessage: null },
    select: { id: true, entryId: true },
  });
  await recordAudit({ action: "feedback.withdrawn", subjectType: "feedback", subjectId: thread.id, entryId: thread.entryId });
}
