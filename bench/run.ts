// `npm run bench`: 50,000 published entries in a separate database, the production server on
// 127.0.0.1, and autocannon against the pages that matter. Prints and writes bench/results.json.
import { spawn, execFileSync } from "node:child_process";
import { get } from "node:http";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { DEMO_ENTRIES } from "~content/demo/entries";
import { apiWriteStep } from "./api-write-step";
import { seedBenchDatabase } from "./seed-bench";
import { buildIfStale, ensureGenerated, SERVER_NODE_OPTIONS } from "../scripts/lib.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const TMP = resolve(ROOT, "bench/.tmp");
const DB_FILE = resolve(TMP, "bench.db");
const PORT = Number(process.env.BENCH_PORT ?? 3990);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50_000);
const BUILD_DIR = process.env.BUILD_DIR ?? "build";
// Search latency is measured at this offered load (requests per second, all connections together):
// far above a national register's real traffic, below this machine's saturation, so it measures the
// time a search takes rather than time spent waiting behind other requests.
const SEARCH_RATE = Number(process.env.BENCH_SEARCH_RATE ?? 20);
// What Chromium and Firefox send.
const BROWSER_ACCEPT_ENCODING = "gzip, deflate, br, zstd";
// `--api-write-only`: seed, start the server and run only the API write step.
const API_WRITE_ONLY = process.argv.includes("--api-write-only");
// `--search-only`: seed (or reuse), start the server and run only the two search latency steps —
// one figure at a time, on a machine shared with other work. Written to bench/results-search.json.
const SEARCH_ONLY = process.argv.includes("--search-only");
// BENCH_REUSE_DB=1: keep bench/.tmp/bench.db from the last run when it holds BENCH_ENTRIES entries
// (seeding 50,000 entries takes minutes). The full run's API write step adds drafts, not published entries.
const REUSE_DB = process.env.BENCH_REUSE_DB === "1";
const HELP = `npm run bench [-- FLAGS]
  (no flag)           import, API token check, seed ${ENTRIES} entries, every load step; writes bench/results.json
  --search-only       only the English and Dutch search latency steps (writes bench/results-search.json)
  --api-write-only    only the API write step
  --import-only       only the import step
  --help              this text
Environment: BENCH_REUSE_DB=1 (reuse bench/.tmp/bench.db when it has BENCH_ENTRIES published entries),
  BENCH_ENTRIES (50000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_SEARCH_RATE (20), BENCH_PORT (3990), BUILD_DIR.`;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const round = (n: number) => Math.round(n * 10) / 10;

async function waitForServer(base = BASE) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
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

/**
 * Throughput: `paths` are requested in turn on every connection, each connection sending its next
 * request as soon as the last one is answered (a closed loop, so latency here is mostly time spent
 * queueing behind the other connections: connections ÷ throughput).
 */
async function load(name: string, paths: string[], base = BASE) {
  const latencies: number[] = [];
  const instance = autocannon({
    url: `${base}${paths[0]}`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  instance.on("response", (_c, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    path: paths.length === 1 ? paths[0] : `${paths[0]} (and ${paths.length - 1} more)`,
    requestsPerSecond: round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  console.log(
    `  ${name.padEnd(28)} ${String(row.requestsPerSecond).padStart(8)} req/s   p50 ${row.p50} ms   p95 ${row.p95} ms   p99 ${row.p99} ms${row.non2xx ? `   non-2xx ${row.non2xx}` : ""}`,
  );
  return row;
}

/**
 * Latency: requests arrive evenly spaced at `rate` per second whether or not earlier ones were
 * answered (an open loop, as visitors arrive), for DURATION seconds. Each latency runs from the
 * moment its request was due, so a slow answer that delays the next send is not hidden.
 */
async function openLoad(name: string, paths: string[], rate: number) {
  const latencies: number[] = [];
  let failed = 0;
  const total = Math.round(rate * DURATION);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      fetch(`${BASE}${paths[i % paths.length]}`)
        .then(async (res) => {
          await res.arrayBuffer();
          if (!res.ok) failed++;
          latencies.push(performance.now() - due);
        })
        .catch(() => {
          failed++;
        }),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const row = {
    name,
    path: `${paths[0]} (and ${paths.length - 1} more)`,
    offeredRequestsPerSecond: rate,
    requests: total,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    failed,
  };
  console.log(
    `  ${name.padEnd(28)} ${String(rate).padStart(8)} req/s   p50 ${row.p50} ms   p95 ${row.p95} ms   p99 ${row.p99} ms${failed ? `   failed ${failed}` : ""}`,
  );
  return row;
}

/**
 * Three downloads, asking for the encodings `acceptEncoding` names; the first is reported on its
 * own. Timed to the last byte received, as sent (a browser decompresses natively while it saves).
 */
async function timedDownload(path: string, acceptEncoding: string) {
  const times: number[] = [];
  let bytes = 0;
  let encoding = "";
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      get(`${BASE}${path}`, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
        encoding = String(res.headers["content-encoding"] ?? "identity");
        bytes = 0;
        res.on("data", (chunk: Buffer) => (bytes += chunk.length));
        res.on("end", resolve);
        res.on("error", reject);
      }).on("error", reject);
    });
    times.push(performance.now() - t0);
  }
  const coldMs = times[0];
  times.sort((a, b) => a - b);
  return { path, acceptEncoding, contentEncoding: encoding, coldMs: round(coldMs), medianMs: round(times[1]), bytesSent: bytes };
}

