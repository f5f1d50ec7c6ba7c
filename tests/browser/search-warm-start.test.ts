import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, TMP } from "../support/paths";
import { SERVER_NODE_OPTIONS } from "../../scripts/lib.mjs";

// The facet index is built when the server loads the build, before it listens, so the first search
// does not pay for it (issue 20 item 8: the bench's first search step once had a p95 of 525 ms).
const SHARED_DB = resolve(TMP, process.env.BROWSER_DB ?? "browser.db");
const FILE = resolve(TMP, `search-warm-start-${process.pid}.db`);
const BUILT = /Built the facet index: (\d+) entries in (\d+) ms/;
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", () => r()));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

afterAll(() => {
  child?.kill("SIGTERM");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
});

describe("search warm start", () => {
  it("builds the facet index before the server listens, and the first search does not build it again", async () => {
    // A copy of the seeded demo database the other browser tests use.
    for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
    const shared = new Database(SHARED_DB, { readonly: true });
    shared.exec(`VACUUM INTO '${FILE}'`);
    const published = (shared.prepare(`SELECT COUNT(*) AS n FROM Entry WHERE currentVersionId IS NOT NULL`).get() as { n: number }).n;
    shared.close();
    expect(published).toBeGreaterThan(0);

    const port = await freePort();
    child = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        NODE_ENV: "production",
        WEB_CONCURRENCY: "1",
        PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
        DATABASE_URL: `file:${FILE}`,
        SESSION_SECRET: "search-warm-start-secret-0123456789",
        PAGE_CACHE: "0",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: string[] = [];
    let partial = "";
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (text: string) => {
      const parts = (partial + text).split("\n");
      partial = parts.pop() ?? "";
      lines.push(...parts);
    });
    const listening = () => lines.findIndex((line) => line.includes("listening on"));
    for (let i = 0; i < 300 && listening() < 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(listening(), lines.join("\n")).toBeGreaterThanOrEqual(0);

    const builds = () => lines.filter((line) => BUILT.test(line));
    const buildLine = lines.findIndex((line) => BUILT.test(line));
    expect(buildLine, lines.join("\n")).toBeGreaterThanOrEqual(0);
    expect(buildLine).toBeLessThan(listening());
    const [, entries, ms] = BUILT.exec(lines[buildLine])!;
    expect(Number(entries)).toBe(published);
    expect(Number(ms)).toBeGreaterThanOrEqual(0);

    // The first searches, with a word and with a facet, answer from the index built at the start.
    const base = `http://127.0.0.1:${port}`;
    const copy = new Database(FILE, { readonly: true });
    const theme = copy.prepare(`SELECT value FROM EntryFacet WHERE facet = 'theme' LIMIT 1`).pluck().get() as string;
    copy.close();
    for (const path of ["/algorithms?q=data", `/algorithms?theme=${encodeURIComponent(theme)}`, "/algorithms"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain("<main");
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(builds(), lines.join("\n")).toHaveLength(1);
  });
});
