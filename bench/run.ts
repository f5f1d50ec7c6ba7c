// `npm run bench`: 50,000 published entries in a separate database, the production server on
// 127.0.0.1, and autocannon against the pages that matter. Prints and writes bench/results.json.
//
//   npm run bench                                   all steps on SQLite, one process, then the engine comparison
//   npm run bench -- --engine postgresql --processes 2   the main steps on that engine and process count
//   npm run bench -- --compare-only [--processes N]  only the comparison: SQLite ×1, SQLite ×N, PostgreSQL ×N
//   npm run bench -- --no-compare                    skip the comparison
// PostgreSQL: BENCH_POSTGRES_URL (a superuser connection; the bench creates its own databases there), else a
// throwaway cluster from Debian's postgresql package, started and removed by the bench.
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { DEMO_ENTRIES } from "~content/demo/entries";
import { apiWriteStep } from "./api-write-step";
import { compareEngines, type Configuration } from "./engine-comparison";
import { load, openLoad, round, timedDownload, waitForServer, warmUp } from "./measure";
import { benchPostgres, type BenchPostgres } from "./postgres";
import { cpuDuring, memorySampler } from "./processes";
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

const { values: flags } = parseArgs({
  options: {
    engine: { type: "string", default: "sqlite" },
    processes: { type: "string" },
    "compare-only": { type: "boolean", default: false },
    "no-compare": { type: "boolean", default: false },
    // Seed, start the server and run only the API write step.
    "api-write-only": { type: "boolean", default: false },
    "import-only": { type: "boolean", default: false },
    // Seed (or reuse), start the server and run only the two search latency steps: one figure at a
    // time, on a machine shared with other work. Written to bench/results-search.json.
    "search-only": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
const SEARCH_ONLY = flags["search-only"];
// BENCH_REUSE_DB=1: keep bench/.tmp/bench.db from the last run when it holds BENCH_ENTRIES entries
// (seeding 50,000 entries takes minutes). The full run's API write step adds drafts, not published entries.
const REUSE_DB = process.env.BENCH_REUSE_DB === "1";
const HELP = `npm run bench [-- FLAGS]
  (no flag)                 import, API token check, seed ${ENTRIES} entries, every load step on SQLite with one process,
                            then SQLite ×1, SQLite ×N and PostgreSQL ×N side by side; writes bench/results.json
  --engine sqlite|postgresql  the engine of the main steps (default sqlite)
  --processes N             server processes for the main steps (default 1) and N of the comparison (default: cores, at least 2)
  --compare-only            only the engine comparison (writes bench/results-engines.json)
  --no-compare              skip the engine comparison
  --search-only             only the English and Dutch search latency steps (writes bench/results-search.json)
  --api-write-only          only the API write step
  --import-only             only the import step
  --help                    this text
Environment: BENCH_REUSE_DB=1 (reuse bench/.tmp/bench.db when it has BENCH_ENTRIES published entries),
  BENCH_POSTGRES_URL (a PostgreSQL superuser connection; else a throwaway cluster is started),
  BENCH_ENTRIES (50000), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_SEARCH_RATE (20), BENCH_PORT (3990), BUILD_DIR.`;
const ENGINE = flags.engine === "postgresql" ? "postgresql" : "sqlite";
if (flags.engine !== ENGINE) throw new Error(`--engine is sqlite or postgresql, not ${flags.engine}`);
const API_WRITE_ONLY = flags["api-write-only"];
// The main steps run with --processes (default 1); the comparison's N is --processes, or one per core.
const PROCESSES = Number(flags.processes ?? 1);
const COMPARE_PROCESSES = Number(flags.processes ?? Math.max(2, availableParallelism()));

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

/**
 * Imports the Dutch listing into a fresh database in a child process (bench/import-step.ts): a SQLite
 * file, or a new PostgreSQL database when `postgres` is given.
 */
async function importStep(postgres?: BenchPostgres) {
  const target = postgres ? await postgres.createDatabase("bench_import") : resolve(TMP, "import.db");
  console.log(`→ Import (${postgres ? "PostgreSQL" : "SQLite"}): the Dutch register listing into an empty database, then again unchanged`);
  const out = execFileSync("npx", ["tsx", "bench/import-step.ts", target], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (!postgres) for (const f of readdirSync(TMP)) if (f.startsWith("import.db")) rmSync(resolve(TMP, f));
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
function startServer(port: number, processes: number, databaseUrl: string) {
  const server = spawn("node", [...SERVER_NODE_OPTIONS, "server.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      WEB_CONCURRENCY: String(processes),
      PUBLIC_ORIGIN: `http://localhost:${port}`,
      DATABASE_URL: databaseUrl,
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

/** One configuration's figures for the engine comparison, on a server started for it alone. */
async function measureConfiguration(configuration: Configuration, databaseUrl: string, port: number, searches: string[], entryPath: string) {
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(port, configuration.processes, databaseUrl);
  const memory = memorySampler(server.pid!);
  try {
    await waitForServer(base);
    await warmUp(base, [...searches, "/algorithms", entryPath], 2 * configuration.processes);
    const label = `${configuration.engine} ×${configuration.processes}`;
    console.log(`→ ${label}`);
    const latency = await openLoad(`search at ${SEARCH_RATE} req/s`, searches, SEARCH_RATE, base);
    const { result: search, cpu: searchCpu } = await cpuDuring(server.pid!, () => load("search (term + 2 facets)", searches, base));
    console.log(
      `  cores busy during it: server ${searchCpu.serverMain} (main threads) + ${searchCpu.serverHelpers} (helper threads), load generator ${searchCpu.loadGenerator}, other ${searchCpu.other}`,
    );
    const list = await load("entry list page", ["/algorithms"], base);
    const entry = await load("entry page", [entryPath], base);
    const csv = await timedDownload("/downloads/entries.csv", BROWSER_ACCEPT_ENCODING, base);
    console.log(`  full CSV download: first ${csv.coldMs} ms, median of 3 ${csv.medianMs} ms`);
    return { latency, search, searchCpu, list, entry, csv, peakRssPerProcessMb: round(memory.peakPerProcess()) };
  } finally {
    memory.stop();
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

async function main() {
  if (flags.help) return console.log(HELP);
  mkdirSync(TMP, { recursive: true });
  ensureGenerated();
  const needsPostgres = ENGINE === "postgresql" || (!flags["no-compare"] && !SEARCH_ONLY && !API_WRITE_ONLY);
  const postgres = needsPostgres && !flags["import-only"] ? await benchPostgres() : undefined;
  try {
    await run(postgres);
  } finally {
    await postgres?.stop();
  }
}

async function run(postgres: BenchPostgres | undefined) {
  const compareOnly = flags["compare-only"];
  const imported = API_WRITE_ONLY || compareOnly || SEARCH_ONLY ? null : await importStep();
  if (flags["import-only"]) return;
  const apiAuth = API_WRITE_ONLY || compareOnly || SEARCH_ONLY ? null : apiAuthStep();
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
  // The same data on PostgreSQL: copied from the seeded file, then indexed by PostgreSQL's search.
  const postgresUrl = postgres ? await postgres.loadFrom(DB_FILE, "bench") : undefined;
  buildIfStale();

  const probe = new Database(DB_FILE, { readonly: true });
  const entry = probe.prepare(`SELECT publicId FROM Entry WHERE state = 'published' LIMIT 1 OFFSET 1234`).get() as { publicId: string };
  const searches = searchPaths(probe, ENGLISH_WORDS);
  const dutchSearches = searchPaths(probe, DUTCH_WORDS);
  probe.close();
  const entryPath = `/algorithms/${entry.publicId}`;
  const urlOf = (engine: "sqlite" | "postgresql") => (engine === "sqlite" ? `file:${DB_FILE}` : postgresUrl!);

  const comparison = async () => {
    if (flags["no-compare"]) return undefined;
    const importOnPostgres = await importStep(postgres);
    return compareEngines(
      [
        { engine: "sqlite", processes: 1 },
        { engine: "sqlite", processes: COMPARE_PROCESSES },
        { engine: "postgresql", processes: COMPARE_PROCESSES },
      ],
      (configuration, i) => measureConfiguration(configuration, urlOf(configuration.engine), PORT + 10 + i, searches, entryPath),
      { sqlite: imported ?? (await importStep()), postgresql: importOnPostgres },
    );
  };
  if (compareOnly) {
    const engines = await comparison();
    writeFileSync(resolve(ROOT, "bench/results-engines.json"), JSON.stringify({ date: new Date().toISOString(), dataset: seeded, engines }, null, 2) + "\n");
    console.log("Written to bench/results-engines.json");
    return;
  }

  // The main figures: one process on SQLite unless --engine/--processes say otherwise (comparable with earlier runs).
  const server = startServer(PORT, PROCESSES, urlOf(ENGINE));
  const memory = memorySampler(server.pid!);
  // The high-water mark after each step, to tell which one needs the memory.
  const peakAfter: Record<string, number> = {};
  const mark = (step: string) => (peakAfter[step] = round(memory.peakPerProcess()));
  let serverStopped = false;
  try {
    await waitForServer(BASE);
    const staticFile = resolve(ROOT, BUILD_DIR, "client/bench-static.html");
    writeFileSync(staticFile, await (await fetch(`${BASE}${entryPath}`)).text());
    mark("start");
    await warmUp(BASE, [...searches, ...dutchSearches, "/algorithms", entryPath, "/api/v1/entries"], 2 * PROCESSES);
    mark("warm-up");
    if (API_WRITE_ONLY) {
      await apiWriteStep(BASE, DB_FILE, urlOf(ENGINE), { seconds: DURATION, connections: CONNECTIONS });
      return;
    }

    console.log(`→ Load (${ENGINE} ×${PROCESSES}): ${CONNECTIONS} connections, ${DURATION} s each; ${searches.length} different searches in turn`);
    const searchLatency = await openLoad(`search at ${SEARCH_RATE} req/s`, searches, SEARCH_RATE, BASE);
    mark("search latency");
    const dutchSearchLatency = await openLoad(`Dutch search at ${SEARCH_RATE} req/s`, dutchSearches, SEARCH_RATE, BASE);
    mark("Dutch search latency");
    if (SEARCH_ONLY) {
      const targets = {
        searchP95Ms: { target: 50, actual: searchLatency.p95, met: searchLatency.p95 < 50 },
        dutchSearchP95Ms: { target: 50, actual: dutchSearchLatency.p95, met: dutchSearchLatency.p95 < 50 },
      };
      const out = {
        date: new Date().toISOString(),
        dataset: seeded,
        settings: { engine: ENGINE, processes: PROCESSES, searchRate: SEARCH_RATE, durationSeconds: DURATION },
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
      results.push(await load(name, [...paths], BASE));
      mark(name);
    }
    const csv = await timedDownload("/downloads/entries.csv", BROWSER_ACCEPT_ENCODING, BASE);
    console.log(
      `  full CSV download (${csv.contentEncoding}, as browsers ask): first ${csv.coldMs} ms, median of 3 ${csv.medianMs} ms, ${round(csv.bytesSent / 1024 / 1024)} MB sent`,
    );
    const csvGzip = await timedDownload("/downloads/entries.csv", "gzip", BASE);
    console.log(
      `  full CSV download (${csvGzip.contentEncoding} only): first ${csvGzip.coldMs} ms, median of 3 ${csvGzip.medianMs} ms, ${round(csvGzip.bytesSent / 1024 / 1024)} MB sent`,
    );
    mark("CSV downloads");
    const js = await publicPageJavaScript(entryPath);
    console.log(`  JavaScript on a public page: ${js.gzippedKilobytes} KB gzipped (${js.kilobytes} KB raw, ${js.files} files)`);
    // Last: it files drafts, which changes the data the other steps read.
    const apiWrite = await apiWriteStep(BASE, DB_FILE, urlOf(ENGINE), { seconds: DURATION, connections: CONNECTIONS });
    mark("API write");
    const peak = memory.peakPerProcess();
    console.log(
      `  peak RSS of the server: ${round(peak)} MB (high-water mark after each step: ${Object.entries(peakAfter)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")})`,
    );
    rmSync(staticFile, { force: true });
    memory.stop();
    server.kill("SIGTERM"); // the comparison's servers are measured alone
    await new Promise((r) => server.once("exit", r));
    serverStopped = true;

    // The drafts filed by the API write step are on the main run's engine only; the comparison reads published entries.
    const engines = await comparison();

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
      ...engines?.targets,
    };
    const out = {
      date: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      dataset: seeded,
      settings: {
        engine: ENGINE,
        processes: PROCESSES,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        searchRate: SEARCH_RATE,
        searches: searches.length,
        dutchSearches: dutchSearches.length,
      },
      searchLatency,
      dutchSearchLatency,
      results,
      csv,
      csvGzip,
      javascript: js,
      apiWrite,
      import: imported,
      apiAuth,
      peakRssMb: round(peak),
      peakRssAfterMb: peakAfter,
      engines: engines?.table,
      targets,
    };
    writeFileSync(resolve(ROOT, "bench/results.json"), JSON.stringify(out, null, 2) + "\n");
    console.log("→ Targets:");
    for (const [k, v] of Object.entries(targets))
      console.log(`  ${v.met ? "✓" : "✗"} ${k}: ${v.actual} (target ${k.endsWith("Rps") || k.endsWith("Ratio") ? "≥" : "<"} ${v.target})`);
    console.log("Written to bench/results.json");
  } finally {
    memory.stop();
    if (!serverStopped) server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
