import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { checkSettings } from "~/config/settings.mjs";
import { webConcurrency } from "../../server/cluster.mjs";
import { ROOT } from "../support/paths";

const saved = { NODE_ENV: process.env.NODE_ENV, WEB_CONCURRENCY: process.env.WEB_CONCURRENCY };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("WEB_CONCURRENCY", () => {
  it("is one process per core in production, one otherwise, and always one for the dev server", () => {
    delete process.env.WEB_CONCURRENCY;
    process.env.NODE_ENV = "production";
    expect(webConcurrency()).toBe(availableParallelism());
    expect(webConcurrency({ dev: true })).toBe(1);
    Reflect.deleteProperty(process.env, "NODE_ENV"); // typed as always set
    expect(webConcurrency()).toBe(1);
    process.env.WEB_CONCURRENCY = "3";
    expect(webConcurrency()).toBe(3);
    expect(webConcurrency({ dev: true })).toBe(1);
  });

  it("must be a whole number of processes, at least one", () => {
    for (const bad of ["0", "two", "1.5"]) expect(() => checkSettings({ WEB_CONCURRENCY: bad }), bad).toThrow(/WEB_CONCURRENCY/);
    expect(() => checkSettings({ WEB_CONCURRENCY: "4" })).not.toThrow();
  });

  it("stops the whole server with an error when its processes cannot start, instead of starting them again and again", { timeout: 60_000 }, async () => {
    const server = spawn("node", ["server.mjs"], {
      cwd: ROOT,
      env: { ...process.env, WEB_CONCURRENCY: "2", NODE_ENV: "production", PUBLIC_ORIGIN: "http://127.0.0.1:1", PORT: "0", BUILD_DIR: "no-such-build" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (chunk) => (output += chunk));
    server.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => server.on("exit", resolve));
    expect(code).not.toBe(0);
    expect(output).toContain("Starting 2 server processes");
    expect(output).toContain("ended before it could listen");
    expect(output.match(/Starting 2 server processes/g)).toHaveLength(1);
  });
});
