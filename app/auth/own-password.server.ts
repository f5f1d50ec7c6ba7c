import { recordAudit } from "~/audit/audit.server";
import { problem } from "~/i18n/problem";
import { db } from "~/utils/db.server";
import { hashPassword, verifyPassword } from "./password.server";
import { consumePasswordToken, revokePasswordTokens } from "./password-tokens.server";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The new password, and every session and unused link of the account ended: whoever held them must sign in again. */
async function replacePassword(tx: Tx, userId: string, passwordHash: string, now: Date) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
  await tx.session.deleteMany({ where: { userId } });
  await revokePasswordTokens(tx, userId, now);
}

export type ChangePasswordResult = { ok: true } | { ok: false; errors: Record<string, string> };

/**
 * A signed-in person changes their own password: only with the current one. Ends every session of
 * the account, this one included; the caller starts a fresh session for the person who changed it.
 */
export async function changeOwnPassword(userId: string, current: string, next: string, now = new Date()): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(current, user.passwordHash))) return { ok: false, errors: { currentPassword: problem("account.change.currentWrong") } };
  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await replacePassword(tx, userId, passwordHash, now);
    await recordAudit({ actorId: userId, action: "user.password_changed", subjectType: "user", subjectId: userId }, tx);
  });
  return { ok: true };
}

/**
 * The person behind a set-password link chooses a password. The link works once: of two posts of it,
 * the second gets null, and so does an expired or unknown link.
 */
export async function setPasswordWithToken(token: string, next: string, now = new Date()): Promise<{ userId: string } | null> {
  const passwordHash = await hashPassword(next);
  return db.$transaction(async (tx) => {
    const claimed = await consumePasswordToken(tx, token, now);
    if (!claimed) return null;
    await replacePassword(tx, claimed.userId, passwordHash, now);
    // The mail that carried the link is kept in the outbox; the used link is no credential, but nobody needs to read it there.
    await tx.$executeRaw`UPDATE "OutboxMail" SET "text" = replace("text", ${token}, '[used link]') WHERE replace("text", ${token}, '[used link]') <> "text"`;
    await recordAudit(
      { actorId: claimed.userId, action: "user.password_set", subjectType: "user", subjectId: claimed.userId, details: { purpose: claimed.purpose } },
      tx,
    );
    return { userId: claimed.userId };
  });
}
