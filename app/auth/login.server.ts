import { recordAudit } from "~/audit/audit.server";
import { db } from "~/utils/db.server";
import { verifyPassword } from "./password.server";

export const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MS = 15 * 60 * 1000;

/** A hash to compare against when the email is unknown, so timing does not reveal which accounts exist. */
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + Buffer.alloc(64).toString("base64");

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked"; lockedUntil?: Date };

/** Email + password check with an account lockout after repeated failures. */
export async function attemptLogin(email: string, password: string, now = new Date()): Promise<LoginResult> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, passwordHash: true, lockedUntil: true, totpEnabledAt: true },
  });
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    return { ok: false, reason: "invalid" };
  }
  const locked = await lockedUntil(user, now);
  if (locked) return locked;
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid) return recordFailedSignIn(user.id, "password", now);
  // With a second factor the count starts again only after the code: else the password would reset the count of wrong codes.
  if (!user.totpEnabledAt) await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  return { ok: true, userId: user.id };
}

/** A locked account's answer, with the failed attempt recorded; null when the account is not locked. */
export async function lockedUntil(user: { id: string; lockedUntil: Date | null }, now = new Date()) {
  if (!user.lockedUntil || user.lockedUntil <= now) return null;
  await recordAudit({ actorId: null, action: "user.sign_in_failed", subjectType: "user", subjectId: user.id, details: { reason: "locked" } });
  return { ok: false as const, reason: "locked" as const, lockedUntil: user.lockedUntil };
}

/**
 * A wrong password or second-factor code: counted towards the lockout (both steps share one count)
 * and recorded in the audit trail.
 */
export async function recordFailedSignIn(userId: string, step: "password" | "code", now = new Date()): Promise<LoginResult & { ok: false }> {
  return db.$transaction(async (tx) => {
    const { failedLogins } = await tx.user.update({ where: { id: userId }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    const lock = failedLogins >= MAX_FAILED_LOGINS;
    const until = lock ? new Date(now.getTime() + LOCKOUT_MS) : null;
    if (lock) await tx.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil: until } });
    await recordAudit({ actorId: null, action: "user.sign_in_failed", subjectType: "user", subjectId: userId, details: { reason: step, locked: lock } }, tx);
    return lock ? { ok: false, reason: "locked", lockedUntil: until! } : { ok: false, reason: "invalid" };
  });
}
