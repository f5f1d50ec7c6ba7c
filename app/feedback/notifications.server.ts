import { sendMail } from "~/email/email.server";
import { db } from "~/utils/db.server";
import { FEEDBACK_TYPE_TITLES } from "./feedback-types";

type NewThread = { id: string; reference: string; type: string; organisationId: string; deadlineAt: Date; entry: { name: string; publicId: string } };

/** The organisation's editors and approvers; FEEDBACK_NOTIFY_EMAIL when it has none. */
async function organisationRecipients(organisationId: string): Promise<string[]> {
  const staff = await db.user.findMany({ where: { organisationId, role: { in: ["editor", "approver"] } }, select: { email: true } });
  const emails = staff.map((u) => u.email);
  if (!emails.length && process.env.FEEDBACK_NOTIFY_EMAIL) emails.push(process.env.FEEDBACK_NOTIFY_EMAIL);
  return emails;
}

/** One mail per recipient, so staff addresses are not shared; the message itself stays in the register. */
export async function notifyNewFeedback(thread: NewThread, origin: string) {
  const to = await organisationRecipients(thread.organisationId);
  const subject = `New feedback ${thread.reference} on "${thread.entry.name}"`;
  const text = [
    `A member of the public sent feedback (${FEEDBACK_TYPE_TITLES[thread.type] ?? thread.type}) on the entry "${thread.entry.name}".`,
    "",
    `Reference: ${thread.reference}`,
    `Answer by: ${thread.deadlineAt.toISOString().slice(0, 10)}`,
    "",
    `Read, moderate and answer it here: ${origin}/feedback/${thread.id}`,
  ].join("\n");
  for (const address of to) await sendMail({ to: address, subject, text });
}

export async function notifyCitizenAnswered(thread: { reference: string; email: string | null; entry: { name: string; publicId: string }; organisation: { name: string } }, answer: string, origin: string) {
  if (!thread.email) return;
  await sendMail({
    to: thread.email,
    subject: `Answer to your feedback ${thread.reference}`,
    text: [
      `${thread.organisation.name} has answered your feedback ${thread.reference} on "${thread.entry.name}":`,
      "",
      answer,
      "",
      `The entry: ${origin}/algorithms/${thread.entry.publicId}`,
    ].join("\n"),
  });
}
