import { createRateLimiter } from "~/utils/rate-limit.server";

/**
 * Slows down guessing across accounts from one address; per-account lockout is in login.server.
 * LOGIN_ATTEMPTS_PER_MINUTE raises it where many people share one address (or for the browser tests,
 * which all sign in from 127.0.0.1).
 */
const LOGIN_ATTEMPTS_PER_MINUTE = Number(process.env.LOGIN_ATTEMPTS_PER_MINUTE ?? 20);

export const loginThrottle = createRateLimiter({ limit: LOGIN_ATTEMPTS_PER_MINUTE, windowMs: 60_000 });
