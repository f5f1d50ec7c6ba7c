import { recordAudit } from "~/audit/audit.server";
import { issuePasswordToken, type PasswordTokenPurpose } from "~/auth/password-tokens.server";
import { publicOrigin } from "~/config/settings.mjs";
import { deliverOutboxInBackground, queueMail } from "~/email/email.server";
import type { Prisma } from "~/generated/prisma/client";
import { accountText as at } from "~/i18n/account.en";
import { db } from "~/utils/db.server";

type Tx = Pick<Prisma.TransactionClient, "passwordToken" | "outboxMail">;

export const passwordLinkUrl = (token: string) => `${publicOrigin()}/account/set-password/${token}`;

/**
 * A new single-use link for the person, and the mail that carries it, in the caller's transaction:
 * both are stored, or neither. Deliver with deliverOutboxInBackground after the commit.
 */
export async function queuePasswordLink(tx: Tx, user: { id: string; email: string; name: string }, purpose: PasswordTokenPurpose = "set") {
  const { token } = await issuePasswordToken(user.id, purpose, { tx });
  await queueMail({ to: user.email, subject: at.mail.subject, text: at.mail.body(user.name, passwordLinkUrl(token)) }, tx);
}

/** An administrator sends an existing account a set-password link; any earlier link stops working. */
export async function sendPasswordLink(userId: string, actorId: string): Promise<boolean> {
  const sent = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
    if (!user) return false;
    await queuePasswordLink(tx, user);
    await recordAudit({ actorId, action: "user.password_link_sent", subjectType: "user", subjectId: user.id }, tx);
    return true;
  });
  if (sent) deliverOutboxInBackground();
  return sent;
}
