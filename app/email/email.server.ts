import { db } from "~/utils/db.server";
import { smtpConfig, smtpTransport } from "./smtp-config.server";

export type Mail = { to: string; subject: string; text: string };

/**
 * Every mail is stored in the outbox first; with SMTP configured it is sent too and marked
 * sent (or its error kept). A failed delivery never fails the action that caused it.
 */
export async function sendMail(mail: Mail) {
  const row = await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text }, select: { id: true } });
  const config = smtpConfig();
  if (!config) return { id: row.id, sent: false as const };
  try {
    await smtpTransport(config).sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
    await db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date(), error: null } });
    return { id: row.id, sent: true as const };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.outboxMail.update({ where: { id: row.id }, data: { error: message.slice(0, 1000) } });
    return { id: row.id, sent: false as const, error: message };
  }
}

export async function listOutbox({ take = 100 } = {}) {
  return db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true, error: true } });
}
