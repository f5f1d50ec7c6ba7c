import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

/** This process, as it signs leases and outbox claims: host, process id and a random part (a restarted pid is another holder). */
export const PROCESS_ID = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/**
 * Takes or renews the lease `name` for `ms` when nobody else holds an unexpired one: background work
 * that one process at a time should do (decision record 011). Each step is one conditional statement,
 * so of two processes asking at once exactly one gets it; a holder that dies loses it when it expires.
 */
export async function takeLease(name: string, ms: number, { holder = PROCESS_ID, now = new Date() } = {}): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ms);
  const renewed = await db.jobLease.updateMany({ where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt } });
  if (renewed.count === 1) return true;
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false; // held by another process
    throw error;
  }
}

/** Gives the lease up (at shutdown, or when the work is done), so another process need not wait for it to expire. */
export async function releaseLease(name: string, { holder = PROCESS_ID } = {}): Promise<void> {
  await db.jobLease.deleteMany({ where: { name, holder } });
}
