import { setting } from "~/config/settings.mjs";
import type { Prisma } from "~/generated/prisma/client";

export type FeedbackLimit = "address" | "entry" | "address-on-entry";

const ADDRESS_WINDOW_MS = 10 * 60_000;
const ENTRY_WINDOW_MS = 60 * 60_000;

/**
 * The feedback limits, from the settings. Only stored messages count, so failed posts (bad input,
 * errors) never use anyone's allowance. One address may use at most a tenth of an entry's hourly
 * allowance, so no one sender can close an entry's channel for everybody else.
 */
export function feedbackLimits() {
  const perEntry = setting("FEEDBACK_PER_ENTRY");
  return { perAddress: setting("FEEDBACK_PER_ADDRESS"), perEntry, perAddressOnEntry: Math.max(1, Math.floor(perEntry / 10)) };
}

/** Which limit a new message from this address on this entry would exceed, or null when it may be stored. */
export async function feedbackLimitReached(
  client: Pick<Prisma.TransactionClient, "feedbackThread">,
  { entryId, ipHash }: { entryId: string; ipHash: string },
  now = new Date(),
): Promise<FeedbackLimit | null> {
  const limits = feedbackLimits();
  const since = (ms: number) => ({ gt: new Date(now.getTime() - ms) });
  const fromAddress = await client.feedbackThread.count({ where: { ipHash, createdAt: since(ADDRESS_WINDOW_MS) } });
  if (fromAddress >= limits.perAddress) return "address";
  const onEntryFromAddress = await client.feedbackThread.count({ where: { entryId, ipHash, createdAt: since(ENTRY_WINDOW_MS) } });
  if (onEntryFromAddress >= limits.perAddressOnEntry) return "address-on-entry";
  const onEntry = await client.feedbackThread.count({ where: { entryId, createdAt: since(ENTRY_WINDOW_MS) } });
  if (onEntry >= limits.perEntry) return "entry";
  return null;
}
