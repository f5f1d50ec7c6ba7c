import { deliverOutboxInBackground } from "./email.server";

const EVERY_MS = 60_000;

declare global {
  var __outboxTimer: NodeJS.Timeout | undefined;
}

/**
 * Retries due outbox mail once a minute in the server process (new mail is sent right after its
 * commit; this picks up retries and mail queued while SMTP was down). One timer per process, also
 * across dev-server reloads; it never keeps the process alive.
 */
export function startOutboxTimer() {
  if (globalThis.__outboxTimer) return;
  globalThis.__outboxTimer = setInterval(deliverOutboxInBackground, EVERY_MS);
  globalThis.__outboxTimer.unref();
}
