import { auditActor, type ActingParty } from "~/audit/actor.server";
import { recordAudit } from "~/audit/audit.server";
import { canActForOrganisation } from "~/auth/guards.server";
import { hasPermission } from "~/auth/roles";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/http.server";
import { problem } from "~/i18n/problem";
import type { Text } from "~/i18n/text-types";
import type { ModerationInput } from "./moderation-schema";
import { notifyCitizenAnswered } from "./notifications.server";

type Moderator = Pick<SessionUser, "role" | "organisationId"> & ActingParty;

export function canModerateSomething(user: Moderator) {
  return hasPermission(user.role, "feedback:moderate:own") || hasPermission(user.role, "feedback:moderate:any");
}

/** Threads a moderator may see: their organisation's, or every one for admins. */
export async function listThreadsFor(user: Moderator) {
  if (!canModerateSomething(user)) forbidden();
  const all = hasPermission(user.role, "feedback:moderate:any");
  return db.feedbackThread.findMany({
    where: all ? {} : { organisationId: user.organisationId ?? "-" },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      reference: true,
      type: true,
      createdAt: true,
      moderation: true,
      status: true,
      deadlineAt: true,
      answeredAt: true,
      withdrawnAt: true,
      entry: { select: { name: true, publicId: true } },
      organisation: { select: { name: true } },
    },
  });
}

/** The whole thread (including the original text and contact details) for someone who may moderate it; 404/403 otherwise. */
export async function requireModeratableThread(user: Moderator, threadId: string) {
  const thread = await db.feedbackThread.findUnique({
    where: { id: threadId },
    select: {
      id: true,
      reference: true,
      type: true,
      message: true,
      publicMessage: true,
      name: true,
      email: true,
      consentToPublish: true,
      status: true,
      moderation: true,
      moderationReason: true,
      withdrawnAt: true,
      deadlineAt: true,
      answeredAt: true,
      closedAt: true,
      createdAt: true,
      language: true,
      organisationId: true,
      entryId: true,
      entry: { select: { name: true, publicId: true } },
      organisation: { select: { name: true } },
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
    },
  });
  if (!thread) notFound();
  if (!canActForOrganisation(user, thread.organisationId, "feedback:moderate:own")) forbidden();
  return thread;
}
export type ModeratedThread = Awaited<ReturnType<typeof requireModeratableThread>>;

/** `notice` is a key of the catalogue's feedback.moderationDone: the confirmation the page shows after the redirect. */
export type ModerationNotice = keyof Text["feedback"]["moderationDone"];

export type ModerationResult = { ok: true; notice: ModerationNotice } | { ok: false; errors: Record<string, string> };

/** Applies one moderation action; every action is audited. */
export async function moderate(user: Moderator, threadId: string, input: ModerationInput, now = new Date()): Promise<ModerationResult> {
  const thread = await requireModeratableThread(user, threadId);
  if (thread.withdrawnAt) return { ok: false, errors: { _form: problem("feedback.moderation.refused.withdrawn") } };
  const audit = (action: string, comment?: string | null) =>
    recordAudit({ ...auditActor(user), action: `feedback.${action}`, subjectType: "feedback", subjectId: thread.id, entryId: thread.entryId, comment });
  const update = (data: Parameters<typeof db.feedbackThread.update>[0]["data"]) => db.feedbackThread.update({ where: { id: thread.id }, data });

  switch (input.intent) {
    case "publish": {
      if (!thread.consentToPublish) return { ok: false, errors: { _form: problem("feedback.moderation.refused.noConsent") } };
      if (!thread.message && !thread.publicMessage && !input.publicMessage)
        return { ok: false, errors: { publicMessage: problem("feedback.validation.publicMessageRequired") } };
      const redacted = input.publicMessage && input.publicMessage !== thread.message ? input.publicMessage : null;
      await update({ moderation: "published", publicMessage: redacted ?? (thread.message ? null : thread.publicMessage), moderationReason: null });
      await audit(redacted ? "published_redacted" : "published");
      return { ok: true, notice: "published" };
    }
    case "reject":
      await update({ moderation: "rejected", moderationReason: input.reason });
      await audit("rejected", input.reason);
      return { ok: true, notice: "rejected" };
    case "private":
      await update({ moderation: "private", moderationReason: null });
      await audit("made_private");
      return { ok: true, notice: "private" };
    case "delete-original": {
      if (thread.moderation === "published" && !thread.publicMessage) {
        return { ok: false, errors: { _form: problem("feedback.moderation.refused.publishedAsWritten") } };
      }
      await update({ message: "" });
      await audit("original_deleted");
      return { ok: true, notice: "original_deleted" };
    }
    case "answer": {
      await db.$transaction([
        db.feedbackMessage.create({ data: { threadId: thread.id, authorId: user.id, body: input.body, createdAt: now } }),
        db.feedbackThread.update({ where: { id: thread.id }, data: { status: "answered", answeredAt: thread.answeredAt ?? now } }),
      ]);
      await audit("answered");
      await notifyCitizenAnswered(thread, input.body);
      return { ok: true, notice: thread.email ? "answered_and_sent" : "answered" };
    }
    case "close":
      // The privacy statement promises the email address goes when the conversation is closed.
      await update({ status: "closed", closedAt: now, email: null });
      await audit("closed");
      return { ok: true, notice: "closed" };
  }
}

/** Approvers set their own organisation's deadline; admins any organisation's. */
export function canSetDeadline(user: Moderator, organisationId: string) {
  return hasPermission(user.role, "admin:manage") || canActForOrganisation(user, organisationId, "entry:publish:own");
}

export async function setDeadlineDays(user: Moderator, organisationId: string, days: number) {
  if (!canSetDeadline(user, organisationId)) forbidden();
  const org = await db.organisation.findUnique({ where: { id: organisationId }, select: { id: true, feedbackDeadlineDays: true } });
  if (!org) notFound();
  await db.organisation.update({ where: { id: organisationId }, data: { feedbackDeadlineDays: days } });
  await recordAudit({
    actorId: user.id,
    action: "organisation.feedback_deadline_changed",
    subjectType: "organisation",
    subjectId: organisationId,
    details: { from: org.feedbackDeadlineDays, to: days },
  });
}
