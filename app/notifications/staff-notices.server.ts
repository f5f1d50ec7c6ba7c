/**
 * Notification mails to staff about entries and assessments. Each is queued in the transaction of the
 * state change it is about (deliver with deliverOutboxInBackground after commit), one mail per person so
 * no address is shared, never to the person who made the change, and only to those who have the kind on.
 * Mails name the entry and link to its page; they never carry a comment or anyone's name or address.
 */
import { ROLES, hasPermission } from "~/auth/roles";
import { publicOrigin } from "~/config/settings.mjs";
import { queueMail, type Mail } from "~/email/email.server";
import type { Prisma } from "~/generated/prisma/client";
import { notificationText as nt } from "~/i18n/notifications.en";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { receives } from "./preferences.server";

export type NoticeTx = Pick<Prisma.TransactionClient, "user" | "auditLog" | "outboxMail">;

export const settingsUrl = () => `${publicOrigin()}/account/notifications`;

/** Staff of the organisation who may get this kind, have it on and are not `except`; `among` narrows to those users. */
async function staffAddresses(
  tx: NoticeTx,
  kind: NotificationKind,
  scope: { organisationId: string; except: string | null; among?: string[] },
): Promise<string[]> {
  const permission = NOTIFICATION_KINDS.find((k) => k.kind === kind)!.permission;
  const roles = ROLES.filter((role) => hasPermission(role, permission));
  const users = await tx.user.findMany({
    where: {
      organisationId: scope.organisationId,
      role: { in: roles },
      ...(scope.among ? { id: { in: scope.among } } : {}),
      ...(scope.except ? { NOT: { id: scope.except } } : {}),
      ...receives(kind),
    },
    orderBy: { email: "asc" },
    select: { email: true },
  });
  return users.map((u) => u.email);
}

async function queueEach(tx: NoticeTx, to: string[], mail: Omit<Mail, "to">) {
  for (const address of to) await queueMail({ ...mail, to: address }, tx);
  return to;
}

type EntryRef = { id: string; publicId: string; name: string; organisationId: string };

/** To the organisation's approvers: an entry waits for them. */
export async function queueEntrySubmitted(tx: NoticeTx, entry: EntryRef & { organisationName: string }, actorId: string) {
  const to = await staffAddresses(tx, "entry_submitted", { organisationId: entry.organisationId, except: actorId });
  const mail = nt.mail.entrySubmitted({ name: entry.name, organisation: entry.organisationName }, `${publicOrigin()}/entries/${entry.id}`, settingsUrl());
  return queueEach(tx, to, mail);
}

/** The person who submitted the entry for the decision now taken (the latest submission's author). */
async function submitter(tx: NoticeTx, entryId: string): Promise<string[]> {
  const row = await tx.auditLog.findFirst({ where: { entryId, action: "entry.submit" }, orderBy: { at: "desc" }, select: { actorId: true } });
  return row?.actorId ? [row.actorId] : [];
}

/** To the editor who submitted the entry: the approver asked for changes. */
export async function queueChangesRequested(tx: NoticeTx, entry: EntryRef, actorId: string) {
  const among = await submitter(tx, entry.id);
  const to = await staffAddresses(tx, "entry_changes_requested", { organisationId: entry.organisationId, except: actorId, among });
  return queueEach(tx, to, nt.mail.changesRequested(entry, `${publicOrigin()}/entries/${entry.id}`, settingsUrl()));
}

/** To the editor who submitted the entry: it is published. */
export async function queueEntryPublished(tx: NoticeTx, entry: EntryRef & { version: number }, actorId: string) {
  const among = await submitter(tx, entry.id);
  const to = await staffAddresses(tx, "entry_published", { organisationId: entry.organisationId, except: actorId, among });
  return queueEach(tx, to, nt.mail.published(entry, `${publicOrigin()}/algorithms/${entry.publicId}`, settingsUrl()));
}

/** To the organisation: its approvers, and its staff who worked on the entry or its assessments. */
export async function queueReviewConcluded(tx: NoticeTx, review: { assessmentId: string; entry: EntryRef; outcome: string }, actorId: string) {
  const { entry } = review;
  const approvers = await tx.user.findMany({ where: { organisationId: entry.organisationId, role: "approver" }, select: { id: true } });
  const workedOn = await tx.auditLog.findMany({
    where: { entryId: entry.id, actorId: { not: null }, OR: [{ action: { startsWith: "entry." } }, { action: { startsWith: "assessment." } }] },
    distinct: ["actorId"],
    select: { actorId: true },
  });
  const among = [...approvers.map((u) => u.id), ...workedOn.map((r) => r.actorId!)];
  const to = await staffAddresses(tx, "review_concluded", { organisationId: entry.organisationId, except: actorId, among });
  const mail = nt.mail.reviewConcluded({ name: entry.name, outcome: review.outcome }, `${publicOrigin()}/assessments/${review.assessmentId}`, settingsUrl());
  return queueEach(tx, to, mail);
}
