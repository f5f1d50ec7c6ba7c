import { setting } from "~/config/settings.mjs";
import { queueMail, sendMail } from "~/email/email.server";
import { mailDay, mailLink, mailText, staffLanguage } from "~/email/mail-text.server";
import type { Prisma } from "~/generated/prisma/client";
import { isLanguage, type Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { receives } from "~/notifications/preferences.server";
import { settingsUrl } from "~/notifications/staff-notices.server";
import { db } from "~/utils/db.server";
import { feedbackTypeTitle } from "./feedback-types";

/** The language a citizen wrote in (stored with the thread); threads from before it was stored are English. */
const senderLanguage = (stored: string): Language => (isLanguage(stored) ? stored : "en");

type NewThread = { id: string; reference: string; type: string; organisationId: string; deadlineAt: Date; entry: { name: string; publicId: string } };

/** The organisation's editors and approvers who have these notices on; FEEDBACK_NOTIFY_EMAIL when it has no such staff at all. */
async function organisationRecipients(organisationId: string, client: Pick<Prisma.TransactionClient, "user"> = db): Promise<string[]> {
  const staff = { organisationId, role: { in: ["editor", "approver"] } };
  const emails = (await client.user.findMany({ where: { ...staff, ...receives("feedback_received") }, select: { email: true } })).map((u) => u.email);
  const fallback = setting("FEEDBACK_NOTIFY_EMAIL");
  if (!emails.length && fallback && !(await client.user.count({ where: staff }))) emails.push(fallback);
  return emails;
}

/**
 * One mail per recipient, so staff addresses are not shared; the message itself stays in the register.
 * Queued in the transaction that stores the thread: delivered from the outbox after commit. In the
 * staff's language, whatever language the citizen wrote in.
 */
export async function queueNewFeedbackNotice(thread: NewThread, tx: Pick<Prisma.TransactionClient, "user" | "outboxMail">) {
  const to = await organisationRecipients(thread.organisationId, tx);
  const language = staffLanguage();
  const mail = mailText(language, "feedbackReceived", {
    reference: thread.reference,
    type: feedbackTypeTitle(textFor(language), thread.type),
    entry: thread.entry.name,
    deadline: mailDay(thread.deadlineAt, language),
    link: mailLink(language, `/feedback/${thread.id}`),
    settingsUrl: settingsUrl(language),
  });
  for (const address of to) await queueMail({ to: address, ...mail }, tx);
}

/**
 * The citizen's copy of the receipt, when they gave an address: the reference, when to expect an answer,
 * the entry and the private withdrawal link. Queued in the transaction that stores the thread.
 */
export async function queueReceiptCopy(
  receipt: {
    reference: string;
    email: string | null;
    language: string;
    deadlineAt: Date;
    withdrawToken: string;
    entry: { name: string; publicId: string; organisation: { name: string } };
  },
  tx: Pick<Prisma.TransactionClient, "outboxMail">,
) {
  if (!receipt.email) return;
  const language = senderLanguage(receipt.language);
  const mail = mailText(language, "receipt", {
    reference: receipt.reference,
    entry: receipt.entry.name,
    organisation: receipt.entry.organisation.name,
    deadline: mailDay(receipt.deadlineAt, language),
    entryUrl: mailLink(language, `/algorithms/${receipt.entry.publicId}`),
    withdrawUrl: mailLink(language, `/feedback/withdraw/${receipt.withdrawToken}`),
  });
  await queueMail({ to: receipt.email, ...mail }, tx);
}

export async function notifyCitizenAnswered(
  thread: { reference: string; email: string | null; language: string; entry: { name: string; publicId: string }; organisation: { name: string } },
  answer: string,
) {
  if (!thread.email) return;
  const language = senderLanguage(thread.language);
  const mail = mailText(language, "answered", {
    reference: thread.reference,
    organisation: thread.organisation.name,
    entry: thread.entry.name,
    answer,
    entryUrl: mailLink(language, `/algorithms/${thread.entry.publicId}`),
  });
  await sendMail({ to: thread.email, ...mail });
}
