// The "API write" step of `npm run bench`: an API client of one organisation (made with the app's own
// function in the bench database), a real token from the running server's token endpoint, then drafts
// filed through POST /api/v1/drafts: new source ids (creates), and the same 50 source ids again and
// again (each an update of that draft), with autocannon. Requests per second and latency.
import autocannon from "autocannon";
import Database from "better-sqlite3";

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

async function tokenFor(base: string, dbFile: string, databaseUrl: string) {
  const probe = new Database(dbFile, { readonly: true });
  const org = probe.prepare(`SELECT id FROM Organisation ORDER BY slug LIMIT 1`).get() as { id: string };
  probe.close();
  // The app's own function, on the bench database (this process has not opened another one).
  process.env.DATABASE_URL = databaseUrl;
  const { createApiClient } = await import("~/api/api-clients.server");
  const { client, secret } = await createApiClient({
    organisationId: org.id,
    name: "Bench inventory sync",
    scopes: ["entries:read", "entries:write"],
    expiresAt: new Date(Date.now() + 3600_000),
    createdById: null,
  });
  const res = await fetch(`${base}/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${Buffer.from(`${client.id}:${secret}`).toString("base64")}` },
    body: new URLSearchParams({ grant_type: "client_credentials", scope: "entries:read entries:write" }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token endpoint answered ${res.status}`);
  return body.access_token;
}

const document = (sourceId: string, n: number) =>
  JSON.stringify({
    source_id: sourceId,
    name: `Bench filing ${n}`,
    descriptionShort: "Sorts permit applications by urgency so simple cases are handled first.",
    publicationCategory: "B",
    lifecycle: { status: "in_use", beganOn: "2024-03" },
    contact: "algorithms@municipality.example",
    goal: "Faster decisions on simple permits.",
  });

async function filing(base: string, token: string, name: string, sourceIdFor: (n: number) => string, seconds: number, connections: number) {
  let n = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${base}/api/v1/drafts`,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/api/v1/drafts",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        setupRequest: (request) => {
          n++;
          return { ...request, body: document(sourceIdFor(n), n) };
        },
      },
    ],
  });
  instance.on("response", (_c, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    requestsPerSecond: round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `  ${name.padEnd(28)} ${String(row.requestsPerSecond).padStart(8)} req/s   p50 ${row.p50} ms   p95 ${row.p95} ms${row.non2xx ? `   non-2xx ${row.non2xx}` : ""}`,
  );
  return row;
}

/** The server must run with a per-client limit above the offered load (API_REQUESTS_PER_MINUTE). */
export async function apiWriteStep(base: string, dbFile: string, databaseUrl: string, opts: { seconds: number; connections: number }) {
  console.log(`→ API write: drafts filed through POST /api/v1/drafts with a bearer token, ${opts.connections} connections, ${opts.seconds} s each`);
  const token = await tokenFor(base, dbFile, databaseUrl);
  const create = await filing(base, token, "API create draft", (n) => `BENCH-NEW-${n}`, opts.seconds, opts.connections);
  const update = await filing(base, token, "API update draft", (n) => `BENCH-NEW-${(n % 50) + 1}`, opts.seconds, opts.connections);
  return { create, update };
}
