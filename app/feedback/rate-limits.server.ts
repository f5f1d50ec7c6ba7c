import { createRateLimiter } from "~/utils/rate-limit.server";

/**
 * Per address: a person rarely sends more than a few messages in ten minutes.
 * FEEDBACK_PER_ADDRESS raises it where many people share one address (or for the browser tests).
 */
export const feedbackIpLimiter = createRateLimiter({ limit: Number(process.env.FEEDBACK_PER_ADDRESS ?? 5), windowMs: 10 * 60_000 });
/** Per entry: a flood on one entry (a campaign or a bot) is slowed down for everyone. */
export const feedbackEntryLimiter = createRateLimiter({ limit: 30, windowMs: 60 * 60_000 });
