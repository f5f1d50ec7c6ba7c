import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { rmSync } from "node:fs";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { ROOT, TMP } from "../support/paths";
import { readMail, startSmtpServer } from "../support/smtp-server";
import { SERVER_NODE_OPTIONS } from "../../scripts/lib.mjs";

// Two server processes on one SQLite file behave as one bigger server (issue 20, decision record 011):
// rate limits, the page cache's invalidation and outbox delivery work across them.
const FILE = resolve(TMP, `several-processes-${process.pid}.db`);
const LOGIN_LIMIT = 4;
const PASSWORD = "demo-register-2026";
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const servers: Array<{ base: string; process: ChildProcess }> = [];
let sentBefore = new Set<string>();

const sql = () => new Database(FILE, { timeout: 5000 });

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function startServer() {
  const port = await freePort();
  const child = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: "1",
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATABASE_URL: `file:${FILE}`,
      SESSION_SECRET: "several-processes-secret-0123456789",
      LOGIN_ATTEMPTS_PER_MINUTE: String(LOGIN_LIMIT),
      FEEDBACK_PER_ADDRESS: "10000",
      FEEDBACK_PER_ENTRY: "10000",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "register@register.example",
      OUTBOX_RETRY_INTERVAL_MS: "200", // both processes run their background round all the time
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  servers.push({ base, process: child });
  return base;
}

/** A visitor without JavaScript: keeps cookies, reads the CSRF token from the form it loaded. */
function visitor() {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  return {
    async get(url: string) {
      const res = keep(await fetch(url, { headers: { Cookie: cookie() }, redirect: "manual" }));
      return { res, html: await res.text() };
    },
    /** Loads the form at `url`, then posts `fields` with its CSRF token to `url`. */
    async post(url: string, fields: Record<string, string>) {
      const { html } = await this.get(url);
      const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";
      const body = new URLSearchParams({ csrf, ...fields });
      return keep(
        await fetch(url, { method: "POST", body, headers: { Cookie: cookie(), "Content-Type": "application/x-www-form-urlencoded" }, redirect: "manual" }),
      );
    },
  };
}

beforeAll(async () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
  const demo = new Database(inject("databaseUrl").replace(/^file:/, ""), { readonly: true });
  await demo.backup(FILE);
  demo.close();
  const db = sql();
  // The demo's own mail is not under test: marked sent, so the servers start idle.
  db.prepare(`UPDATE OutboxMail SET sentAt = ? WHERE sentAt IS NULL`).run(new Date().toISOString());
  sentBefore = new Set(db.prepare(`SELECT id FROM OutboxMail`).pluck().all() as string[]);
  db.close();
  smtp = await startSmtpServer();
  await Promise.all([startServer(), startServer()]);
}, 120_000);

afterAll(async () => {
  await Promise.all(
    servers.map(({ process: child }) => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      return exited;
    }),
  );
  await smtp?.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
});

describe("two server processes on one database", () => {
  it("drop each other's cached pages: feedback published through one is on the other's entry page at once", async () => {
    const [a, b] = servers.map((s) => s.base);
    const db = sql();
    const entry = db
      .prepare(
        `SELECT e.id, e.publicId FROM Entry e JOIN Organisation o ON o.id = e.organisationId JOIN User u ON u.organisationId = o.id
         WHERE e.state = 'published' AND u.email = 'approver@lindewaard.example' ORDER BY e.publicId LIMIT 1`,
      )
      .get() as { id: string; publicId: string };
    db.close();
    const page = `/algorithms/${entry.publicId}`;
    const anonymous = visitor();
    await anonymous.get(`${b}${page}`);
    const cached = await anonymous.get(`${b}${page}`);
    expect(cached.res.headers.get("X-Cache")).toBe("HIT");

    const question = `Is the outcome checked by a person before a letter goes out? (${Date.now()})`;
    const citizen = visitor();
    const sent = await citizen.post(`${a}${page}/feedback`, {
      type: "question",
      message: question,
      name: "",
      email: "citizen@example.org",
      consent: "yes",
      website: "",
    });
    expect(sent.status).toBe(302);
    const afterFeedback = await anonymous.get(`${b}${page}`);
    expect(afterFeedback.res.headers.get("X-Cache")).toBe("MISS"); // the write in A dropped B's copy
    expect(afterFeedback.html).not.toContain(question); // not published yet

    const approver = visitor();
    expect((await approver.post(`${a}/login`, { email: "approver@lindewaard.example", password: PASSWORD, redirectTo: "/dashboard" })).status).toBe(302);
    const thread = sql().prepare(`SELECT id FROM FeedbackThread WHERE message = ?`).get(question) as { id: string };
    const published = await approver.post(`${a}/feedback/${thread.id}`, { intent: "publish", publicMessage: question });
    expect(published.status).toBe(302);
    const onB = await anonymous.get(`${b}${page}`);
    expect(onB.res.headers.get("X-Cache")).toBe("MISS");
    expect(onB.html).toContain(question);
  });

  it("count sign-in attempts from one address together", async () => {
    const [a, b] = servers.map((s) => s.base);
    const db = sql();
    db.exec(`DELETE FROM RateLimitCounter`);
    db.close();
    // All attempts in one minute's window.
    const intoWindow = 60_000 - (Date.now() % 60_000);
    if (intoWindow < 10_000) await new Promise((r) => setTimeout(r, intoWindow + 100));
    const statuses: number[] = [];
    const guesser = visitor();
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) {
      const res = await guesser.post(`${i % 2 ? b : a}/login`, { email: "approver@lindewaard.example", password: `guess-${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(400), 429, 429]);
  });

  it("send every outbox mail once while both run their delivery rounds", async () => {
    const [a, b] = servers.map((s) => s.base);
    const db = sql();
    const entries = db.prepare(`SELECT publicId FROM Entry WHERE state = 'published' ORDER BY publicId LIMIT 6`).pluck().all() as string[];
    db.close();
    // Feedback through both processes at once: each commit is followed by a delivery round in that
    // process, besides the rounds of the lease holder, so the rounds compete for the same mail.
    const results = await Promise.all(
      entries.map((publicId, i) =>
        visitor().post(`${i % 2 ? b : a}/algorithms/${publicId}/feedback`, {
          type: "suggestion",
          message: `Please publish how often the outcome is corrected by hand (${i}).`,
          name: "",
          email: `sender${i}@example.org`,
          consent: "",
          website: "",
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(entries.map(() => 302));
    const due = () =>
      sql().prepare(`SELECT COUNT(*) FROM OutboxMail WHERE sentAt IS NULL AND nextAttemptAt <= ?`).pluck().get(new Date().toISOString()) as number;
    await vi.waitFor(() => expect(due()).toBe(0), { timeout: 30_000, interval: 250 });
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate, if any, would arrive meanwhile

    const rows = (
      sql().prepare(`SELECT id, "to", subject FROM OutboxMail WHERE sentAt IS NOT NULL`).all() as Array<{ id: string; to: string; subject: string }>
    ).filter((row) => !sentBefore.has(row.id));
    for (let i = 0; i < entries.length; i++) expect(rows.some((row) => row.to === `sender${i}@example.org`)).toBe(true);
    const key = (to: string, subject: string) => `${to}|${subject}`;
    const expected = rows.map((row) => key(row.to, row.subject)).sort();
    const received = smtp.received.flatMap((mail) => mail.to.map((to) => key(to, readMail(mail.data).subject))).sort();
    expect(received).toEqual(expected);
  });
});
