import { spawn } from "node:child_process";
import { request } from "node:http";
import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../support/paths";
import { baseUrl } from "./support/browser";

const dbFile = () => inject("databaseUrl").replace(/^file:/, "");

describe("resilience", () => {
  it("keeps answering reads while another process holds a long write lock (WAL + busy timeout)", async () => {
    const writer = new Database(dbFile());
    writer.pragma("busy_timeout = 5000");
    writer.exec("BEGIN IMMEDIATE");
    writer
      .prepare("INSERT INTO AuditLog (id, at, action, subjectType, subjectId) VALUES (?, ?, 'bench.lock', 'test', 'x')")
      .run(`lock-${Date.now()}`, new Date().toISOString());
    try {
      const started = Date.now();
      const [health, home] = await Promise.all([fetch(`${baseUrl()}/healthz`), fetch(`${baseUrl()}/about`)]);
      expect(health.status).toBe(200);
      expect(home.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      writer.exec("COMMIT");
      writer.close();
    }
    const journal = new Database(dbFile(), { readonly: true });
    expect(journal.pragma("journal_mode", { simple: true })).toBe("wal");
    journal.close();
  });

  it("finishes an in-flight form post after SIGTERM before exiting", async () => {
    const port = 3000 + Math.floor(Math.random() * 500) + 4100;
    const server = spawn("node", ["server.mjs"], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        DATABASE_URL: inject("databaseUrl"),
        SESSION_SECRET: "browser-test-secret-0123456789",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise<number | null>((resolve) => server.on("exit", (code) => resolve(code)));
    try {
      // One process per core by default: on a busy machine they take a while to start together.
      for (let i = 0; i < 300; i++) {
        try {
          if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      // A login post (no CSRF cookie, so the answer is a deliberate 403) whose body arrives in two halves,
      // with SIGTERM sent in between: the server must still read the body and answer.
      const body = "email=slow%40agency.example&password=" + "x".repeat(2000);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: "127.0.0.1",
            port,
            path: "/login",
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on("error", reject);
        req.write(body.slice(0, 1000));
        setTimeout(() => {
          server.kill("SIGTERM");
          setTimeout(() => req.end(body.slice(1000)), 300);
        }, 200);
      });
      expect(status).toBe(403);
      expect(await exited).toBe(0);
    } finally {
      server.kill("SIGKILL");
    }
  });
});
