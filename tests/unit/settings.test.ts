import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSettings, publicOrigin, setting, SETTINGS, SettingsError } from "~/config/settings.mjs";
import { guardRequest } from "../../server/request-guards.mjs";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ROOT } from "../support/paths";

describe("settings", () => {
  it("names every bad value at once, with the variable and what it must be", () => {
    try {
      checkSettings({ PORT: "eighty", FEEDBACK_PER_ADDRESS: "-1", PUBLIC_ORIGIN: "ftp://x", DATABASE_URL: "mysql://db" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      const message = (error as Error).message;
      for (const name of ["PORT", "FEEDBACK_PER_ADDRESS", "PUBLIC_ORIGIN", "DATABASE_URL"]) expect(message).toContain(name);
      expect(message).not.toMatch(/\n\s+at /);
    }
  });

  it("reads a changed variable again, and uses the defaults when unset or empty", () => {
    const before = process.env.PAGE_CACHE_TTL_MS;
    process.env.PAGE_CACHE_TTL_MS = "";
    expect(setting("PAGE_CACHE_TTL_MS")).toBe(60_000);
    process.env.PAGE_CACHE_TTL_MS = "5";
    expect(setting("PAGE_CACHE_TTL_MS")).toBe(5);
    if (before === undefined) delete process.env.PAGE_CACHE_TTL_MS;
    else process.env.PAGE_CACHE_TTL_MS = before;
  });

  it("strips a trailing slash from PUBLIC_ORIGIN", () => {
    const before = process.env.PUBLIC_ORIGIN;
    process.env.PUBLIC_ORIGIN = "https://register.example/";
    expect(publicOrigin()).toBe("https://register.example");
    process.env.PUBLIC_ORIGIN = before;
  });

  it("is the only place in the application that reads the environment", () => {
    const files = execFileSync("git", ["ls-files", "app", "server", "server.mjs"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter((f) => /\.(m?js|tsx?)$/.test(f) && !/\.test\.|app\/config\/settings\.mjs$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => readFileSync(`${ROOT}/${f}`, "utf8").includes("process.env"))).toEqual([]);
  });

  it("the README lists every setting", () => {
    const readme = readFileSync(`${ROOT}/README.md`, "utf8");
    for (const name of Object.keys(SETTINGS)) expect(readme, name).toMatch(new RegExp(`^\\|[^\\n]*\`${name}\``, "m"));
  });
});

describe("request guards (server.mjs)", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (!guardRequest(req, res, { bodyLimit: () => 1024, allowedHosts: ["register.example"] })) return;
      res.end("passed");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (host: string, method = "GET", body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: "127.0.0.1", port, method, path: "/", headers: { Host: host, ...(body ? { "Content-Length": Buffer.byteLength(body) } : {}) } },
        (res) => {
          let text = "";
          res.on("data", (c) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  it("answers only the listed hosts when ALLOWED_HOSTS is set", async () => {
    expect(await send("register.example")).toEqual({ status: 200, text: "passed" });
    expect(await send("register.example:443")).toEqual({ status: 200, text: "passed" });
    expect((await send("evil.example")).status).toBe(421);
  });

  it("refuses other methods and oversized declared bodies", async () => {
    expect((await send("register.example", "TRACE")).status).toBe(405);
    expect((await send("register.example", "POST", "x".repeat(2000))).status).toBe(413);
  });
});