const ENGLISH_WORDS = [...new Set(DEMO_ENTRIES.map((e) => e.tags[0]?.toLowerCase()).filter((w): w is string => Boolean(w && /^[a-z]+$/.test(w))))];
// Dutch words as a Dutch visitor types them, many inflected (plural, verb forms) so stemming has work to do.
const DUTCH_WORDS = [
  "parkeren",
  "vergunning",
  "afval",
  "schulden",
  "datalekken",
  "beoordelen",
  "taxatie",
  "zorg",
  "loting",
  "verkeerslichten",
  "urgentie",
  "drukte",
  "werk",
  "vakantieverhuur",
  "uitkering",
  "toeslagen",
  "werkloosheid",
  "werkzoekenden",
  "aangifte",
  "douane",
  "vertaling",
  "recidive",
  "waterpeil",
  "huishoudens",
  "zuiveringsheffing",
  "berekenen",
];

/**
 * Searches as visitors make them: a word from the seeded entries with a theme and a publication
 * category that some of its matches have (so every page lists results), different for each request.
 */
function searchPaths(db: Database.Database, words: string[]): string[] {
  const combos = db.prepare(
    `SELECT t.value AS theme, c.value AS category, COUNT(*) AS n FROM entry_search s
     JOIN EntryFacet t ON t.entryId = s.entry_id AND t.facet = 'theme' JOIN EntryFacet c ON c.entryId = s.entry_id AND c.facet = 'category'
     WHERE entry_search MATCH ? GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 3`,
  );
  const paths: string[] = [];
  for (const word of words) {
    for (const { theme, category } of combos.all(`"${word}"*`) as Array<{ theme: string; category: string }>) {
      paths.push(`/algorithms?q=${encodeURIComponent(word)}&theme=${encodeURIComponent(theme)}&category=${encodeURIComponent(category)}`);
    }
  }
  return paths;
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

/** Imports the Dutch listing into a fresh database in a child process (bench/import-step.ts). */
function importStep() {
  const file = resolve(TMP, "import.db");
  console.log(`→ Import: the Dutch register listing into an empty database, then again unchanged`);
  const out = execFileSync("npx", ["tsx", "bench/import-step.ts", file], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  for (const f of readdirSync(TMP)) if (f.startsWith("import.db")) rmSync(resolve(TMP, f));
  const result = JSON.parse(out.trim().split("\n").pop()!) as {
    source: string;
    records: number;
    created: number;
    failed: number;
    seconds: number;
    recordsPerSecond: number;
    reimportSeconds: number;
    reimportUnchanged: number;
  };
  console.log(
    `  ${result.created} of ${result.records} records (${result.source}) in ${result.seconds} s: ${result.recordsPerSecond} records/s; re-import of the unchanged file ${result.reimportSeconds} s`,
  );
  return result;
}

/** What the API's token check costs per request, in a child process (bench/api-auth-step.ts). */
function apiAuthStep() {
  const file = resolve(TMP, "api-auth.db");
  console.log(`→ API token check: requireApiClient on one real access token, many times`);
  const out = execFileSync("npx", ["tsx", "bench/api-auth-step.ts", file], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  for (const f of readdirSync(TMP)) if (f.startsWith("api-auth.db")) rmSync(resolve(TMP, f));
  const result = JSON.parse(out.trim().split("\n").pop()!) as { checks: number; microsecondsPerCheck: number };
  console.log(`  ${result.microsecondsPerCheck} µs per check (${result.checks} checks)`);
  return result;
}

/** The production server as `npm start` runs it, with `processes` server processes (WEB_CONCURRENCY). */
function startServer(port: number, processes: number) {
  const server = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(processes),
      PUBLIC_ORIGIN: `http://localhost:${port}`,
      DATABASE_URL: `file:${DB_FILE}`,
      SESSION_SECRET: "bench-secret-0123456789",
      // The API write step measures the server, not the per-client limit.
      API_REQUESTS_PER_MINUTE: "100000000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  // The server's own log lines about the search index (its build and how long it took), for the reader.
  server.stdout!.setEncoding("utf8");
  server.stdout!.on("data", (text: string) => {
    for (const line of text.split("\n")) if (/facet index/i.test(line)) console.log(`  [server] ${line.trim()}`);
  });
  return server;
}

/** The number of published entries in an existing bench database, or 0 when there is none. */
function publishedEntries(file: string) {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare(`SELECT COUNT(*) AS n FROM Entry WHERE state = 'published'`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

async function main() {
  if (process.argv.includes("--help")) return console.log(HELP);
  mkdirSync(TMP, { recursive: true });
  ensureGenerated();
  const imported = API_WRITE_ONLY || SEARCH_ONLY ? null : importStep();
  if (process.argv.includes("--import-only")) return;
  const apiAuth = SEARCH_ONLY ? null : apiAuthStep();
  let seeded: ReturnType<typeof seedBenchDatabase> | { entries: number; reused: true };
  const existing = REUSE_DB ? publishedEntries(DB_FILE) : 0;
  if (REUSE_DB && existing >= ENTRIES) {
    console.log(`→ Reusing ${DB_FILE} (${existing} published entries)`);
    seeded = { entries: existing, reused: true };
  } else {
    for (const f of readdirSync(TMP)) if (f.startsWith("bench.db")) rmSync(resolve(TMP, f));
    console.log(`→ Migrating ${DB_FILE}`);
    execFileSync("npx", ["prisma", "migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${DB_FILE}` },
      stdio: ["ignore", "ignore", "inherit"],
    });
    console.log(`→ Seeding ${ENTRIES} entries across 500 organisations…`);
    const t0 = performance.now();
    seeded = seedBenchDatabase(DB_FILE, { entries: ENTRIES });
    console.log(`  seeded in ${round((performance.now() - t0) / 1000)} s`);
  }
  buildIfStale();

  const probe = new Database(DB_FILE, { readonly: true });
  const entry = probe.prepare(`SELECT publicId FROM Entry WHERE state = 'published' LIMIT 1 OFFSET 1234`).get() as { publicId: string };
  const searches = searchPaths(probe, ENGLISH_WORDS);
  const dutchSearches = searchPaths(probe, DUTCH_WORDS);
  probe.close();

  // One process for the main figures (comparable with earlier runs; its memory is the server's);
  // the search throughput is measured again with one process per core at the end.
  const server = startServer(PORT, 1);
  let peak = 0;
  // The high-water mark after each step, to tell which one needs the memory.
  const peakAfter: Record<string, number> = {};
  const mark = (step: string) => {
    peak = Math.max(peak, rssOf(server.pid!).peak);
    peakAfter[step] = round(peak);
  };
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
    mark("start");
    // warm-up
    for (const p of [searches[0], "/algorithms", entryPath, "/api/v1/entries"]) await fetch(`${BASE}${p}`);
    mark("warm-up");
    if (API_WRITE_ONLY) {
      await apiWriteStep(BASE, DB_FILE, { seconds: DURATION, connections: CONNECTIONS });
      return;
    }

    console.log(`→ Load: ${CONNECTIONS} connections, ${DURATION} s each; ${searches.length} different searches in turn`);
    const searchLatency = await openLoad(`search at ${SEARCH_RATE} req/s`, searches, SEARCH_RATE);
    mark("search latency");
    const dutchSearchLatency = await openLoad(`Dutch search at ${SEARCH_RATE} req/s`, dutchSearches, SEARCH_RATE);
    mark("Dutch search latency");
    if (SEARCH_ONLY) {
      const targets = {
        searchP95Ms: { target: 50, actual: searchLatency.p95, met: searchLatency.p95 < 50 },
        dutchSearchP95Ms: { target: 50, actual: dutchSearchLatency.p95, met: dutchSearchLatency.p95 < 50 },
      };
      const out = {
        date: new Date().toISOString(),
        dataset: seeded,
        settings: { searchRate: SEARCH_RATE, durationSeconds: DURATION },
        searchLatency,
        dutchSearchLatency,
        targets,
      };
      writeFileSync(resolve(ROOT, "bench/results-search.json"), JSON.stringify(out, null, 2) + "\n");
      for (const [k, v] of Object.entries(targets)) console.log(`  ${v.met ? "✓" : "✗"} ${k}: ${v.actual} (target < ${v.target})`);
      console.log("Written to bench/results-search.json");
      return;
    }
    const results = [];
    for (const [name, paths] of [
      ["search (term + 2 facets)", searches],
      ["entry list page", ["/algorithms"]],
      ["entry page", [entryPath]],
      ["API list", ["/api/v1/entries"]],
      ["static file (express.static)", ["/bench-static.html"]],
    ] as const) {
      results.push(await load(name, [...paths]));
      mark(name);
    }
    const csv = await timedDownload("/downloads/entries.csv", BROWSER_ACCEPT_ENCODING);
    console.log(
      `  full CSV download (${csv.contentEncoding}, as browsers ask): first ${csv.coldMs} ms, median of 3 ${csv.medianMs} ms, ${round(csv.bytesSent / 1024 / 1024)} MB sent`,
    );
    const csvGzip = await timedDownload("/downloads/entries.csv", "gzip");
    console.log(
      `  full CSV download (${csvGzip.contentEncoding} only): first ${csvGzip.coldMs} ms, median of 3 ${csvGzip.medianMs} ms, ${round(csvGzip.bytesSent / 1024 / 1024)} MB sent`,
    );
    mark("CSV downloads");
    const js = await publicPageJavaScript(entryPath);
    console.log(`  JavaScript on a public page: ${js.gzippedKilobytes} KB gzipped (${js.kilobytes} KB raw, ${js.files} files)`);
    // Last: it files drafts, which changes the data the other steps read.
    const apiWrite = await apiWriteStep(BASE, DB_FILE, { seconds: DURATION, connections: CONNECTIONS });
    mark("API write");
    peak = Math.max(peak, rssOf(server.pid!).peak);
    console.log(
      `  peak RSS of the server: ${round(peak)} MB (high-water mark after each step: ${Object.entries(peakAfter)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")})`,
    );
    rmSync(staticFile, { force: true });

    const cores = availableParallelism();
    server.kill("SIGTERM"); // measured alone
    const allCores = startServer(PORT + 1, cores);
    let searchAllCores;
    try {
      await waitForServer(`http://127.0.0.1:${PORT + 1}`);
      searchAllCores = { processes: cores, ...(await load(`search (term + 2 facets), ${cores} processes`, searches, `http://127.0.0.1:${PORT + 1}`)) };
    } finally {
      allCores.kill("SIGTERM");
    }

    const targets = {
      searchP95Ms: { target: 50, actual: searchLatency.p95, met: searchLatency.p95 < 50 },
      dutchSearchP95Ms: { target: 50, actual: dutchSearchLatency.p95, met: dutchSearchLatency.p95 < 50 },
      entryPageRps: { target: 1000, actual: results[2].requestsPerSecond, met: results[2].requestsPerSecond >= 1000 },
      listPageRps: { target: 500, actual: results[1].requestsPerSecond, met: results[1].requestsPerSecond >= 500 },
      csvSeconds: { target: 3, actual: round(Math.max(csv.coldMs, csv.medianMs) / 1000), met: Math.max(csv.coldMs, csv.medianMs) < 3000 },
      peakRssMb: { target: 400, actual: round(peak), met: peak < 400 },
      importSeconds: { target: 3, actual: imported!.seconds, met: imported!.seconds < 3 },
      reimportSeconds: { target: 2, actual: imported!.reimportSeconds, met: imported!.reimportSeconds < 2 },
      publicJsGzipKb: { target: 150, actual: js.gzippedKilobytes, met: js.gzippedKilobytes < 150 },
      apiTokenCheckUs: { target: 1000, actual: apiAuth!.microsecondsPerCheck, met: apiAuth!.microsecondsPerCheck < 1000 },
    };
    const out = {
      date: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      dataset: seeded,
      settings: {
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        searchRate: SEARCH_RATE,
        searches: searches.length,
        dutchSearches: dutchSearches.length,
      },
      searchLatency,
      dutchSearchLatency,
      results,
      searchAllCores,
      csv,
      csvGzip,
      javascript: js,
      apiWrite,
      import: imported,
      apiAuth,
      peakRssMb: round(peak),
      peakRssAfterMb: peakAfter,
      targets,
    };
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
