import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, openBrowser } from "./support/browser";
import { readMail, startSmtpServer } from "../support/smtp-server";
import { postgresQuery, startPostgresCluster } from "../support/postgres-cluster.mjs";
import { ROOT } from "../support/paths";
import { SERVER_NODE_OPTIONS, migrate } from "../../scripts/lib.mjs";

// The register on PostgreSQL, in Chromium (issue 20): an editor files an entry, an approver publishes it,
// a visitor finds it through search and sends feedback, which reaches the organisation by mail.
let cluster: Awaited<ReturnType<typeof startPostgresCluster>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: ChildProcess;
let base = "";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}
const NAME = `Route bulky waste collection on PostgreSQL ${Date.now()}`;

beforeAll(async () => {
  cluster = await startPostgresCluster({ name: `postgres-smoke-${process.pid}` });
  await postgresQuery(cluster.url("postgres"), `CREATE DATABASE smoke`);
  const databaseUrl = cluster.url("smoke");
  const env = { ...process.env, DATABASE_URL: databaseUrl, SESSION_SECRET: "postgres-smoke-secret-0123456789" };
  migrate(databaseUrl, { quiet: true });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  smtp = await startSmtpServer();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: "2",
      PUBLIC_ORIGIN: base,
      LOGIN_ATTEMPTS_PER_MINUTE: "10000",
      FEEDBACK_PER_ADDRESS: "10000",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "register@register.example",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}, 180_000);

afterAll(async () => {
  if (server) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await smtp?.close();
  cluster?.stop();
});

describe("on PostgreSQL, in Chromium", () => {
  let publicPath = "";

  it("an editor files an entry and an approver publishes it", async () => {
    const editor = await openBrowser({ baseURL: base });
    try {
      const page = editor.page;
      await login(page, "editor@lindewaard.example");
      await page.goto("/entries/new");
      await page.getByRole("button", { name: "Create draft" }).click();
      await page.waitForURL(/\/entries\/[^/]+\/edit$/);
      await page.getByLabel("Name", { exact: true }).fill(NAME);
      await page.getByLabel("Short description").fill("Plans the route of the bulky waste lorry from the collection requests of the week.");
      await page.getByLabel("In use", { exact: true }).check();
      await page.getByLabel("C: Other algorithm").check();
      await page.getByLabel("Contact", { exact: true }).fill("algorithms@lindewaard.example");
      await page.getByLabel("Language of this entry").selectOption({ label: "English" });
      await page.getByLabel("Likelihood of unintended harm").selectOption("improbable");
      await page.getByLabel("Impact of unintended harm").selectOption("low");
      await page.getByRole("button", { name: "Save and submit for approval" }).click();
      await page.waitForURL(/\/entries\/[^/]+\?done=submit$/);
      expect(await page.getByTestId("entry-state").textContent()).toBe("Submitted for approval");
    } finally {
      await editor.close();
    }
    const approver = await openBrowser({ baseURL: base });
    try {
      const page = approver.page;
      await login(page, "approver@lindewaard.example");
      await page.goto("/dashboard");
      await page.getByRole("link", { name: NAME }).first().click();
      await page.getByLabel("Change note").fill("First publication");
      await page.getByRole("button", { name: "Approve and publish" }).click();
      await page.waitForURL(/\?done=publish$/);
      await page.getByRole("link", { name: "View the public page" }).click();
      await page.waitForURL(/\/algorithms\/\d{8}$/);
      publicPath = new URL(page.url()).pathname;
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(NAME);
    } finally {
      await approver.close();
    }
  });

  it("a visitor finds it through search, by an inflected word and with a typo, and sends feedback", async () => {
    const visitor = await openBrowser({ baseURL: base, javaScriptEnabled: false });
    try {
      const page = visitor.page;
      // "lorries" is in no entry: found through the English stem of "lorry" in the description.
      await page.goto("/algorithms");
      await page.getByRole("searchbox", { name: "Search words" }).fill("lorries");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.getByRole("link", { name: NAME }).waitFor();
      // A typo is answered with the corrected word (pg_trgm), which finds it.
      await page.getByRole("searchbox", { name: "Search words" }).fill("bulkey");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.waitForURL(/q=bulkey/);
      await page.getByRole("link", { name: "bulky", exact: true }).click();
      await page.waitForURL(/q=bulky/);
      await page.getByRole("link", { name: NAME }).click();
      expect(new URL(page.url()).pathname).toBe(publicPath);
      await page.goto(`${publicPath}/feedback`);
      await page.getByLabel("A question").check();
      await page.getByLabel("Your message").fill("Which streets does the lorry visit first, and who decides that?");
      await page.getByLabel("Your email address").fill("citizen@example.org");
      await page.getByRole("button", { name: "Send" }).click();
      await page
        .getByText(/reference/i)
        .first()
        .waitFor();
    } finally {
      await visitor.close();
    }
    // The organisation's editor hears of it by mail, sent by the outbox of one of the two processes.
    await expect
      .poll(
        () =>
          smtp.received.some(
            (mail) =>
              mail.to.includes("editor@lindewaard.example") &&
              readMail(mail.data).subject.startsWith("New feedback") &&
              readMail(mail.data).subject.includes(NAME),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
  });
});
