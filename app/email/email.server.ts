import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { PROCESS_ID } from "~/utils/job-lease.server";
import { smtpConfig, smtpTransport } from "./smtp-config.server";

export type Mail = { to: string; subject: string; text: string };
type OutboxClient = Pick<Prisma.TransactionClient, "outboxMail">;
const MAIL_FIELDS = { id: true, to: true, subject: true, text: true, attempts: true } as const;

/** Minutes to wait before each retry: about a day and a half in all, then the mail stays unsent in the outbox. */
export const RETRY_MINUTES = [1, 5, 30, 120, 720, 1440];
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** How long a process may take to send a mail it claimed; after that (it died, say) another process may. */
export const CLAIM_MS = 10 * 60_000;
const CLAIM_BATCH = 10;
const UNCLAIMED = { claimedBy: null, claimedUntil: null };

/**
 * Stores a mail in the outbox. Pass the transaction of the change the mail is about, so that the
 * change and its mail are stored together or not at all; deliver it with `deliverOutbox` after commit.
 */
export async function queueMail(mail: Mail, client: OutboxClient = db) {
  return client.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text }, select: MAIL_FIELDS });
}

type Attempt = { id: string; sent: boolean; error?: string };

async function attempt(row: { id: string; to: string; subject: string; text: string; attempts: number }, now: Date): Promise<Attempt> {
  const config = smtpConfig();
  if (!config) return { id: row.id, sent: false };
  try {
    await smtpTransport(config).sendMail({ from: config.from, to: row.to, subject: row.subject, text: row.text });
    await db.outboxMail.update({ where: { id: row.id }, data: { sentAt: new Date(), error: null, attempts: row.attempts + 1, ...UNCLAIMED } });
    return { id: row.id, sent: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const wait = RETRY_MINUTES[Math.min(row.attempts, RETRY_MINUTES.length - 1)];
    await db.outboxMail.update({
      where: { id: row.id },
      data: { error: message.slice(0, 1000), attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + wait * 60_000), ...UNCLAIMED },
    });
    return { id: row.id, sent: false, error: message };
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the mails among `ids` that nobody is sending this process's to send, in one conditional
 * update, and returns them: of several processes trying at once, each mail goes to exactly one, so it
 * is never sent twice (decision record 011).
 */
async function claim(ids: string[], now: Date) {
  if (!ids.length) return [];
  return db.outboxMail.updateManyAndReturn({
    where: { id: { in: ids }, ...dueAt(now) },
    data: { claimedBy: PROCESS_ID, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
    select: MAIL_FIELDS,
  });
}

/**
 * Sends every mail that is due (never sent, fewer than MAX_ATTEMPTS tries, its retry time reached, not
 * being sent by another process) and that this process then claims.
 * Without SMTP settings mail stays in the outbox. Runs one at a time in this process, in the order they
 * were asked for: a call during a run waits for it and then runs again (due as of when it starts, unless
 * `now` is given), so nothing queued meanwhile waits for the next timer and no mail is tried twice at once.
 */
export function deliverOutbox(now?: Date): Promise<{ sent: number; failed: number }> {
  const run = queue.catch(() => undefined).then(() => deliverDue(now ?? new Date()));
  queue = run;
  return run;
}

/** Mail to try now: never sent, fewer than MAX_ATTEMPTS tries, its retry time reached, not being sent by another process. */
const dueAt = (now: Date) => ({
  sentAt: null,
  attempts: { lt: MAX_ATTEMPTS },
  nextAttemptAt: { lte: now },
  OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
});

/** Whether any mail is due and could be sent: a read, so an idle register's background rounds write nothing. */
export async function hasDueMail(now = new Date()): Promise<boolean> {
  if (!smtpConfig()) return false; // nothing can be sent
  return (await db.outboxMail.findFirst({ where: dueAt(now), select: { id: true } })) !== null;
}

async function deliverDue(now: Date) {
  const counts = { sent: 0, failed: 0 };
  if (!smtpConfig()) return counts;
  // A few at a time, so that a claim never outlives the time its mails take to send.
  for (let round = 0; round < 100 / CLAIM_BATCH; round++) {
    const due = await db.outboxMail.findMany({ where: dueAt(now), orderBy: { createdAt: "asc" }, take: CLAIM_BATCH, select: { id: true } });
    const order = new Map(due.map((row, i) => [row.id, i]));
    const mine = (await claim([...order.keys()], now)).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    for (const row of mine) counts[(await attempt(row, now)).sent ? "sent" : "failed"] += 1;
    if (due.length < CLAIM_BATCH) break;
  }
  return counts;
}

/** Delivery after a commit: whatever happens, the caller's answer does not depend on it. */
export function deliverOutboxInBackground() {
  deliverOutbox().catch((error) => console.error("Outbox delivery failed; it is retried later:", error instanceof Error ? error.message : error));
}

/**
 * Stores one mail and tries to send it now; a failed delivery is kept for a retry and never fails
 * the action that caused it.
 */
export async function sendMail(mail: Mail, now = new Date()): Promise<Attempt> {
  // Stored already claimed when it is sent now: no other process's delivery round takes it meanwhile.
  // Without SMTP settings it is not sent now, so it stays free for the first round that can send it.
  const claimed = smtpConfig() ? { claimedBy: PROCESS_ID, claimedUntil: new Date(now.getTime() + CLAIM_MS) } : UNCLAIMED;
  const row = await db.outboxMail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, ...claimed }, select: MAIL_FIELDS });
  try {
    return await attempt(row, now);
  } catch (error) {
    console.error("Mail kept in the outbox for a retry:", error instanceof Error ? error.message : error);
    return { id: row.id, sent: false, error: String(error) };
  }
}

export async function listOutbox({ take = 100 } = {}) {
  return db.outboxMail.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true, error: true, attempts: true, nextAttemptAt: true },
  });
}
