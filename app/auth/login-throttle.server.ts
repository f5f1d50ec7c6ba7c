import { createRateLimiter } from "~/utils/rate-limit.server";
import { setting } from "~/config/settings.mjs";

/**
 * Slows down guessing across accounts from one address; per-account lockout is in login.server.
 * LOGIN_ATTEMPTS_PER_MINUTE raises it where many people share one address (or for the browser tests,
 * which all sign in from 127.0.0.1).
 */
const LOGIN_ATTEMPTS_PER_MINUTE = setting("LOGIN_ATTEMPTS_PER_MINUTE");

export const loginThrottle = createRateLimiter({ name: "login", limit: LOGIN_ATTEMPTS_PER_MINUTE, windowMs: 60_000 });
