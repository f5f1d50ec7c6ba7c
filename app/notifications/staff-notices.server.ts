/**
 * Notification mails to staff about entries and assessments. Each is queued in the transaction of the
 * state change it is about (deliver with deliverOutboxInBackground after commit), one mail per person so
 * no address is shared, never to the person who made the change, and only to those who have the kind on.
 * Mails name the entry and link to its page; they never carry a comment or anyone's name or address.
 * They are written in the deployment's DEFAULT_LANGUAGE and link to the pages in it (mail-text.server.ts).
 */
import { ROLES, hasPermission } from "~/auth/roles";
import { queueMail, type Mail } from "~/email/email.server";
import { mailLink, mailText, staffLanguage } from "~/email/mail-text.server";
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/i18n/languages.mjs";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { receives } from "./preferences.server";

export type NoticeTx = Pick<Prisma.TransactionClient, "user" | "auditLog" | "outboxMail">;

export const settingsUrl = (language: Language = staffLanguage()) => mailLink(language, "/account/notifications");

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
export async function queueEntrySubmitted(tx: NoticeTx, entry: EntryRef & { organisationName: string }, actorId: string | null) {
  const to = await staffAddresses(tx, "entry_submitted", { organisationId: entry.organisationId, except: actorId });
  const language = staffLanguage();
  const link = mailLink(language, `/entries/${entry.id}`);
  const mail = mailText(language, "entrySubmitted", { name: entry.name, organisation: entry.organisationName, link, settingsUrl: settingsUrl(language) });
  return queueEach(tx, to, mail);
}

/** The person who submitted the entry for the decision now taken (the latest submission's author). */
async function submitter(tx: NoticeTx, entryId: string): Promise<string[]> {
  const row = await tx.auditLog.findFirst({ where: { entryId, action: "entry.submit" }, orderBy: { at: "desc" }, select: { actorId: true } });
  return row?.actorId ? [row.actorId] : [];
}

/** To the editor who submitted the entry: the approver asked for changes. */
export async function queueChangesRequested(tx: NoticeTx, entry: EntryRef, actorId: string | null) {
  const among = await submitter(tx, entry.id);
  const to = await staffAddresses(tx, "entry_changes_requested", { organisationId: entry.organisationId, except: actorId, among });
  const language = staffLanguage();
  const link = mailLink(language, `/entries/${entry.id}`);
  return queueEach(tx, to, mailText(language, "changesRequested", { name: entry.name, link, settingsUrl: settingsUrl(language) }));
}

/** To the editor who submitted the entry: it is published. */
export async function queueEntryPublished(tx: NoticeTx, entry: EntryRef & { version: number }, actorId: string | null) {
  const among = await submitter(tx, entry.id);
  const to = await staffAddresses(tx, "entry_published", { organisationId: entry.organisationId, except: actorId, among });
  const language = staffLanguage();
  const link = mailLink(language, `/algorithms/${entry.publicId}`);
  return queueEach(tx, to, mailText(language, "published", { name: entry.name, version: entry.version, link, settingsUrl: settingsUrl(language) }));
}

/** The outcome's label: one text, or one per language. */
type Label = string | Readonly<Record<Language, string>>;

/** To the organisation: its approvers, and its staff who worked on the entry or its assessments. */
export async function queueReviewConcluded(tx: NoticeTx, review: { assessmentId: string; entry: EntryRef; outcome: Label }, actorId: string) {
  const { entry } = review;
  const approvers = await tx.user.findMany({ where: { organisationId: entry.organisationId, role: "approver" }, select: { id: true } });
  const workedOn = await tx.auditLog.findMany({
    where: { entryId: entry.id, actorId: { not: null }, OR: [{ action: { startsWith: "entry." } }, { action: { startsWith: "assessment." } }] },
    distinct: ["actorId"],
    select: { actorId: true },
  });
  const among = [...approvers.map((u) => u.id), ...workedOn.map((r) => r.actorId!)];
  const to = await staffAddresses(tx, "review_concluded", { organisationId: entry.organisationId, except: actorId, among });
  const language = staffLanguage();
  const outcome = typeof review.outcome === "string" ? review.outcome : review.outcome[language];
  const link = mailLink(language, `/assessments/${review.assessmentId}`);
  const mail = mailText(language, "reviewConcluded", { name: entry.name, outcome, link, settingsUrl: settingsUrl(language) });
  return queueEach(tx, to, mail);
}
