import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { PASSWORD_LINK_HOURS } from "./password-policy";

/** Why a link was made: an administrator's "choose your password", or (later) a person's own "forgot password". */
export type PasswordTokenPurpose = "set" | "reset";

type Tx = Pick<Prisma.TransactionClient, "passwordToken">;

/** Only this hash is stored: a copy of the database does not hold a usable link. */
export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** 32 random bytes, URL-safe; the one place the token exists in clear is the link it goes into. */
export async function issuePasswordToken(userId: string, purpose: PasswordTokenPurpose, { tx = db as Tx, now = new Date() } = {}) {
  const token = randomBytes(32).toString("base64url");
  // A new link replaces the ones sent before: only the latest can be used.
  await revokePasswordTokens(tx, userId, now);
  const row = await tx.passwordToken.create({
    data: { userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + PASSWORD_LINK_HOURS * 3600_000) },
    select: { expiresAt: true },
  });
  return { token, expiresAt: row.expiresAt };
}

const looksLikeToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The person a link is for, while it is unused and unexpired; null for any other token. */
export async function findUsablePasswordToken(token: string, now = new Date()) {
  if (!looksLikeToken(token)) return null;
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return { id: row.id, purpose: row.purpose as PasswordTokenPurpose, user: row.user };
}

/**
 * Marks the link used, once: of two posts of the same link only the first gets the user's id back.
 * Run it in the transaction that sets the password, so that the two happen together or not at all.
 */
export async function consumePasswordToken(tx: Tx, token: string, now = new Date()): Promise<{ userId: string; purpose: PasswordTokenPurpose } | null> {
  if (!looksLikeToken(token)) return null;
  const tokenHash = hashToken(token);
  const claimed = await tx.passwordToken.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count !== 1) return null;
  const row = await tx.passwordToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, purpose: true } });
  return { userId: row.userId, purpose: row.purpose as PasswordTokenPurpose };
}

/** Every unused link of a user stops working (the password was changed some other way). */
export async function revokePasswordTokens(tx: Tx, userId: string, now = new Date()) {
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
}
