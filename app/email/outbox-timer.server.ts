import { setting } from "~/config/settings.mjs";
import { takeLease } from "~/utils/job-lease.server";
import { deliverOutboxInBackground, hasDueMail } from "./email.server";

const LEASE = "outbox-retries";

declare global {
  var __outboxTimer: NodeJS.Timeout | undefined;
}

/**
 * Retries due outbox mail once a minute (OUTBOX_RETRY_INTERVAL_MS; new mail is sent right after its commit; this picks up
 * retries and mail queued while SMTP was down). Every server process has the timer, but only the
 * holder of the "outbox-retries" lease does the round, and each mail is claimed before it is sent, so
 * it goes out once however many processes run. One timer per process, also across dev-server
 * reloads; it never keeps the process alive.
 */
export function startOutboxTimer() {
  if (globalThis.__outboxTimer) return;
  globalThis.__outboxTimer = setInterval(retryRound, setting("OUTBOX_RETRY_INTERVAL_MS"));
  globalThis.__outboxTimer.unref();
}

/**
 * One round of retries, when mail is due and this process holds (or takes) the lease; the lease
 * outlives a missed tick. Nothing is written while nothing is due: every commit moves the data
 * version, which would drop every process's page cache.
 */
export async function retryRound(): Promise<boolean> {
  try {
    if (!(await hasDueMail())) return false;
    if (!(await takeLease(LEASE, setting("OUTBOX_RETRY_INTERVAL_MS") * 2))) return false;
  } catch (error) {
    console.error("Outbox retry round skipped:", error instanceof Error ? error.message : error);
    return false;
  }
  deliverOutboxInBackground();
  return true;
}
