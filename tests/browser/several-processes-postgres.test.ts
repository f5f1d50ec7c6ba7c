import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "~/auth/password.server";
import { ROOT } from "../support/paths";
import { postgresQuery, startPostgresCluster } from "../support/postgres-cluster.mjs";
import { readMail, startSmtpServer } from "../support/smtp-server";
import { migratePostgres } from "../../scripts/postgres-migrate.mjs";
import { SERVER_NODE_OPTIONS } from "../../scripts/lib.mjs";

// Server processes on one PostgreSQL database behave as one bigger server (issue 20, decision
// records 011, 013): health checks, a rate limit, a cache invalidation and outbox delivery across
// two servers, WEB_CONCURRENCY=2 on PostgreSQL, and a graceful shutdown that closes the pool.
// The database has no demo seed (publishing needs the PostgreSQL search, issue 20 item 3): an
// organisation and accounts are inserted directly.
const LOGIN_LIMIT = 4;
const PASSWORD = "several-machines-2026";
const USERS = 6;
let cluster: Awaited<ReturnType<typeof startPostgresCluster>>;
let url = "";
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const servers: Array<{ base: string; process: ChildProcess }> = [];

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function startServer(concurrency = 1) {
  const port = await freePort();
  const child = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(concurrency),
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: "4",
      SESSION_SECRET: "several-machines-secret-0123456789",
      LOGIN_ATTEMPTS_PER_MINUTE: String(LOGIN_LIMIT),
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: "register@register.example",
      OUTBOX_RETRY_INTERVAL_MS: "200",
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

function stopServer(child: ChildProcess) {
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGTERM");
  return exited;
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

const query = async (sql: string, params: unknown[] = []) => {
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
};

beforeAll(async () => {
  cluster = await startPostgresCluster({ name: `pg-several-${process.pid}` });
  await postgresQuery(cluster.url("postgres"), `CREATE DATABASE register`);
  url = cluster.url("register");
  await migratePostgres(url, { quiet: true });
  const hash = await hashPassword(PASSWORD);
  await query(
    `INSERT INTO "Organisation" ("id", "slug", "name", "type", "identifierScheme", "identifier", "updatedAt")
     VALUES ('org', 'gemeente-lindewaard', 'Gemeente Lindewaard', 'municipality', 'other', 'lw', now())`,
  );
  for (let i = 0; i < USERS; i++)
    await query(`INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "organisationId") VALUES ($1, $2, $3, $4, 'editor', 'org')`, [
      `u${i}`,
      `editor${i}@lindewaard.example`,
      `Editor ${i}`,
      hash,
    ]);
  smtp = await startSmtpServer();
  await Promise.all([startServer(), startServer()]);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map(({ process: child }) => (child.exitCode === null ? stopServer(child) : undefined)));
  await smtp?.close();
  cluster?.stop();
});

describe("two server processes on one PostgreSQL database", () => {
  it("are both live and ready (the database takes writes)", async () => {
    for (const { base } of servers.slice(0, 2)) {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    }
  });

  it("count sign-in attempts from one address together", async () => {
    const [a, b] = servers.map((s) => s.base);
    await query(`DELETE FROM "RateLimitCounter"`);
    const intoWindow = 60_000 - (Date.now() % 60_000);
    if (intoWindow < 10_000) await new Promise((r) => setTimeout(r, intoWindow + 100));
    const statuses: number[] = [];
    const guesser = visitor();
    for (let i = 0; i < LOGIN_LIMIT + 2; i++) {
      const res = await guesser.post(`${i % 2 ? b : a}/login`, { email: "editor0@lindewaard.example", password: `guess-${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(400), 429, 429]);
  });

  it("drop each other's cached pages: a change committed elsewhere is on the other's page at once", async () => {
    const [, b] = servers.map((s) => s.base);
    const anonymous = visitor();
    await anonymous.get(`${b}/organisations`);
    const cached = await anonymous.get(`${b}/organisations`);
    expect(cached.res.headers.get("X-Cache")).toBe("HIT");
    expect(cached.html).toContain("Gemeente Lindewaard");
    // Another process (this test's own connection) renames the organisation.
    await query(`UPDATE "Organisation" SET "name" = 'Gemeente Lindewaard-Oost' WHERE "id" = 'org'`);
    await vi.waitFor(
      async () => {
        const after = await anonymous.get(`${b}/organisations`);
        expect(after.res.headers.get("X-Cache")).toBe("MISS");
        expect(after.html).toContain("Gemeente Lindewaard-Oost");
      },
      { timeout: 5000, interval: 50 },
    );
  });

  it("send every outbox mail once while both run their delivery rounds", async () => {
    const [a, b] = servers.map((s) => s.base);
    await query(`DELETE FROM "RateLimitCounter"`);
    // Password-reset requests through both processes at once: each commit is followed by a delivery
    // round in that process, besides the lease holder's rounds, so the rounds compete for the mail.
    const results = await Promise.all(
      // As many as the sign-in limit allows one address (the reset form counts against it too).
      Array.from({ length: LOGIN_LIMIT }, (_, i) => visitor().post(`${i % 2 ? b : a}/account/forgot-password`, { email: `editor${i}@lindewaard.example` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: LOGIN_LIMIT }, () => 302));
    const due = async () => Number((await query(`SELECT COUNT(*)::int AS n FROM "OutboxMail" WHERE "sentAt" IS NULL`))[0].n);
    await vi.waitFor(async () => expect(await due()).toBe(0), { timeout: 30_000, interval: 250 });
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate, if any, would arrive meanwhile
    const rows = (await query(`SELECT "to", "subject" FROM "OutboxMail" WHERE "sentAt" IS NOT NULL`)) as Array<{ to: string; subject: string }>;
    expect(rows).toHaveLength(LOGIN_LIMIT);
    const key = (to: string, subject: string) => `${to}|${subject}`;
    const received = smtp.received.flatMap((mail) => mail.to.map((to) => key(to, readMail(mail.data).subject))).sort();
    expect(received).toEqual(rows.map((row) => key(row.to, row.subject)).sort());
  });

  it("runs WEB_CONCURRENCY=2 worker processes on PostgreSQL, sharing the sign-in limit", async () => {
    const base = await startServer(2);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await query(`DELETE FROM "RateLimitCounter"`);
    const intoWindow = 60_000 - (Date.now() % 60_000);
    if (intoWindow < 10_000) await new Promise((r) => setTimeout(r, intoWindow + 100));
    // Fresh connections each time, so the cluster's workers share the attempts between them.
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 1; i++) {
      const res = await visitor().post(`${base}/login`, { email: "editor1@lindewaard.example", password: `guess-${i}` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(400), 429]);
  });

  it("closes its database connections on SIGTERM and exits", async () => {
    const connections = async () =>
      Number((await query(`SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = 'register' AND pid <> pg_backend_pid()`))[0].n);
    const before = await connections();
    expect(before).toBeGreaterThan(0);
    const started = Date.now();
    const codes = await Promise.all(servers.map(({ process: child }) => stopServer(child)));
    expect(codes.every((c) => c === 0)).toBe(true);
    expect(Date.now() - started).toBeLessThan(8000);
    await vi.waitFor(async () => expect(await connections()).toBe(0), { timeout: 5000, interval: 100 });
  });
});
