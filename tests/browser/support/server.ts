import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT, TMP } from "../../support/paths";
import { SERVER_NODE_OPTIONS } from "../../../scripts/lib.mjs";
import { startMailCatcher } from "./mail-catcher";
import { startOidcServer } from "../../support/oidc-server";

const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3917);
const DB = resolve(TMP, process.env.BROWSER_DB ?? "browser.db");
let server: ChildProcess | undefined;
let mailCatcher: Awaited<ReturnType<typeof startMailCatcher>> | undefined;
let oidc: Awaited<ReturnType<typeof startOidcServer>> | undefined;

/** A fresh demo database and the production server on localhost, shared by the browser tests. */
export async function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  // The server's mail goes to a real SMTP server here, so a test can read what a person would receive.
  const mailDir = `${DB}-mail`;
  mailCatcher = await startMailCatcher(mailDir);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });
  // A real OpenID provider for the sign-in tests (tests/browser/oidc.test.ts); the login page then also shows its button.
  const base = `http://localhost:${PORT}`;
  oidc = await startOidcServer({ redirectUris: [`${base}/auth/oidc/test-idp/callback`], postLogoutRedirectUris: [`${base}/login?loggedOut=1`] });
  // Every browser test signs in and sends feedback from 127.0.0.1: the per-address limits must not trip.
  const env = {
    ...process.env,
    DATABASE_URL: `file:${DB}`,
    SESSION_SECRET: "browser-test-secret-0123456789",
    SECRET_FILE: resolve(TMP, ".secret"),
    LOGIN_ATTEMPTS_PER_MINUTE: "10000",
    FEEDBACK_PER_ADDRESS: "10000",
    FEEDBACK_PER_ENTRY: "10000",
    PUBLIC_ORIGIN: `http://localhost:${PORT}`,
  };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });
  server = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    // Only the server sends mail: the seed runs synchronously here and could not get an answer from the catcher.
    env: {
      ...env,
      PORT: String(PORT),
      NODE_ENV: "production",
      // One process: the page-cache tests expect a repeated request to reach the process that cached it.
      // Several processes on one database have their own test (several-processes.test.ts).
      WEB_CONCURRENCY: "1",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(mailCatcher.port),
      SMTP_FROM: "register@register.example",
      OIDC_PROVIDERS: JSON.stringify([oidc.providerSetting()]),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  project.provide("baseUrl", base);
  project.provide("databaseUrl", `file:${DB}`);
  project.provide("mailDir", mailDir);
  project.provide("oidcIssuer", oidc.issuer);
}

export async function teardown() {
  server?.kill("SIGTERM");
  await mailCatcher?.close();
  await oidc?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    mailDir: string;
    oidcIssuer: string;
  }
}
