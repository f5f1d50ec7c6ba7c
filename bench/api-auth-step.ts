// The token-check step of `npm run bench`: what requireApiClient adds to an API request (signature,
// claims, the cached client check, scope and rate limit), timed over many checks of one real token
// in a fresh migrated database. Runs in its own process (tsx bench/api-auth-step.ts FILE); prints one JSON line.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const CHECKS = 5_000;

async function main(dbFile: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
  process.env.DATABASE_URL = `file:${dbFile}`;
  process.env.SESSION_SECRET ??= "bench-secret-0123456789";
  process.env.API_REQUESTS_PER_MINUTE = String(CHECKS * 10);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: process.env, stdio: ["ignore", "ignore", "inherit"] });
  const { db } = await import("~/utils/db.server");
  const { createApiClient } = await import("~/api/api-clients.server");
  const { requireApiClient } = await import("~/api/api-auth.server");
  const { tokenEndpoint } = await import("~/api/token-endpoint.server");
  const organisation = await db.organisation.create({ data: { slug: "bench", name: "Bench", type: "agency", identifierScheme: "other", identifier: "bench" } });
  const { client, secret } = await createApiClient({
    organisationId: organisation.id,
    name: "Bench",
    scopes: ["entries:write"],
    expiresAt: null,
    createdById: null,
  });
  const tokenRequest = new Request("http://localhost/oauth/token", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: client.id, client_secret: secret }),
  });
  const { access_token: token } = (await (await tokenEndpoint(tokenRequest, "127.0.0.1")).json()) as { access_token: string };
  const request = new Request("http://localhost/api/v1/entries", { method: "POST", headers: { Authorization: `Bearer ${token}` } });
  for (let i = 0; i < 200; i++) await requireApiClient(request, "entries:write");
  const t0 = performance.now();
  for (let i = 0; i < CHECKS; i++) await requireApiClient(request, "entries:write");
  const microseconds = ((performance.now() - t0) * 1000) / CHECKS;
  console.log(JSON.stringify({ checks: CHECKS, microsecondsPerCheck: Math.round(microseconds * 10) / 10 }));
  const { closeDatabase } = await import("~/utils/db.server");
  await closeDatabase();
}

if (process.argv[1] === import.meta.filename) await main(process.argv[2]);
