import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

/** The next reference of the year, like FB-2026-000123 (zero-padded, so the text order is the number order). */
export async function nextReference(now = new Date(), client: Pick<Prisma.TransactionClient, "feedbackThread"> = db): Promise<string> {
  const prefix = `FB-${now.getUTCFullYear()}-`;
  const last = await client.feedbackThread.findFirst({
    where: { reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  const number = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(number).padStart(6, "0")}`;
}
