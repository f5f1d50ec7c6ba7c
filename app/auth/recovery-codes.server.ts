import { createHash, randomInt } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: codes are copied from paper.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

type Tx = Pick<Prisma.TransactionClient, "recoveryCode">;

/** Spaces, hyphens and case do not matter when a code is typed. */
export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

// About 49 bits of randomness per code: a plain hash is enough, a guess is refused long before it could pay off.
const hashCode = (code: string) => createHash("sha256").update(normaliseRecoveryCode(code), "utf8").digest("hex");

function newCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** A fresh set replaces every earlier code; the codes in clear are returned once, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashCode(code) })) });
  return codes;
}

/** Uses a code up: true once for each unused code of this user, false for anything else. */
export async function consumeRecoveryCode(tx: Tx, userId: string, code: string, now = new Date()): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{10}$/.test(normalised)) return false;
  const used = await tx.recoveryCode.updateMany({ where: { userId, codeHash: hashCode(normalised), usedAt: null }, data: { usedAt: now } });
  return used.count === 1;
}

export async function unusedRecoveryCodes(userId: string, client: Tx = db): Promise<number> {
  return client.recoveryCode.count({ where: { userId, usedAt: null } });
}
