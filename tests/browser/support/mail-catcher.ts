import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startSmtpServer } from "../../support/smtp-server";

/**
 * A real SMTP server on localhost for the browser tests' server to deliver to. Each mail it
 * receives is written to `dir` as JSON ({ to, raw }), numbered in order of arrival, for the tests
 * to read (they run in other processes): see mailbox.ts.
 */
export async function startMailCatcher(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const smtp = await startSmtpServer({
    onMail: ({ to, data }) => writeFileSync(join(dir, `${String(++count).padStart(6, "0")}.json`), JSON.stringify({ to, raw: data })),
  });
  return { port: smtp.port, close: smtp.close };
}
