import { createRateLimiter } from "~/utils/rate-limit.server";

/** Slows down guessing across accounts from one address; per-account lockout is in login.server. */
export const loginThrottle = createRateLimiter({ limit: 20, windowMs: 60_000 });
