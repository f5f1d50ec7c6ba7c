// `npm run bench`: 50,000 published entries in a separate database, the production server on
// 127.0.0.1, and autocannon against the pages that matter. Prints and writes bench/results.json.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { seedBenchDatabase } from "./seed-bench";
import { buildIfStale, ensureGenerated } from "../scripts/lib.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const TMP = resolve(ROOT, "bench/.tmp");
const DB_FILE = resolve(TMP, "bench.db");
const PORT = Number(process.env.BENCH_PORT ?? 3990);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50_000);
const BUILD_DIR = process.env.BUILD_DIR ?? "build";

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

async function waitForServer() {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

function rssOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

async function load(name: string, path: string) {
  const latencies: number[] = [];
  const instance = autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: DURATION });
  instance.on("response", (_c, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    path,
    requestsPerSecond: round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(`  ${name.padEnd(28)} ${String(row.requestsPerSecond).padStart(8)} req/s   p50 ${row.p50} ms   p95 ${row.p95} ms   p99 ${row.p99} ms${row.non2xx ? `   non-2xx ${row.non2xx}` : ""}`);
  return row;
}

async function timedDownload(path: string) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const res = await fetch(`${BASE}${path}`);
    bytes = (await res.arrayBuffer()).byteLength;
    times.push(performance.now() - t0);
  }
  // The first download is cold (nothing cached since the server started); report it on its own.
  const coldMs = times[0];
  times.sort((a, b) => a - b);
  return { path, coldMs: round(coldMs), medianMs: round(times[1]), bytes };
}

async function publicPageJavaScript(path: string) {
  const html = await (await fetch(`${BASE}${path}`)).text();
  const srcs = new Set<string>();
  for (const m of html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.js)"/g)) srcs.add(m[1]);
  for (const m of html.matchAll(/import\s*(?:[^"']*from\s*)?["'](\/assets\/[^"']+\.js)["']/g)) srcs.add(m[1]);
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(`${BASE}${src}`)).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { page: path, files: srcs.size, kilobytes: round(raw / 1024), gzippedKilobytes: round(gz / 1024) };
}

async function main() {
  mkdirSync(TMP, { recursive: true });
  ensureGenerated();
  for (const f of readdirSync(TMP)) if (f.startsWith("bench.db")) rmSync(resolve(TMP, f));
  console.log(`→ Migrating ${DB_FILE}`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${DB_FILE}` }, stdio: ["ignore", "ignore", "inherit"] });
  console.log(`→ Seeding ${ENTRIES} entries across 500 organisations…`);
  const t0 = performance.now();
  const seeded = seedBenchDatabase(DB_FILE, { entries: ENTRIES });
  console.log(`  seeded in ${round((performance.now() - t0) / 1000)} s`);
  buildIfStale();

  const probe = new Database(DB_FILE, { readonly: true });
  const entry = probe.prepare(`SELECT publicId FROM Entry WHERE state = 'published' LIMIT 1 OFFSET 1234`).get() as { publicId: string };
  const facets = probe.prepare(`SELECT facet, value FROM EntryFacet WHERE facet IN ('theme','category') GROUP BY facet`).all() as Array<{ facet: string; value: string }>;
  probe.close();

  const server = spawn("node", ["server.mjs"], { cwd: ROOT, env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production", DATABASE_URL: `file:${DB_FILE}`, SESSION_SECRET: "bench-secret-0123456789" }, stdio: ["ignore", "ignore", "inherit"] });
  let peak = 0;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssOf(server.pid!).peak);
    } catch {
      // exited
    }
  }, 250);
  try {
    await waitForServer();
    const entryPath = `/algorithms/${entry.publicId}`;
    const staticFile = resolve(ROOT, BUILD_DIR, "client/bench-static.html");
    writeFileSync(staticFile, await (await fetch(`${BASE}${entryPath}`)).text());
    const facetQuery = facets.map((f) => `${f.facet}=${encodeURIComponent(f.value)}`).join("&");
    const searchPath = `/algorithms?q=${encodeURIComponent(process.env.BENCH_TERM ?? "parking")}&${facetQuery}`;
    // warm-up
    for (const p of [searchPath, "/algorithms", entryPath, "/api/v1/entries"]) await fetch(`${BASE}${p}`);

    console.log(`→ Load: ${CONNECTIONS} connections, ${DURATION} s each`);
    const results = [
      await load("search (term + 2 facets)", searchPath),
      await load("entry list page", "/algorithms"),
      await load("entry page", entryPath),
      await load("API list", "/api/v1/entries"),
      await load("static file (ceiling)", "/bench-static.html"),
    ];
    const csv = await timedDownload("/downloads/entries.csv");
    console.log(`  full CSV download: cold ${csv.coldMs} ms, median of 3 ${csv.medianMs} ms, ${round(csv.bytes / 1024 / 1024)} MB`);
    const js = await publicPageJavaScript(entryPath);
    console.log(`  JavaScript on a public page: ${js.gzippedKilobytes} KB gzipped (${js.kilobytes} KB raw, ${js.files} files)`);
    peak = Math.max(peak, rssOf(server.pid!).peak);
    console.log(`  peak RSS of the server: ${round(peak)} MB`);
    rmSync(staticFile, { force: true });

    const targets = {
      searchP95Ms: { target: 50, actual: results[0].p95, met: results[0].p95 < 50 },
      entryPageRps: { target: 1000, actual: results[2].requestsPerSecond, met: results[2].requestsPerSecond >= 1000 },
      listPageRps: { target: 500, actual: results[1].requestsPerSecond, met: results[1].requestsPerSecond >= 500 },
      csvSeconds: { target: 3, actual: round(Math.max(csv.coldMs, csv.medianMs) / 1000), met: Math.max(csv.coldMs, csv.medianMs) < 3000 },
      peakRssMb: { target: 400, actual: round(peak), met: peak < 400 },
      publicJsGzipKb: { target: 150, actual: js.gzippedKilobytes, met: js.gzippedKilobytes < 150 },
    };
    const out = { date: new Date().toISOString(), machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, dataset: seeded, settings: { connections: CONNECTIONS, durationSeconds: DURATION }, results, csv, javascript: js, peakRssMb: round(peak), targets };
    writeFileSync(resolve(ROOT, "bench/results.json"), JSON.stringify(out, null, 2) + "\n");
    console.log("→ Targets:");
    for (const [k, v] of Object.entries(targets)) console.log(`  ${v.met ? "✓" : "✗"} ${k}: ${v.actual} (target ${k.endsWith("Rps") ? "≥" : "<"} ${v.target})`);
    console.log("Written to bench/results.json");
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
