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
    select: { id: true, passwordHash: true, failedLogins: true, lockedUntil: true },
  });
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }
  const valid = await verifyPassword(password, user.passwordHash);
  if (!valid) {
    const failed = user.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS;
    await db.user.update({
      where: { id: user.id },
      data: { failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(now.getTime() + LOCKOUT_MS) : null },
    });
    return lock ? { ok: false, reason: "locked", lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } : { ok: false, reason: "invalid" };
  }
  await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: now } });
  return { ok: true, userId: user.id };
}
