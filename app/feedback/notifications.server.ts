import { publicOrigin, setting } from "~/config/settings.mjs";
import { queueMail, sendMail } from "~/email/email.server";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { FEEDBACK_TYPE_TITLES } from "./feedback-types";

type NewThread = { id: string; reference: string; type: string; organisationId: string; deadlineAt: Date; entry: { name: string; publicId: string } };

/** The organisation's editors and approvers; FEEDBACK_NOTIFY_EMAIL when it has none. */
async function organisationRecipients(organisationId: string, client: Pick<Prisma.TransactionClient, "user"> = db): Promise<string[]> {
  const staff = await client.user.findMany({ where: { organisationId, role: { in: ["editor", "approver"] } }, select: { email: true } });
  const emails = staff.map((u) => u.email);
  const fallback = setting("FEEDBACK_NOTIFY_EMAIL");
  if (!emails.length && fallback) emails.push(fallback);
  return emails;
}

/**
 * One mail per recipient, so staff addresses are not shared; the message itself stays in the register.
 * Queued in the transaction that stores the thread: delivered from the outbox after commit.
 */
export async function queueNewFeedbackNotice(thread: NewThread, tx: Pick<Prisma.TransactionClient, "user" | "outboxMail">) {
  const to = await organisationRecipients(thread.organisationId, tx);
  const subject = `New feedback ${thread.reference} on "${thread.entry.name}"`;
  const text = [
    `A member of the public sent feedback (${FEEDBACK_TYPE_TITLES[thread.type] ?? thread.type}) on the entry "${thread.entry.name}".`,
    "",
    `Reference: ${thread.reference}`,
    `Answer by: ${thread.deadlineAt.toISOString().slice(0, 10)}`,
    "",
    `Read, moderate and answer it here: ${publicOrigin()}/feedback/${thread.id}`,
  ].join("\n");
  for (const address of to) await queueMail({ to: address, subject, text }, tx);
}

export async function notifyCitizenAnswered(
  thread: { reference: string; email: string | null; entry: { name: string; publicId: string }; organisation: { name: string } },
  answer: string,
) {
  if (!thread.email) return;
  await sendMail({
    to: thread.email,
    subject: `Answer to your feedback ${thread.reference}`,
    text: [
      `${thread.organisation.name} has answered your feedback ${thread.reference} on "${thread.entry.name}":`,
      "",
      answer,
      "",
      `The entry: ${publicOrigin()}/algorithms/${thread.entry.publicId}`,
    ].join("\n"),
  });
}
