import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { readMail } from "../../support/smtp-server";

export type CaughtMail = { to: string[]; subject: string; text: string };

/** The mails the browser tests' server has delivered to one address so far, oldest first. */
export function mailsTo(address: string): CaughtMail[] {
  const dir = inject("mailDir");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { to: string[]; raw: string })
    .filter((m) => m.to.includes(address))
    .map((m) => ({ to: m.to, ...readMail(m.raw) }));
}

/** Waits (up to `timeoutMs`) for the next mail to an address: delivery runs just after the answer. */
export async function waitForMail(address: string, { after = 0, timeoutMs = 10_000 } = {}): Promise<CaughtMail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = mailsTo(address);
    if (mails.length > after) return mails[mails.length - 1];
    if (Date.now() > until) throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
