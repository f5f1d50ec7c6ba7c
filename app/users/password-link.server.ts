import { recordAudit } from "~/audit/audit.server";
import { issuePasswordToken, type PasswordTokenPurpose } from "~/auth/password-tokens.server";
import { publicOrigin } from "~/config/settings.mjs";
import { deliverOutboxInBackground, queueMail } from "~/email/email.server";
import type { Prisma } from "~/generated/prisma/client";
import { PASSWORD_LINK_HOURS } from "~/auth/password-policy";
import { localePath, type Language } from "~/i18n/languages.mjs";
import { textFor } from "~/i18n/text";
import { db } from "~/utils/db.server";

type Tx = Pick<Prisma.TransactionClient, "passwordToken" | "outboxMail">;

/** The set-password page in a language: the person reads the page in the language the mail was written in. */
export const passwordLinkUrl = (token: string, language: Language = "en") => `${publicOrigin()}${localePath(language, `/account/set-password/${token}`)}`;

/**
 * A new single-use link for the person, and the mail that carries it (in `language`: the administrator's
 * page language, as the person has chosen none yet), in the caller's transaction: both are stored, or
 * neither. Deliver with deliverOutboxInBackground after the commit.
 */
export async function queuePasswordLink(
  tx: Tx,
  user: { id: string; email: string; name: string },
  { purpose = "set", language = "en" }: { purpose?: PasswordTokenPurpose; language?: Language } = {},
) {
  const { token } = await issuePasswordToken(user.id, purpose, { tx });
  const text = textFor(language).account;
  const mail = purpose === "reset" ? text.resetMail : text.mail;
  const body = mail.body({ name: user.name, link: passwordLinkUrl(token, language), hours: PASSWORD_LINK_HOURS });
  await queueMail({ to: user.email, subject: mail.subject, text: body }, tx);
}

/** An administrator sends an existing account a set-password link; any earlier link stops working. */
export async function sendPasswordLink(userId: string, actorId: string, language: Language = "en"): Promise<boolean> {
  const sent = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
    if (!user) return false;
    await queuePasswordLink(tx, user, { language });
    await recordAudit({ actorId, action: "user.password_link_sent", subjectType: "user", subjectId: user.id }, tx);
    return true;
  });
  if (sent) deliverOutboxInBackground();
  return sent;
}
