// The measuring steps of `npm run bench`: closed-loop throughput (autocannon), open-loop latency at
// an offered rate, timed downloads, and waiting for a server to answer its health check.
import { get } from "node:http";
import autocannon from "autocannon";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
export const round = (n: number) => Math.round(n * 10) / 10;
export const hundredths = (n: number) => Math.round(n * 100) / 100;

export async function waitForServer(base: string) {
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

/**
 * Throughput: `paths` are requested in turn on every connection, each connection sending its next
 * request as soon as the last one is answered (a closed loop, so latency here is mostly time spent
 * queueing behind the other connections: connections ÷ throughput).
 */
export async function load(name: string, paths: string[], base: string) {
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
 * Warm-up, the same for every engine and process count: each path once, `concurrency` at a time so
 * every server process gets its share, before the timed runs. They then measure a running server
 * rather than its first seconds (a new PostgreSQL session maps the shared buffers it reads into its
 * memory page by page on first use: 50–150 ms a query at first on the bench's data).
 */
export async function warmUp(base: string, paths: string[], concurrency: number) {
  for (let i = 0; i < paths.length; i += concurrency) {
    await Promise.all(paths.slice(i, i + concurrency).map(async (p) => (await fetch(`${base}${p}`)).arrayBuffer()));
  }
}

/**
 * Latency: requests arrive evenly spaced at `rate` per second whether or not earlier ones were
 * answered (an open loop, as visitors arrive), for DURATION seconds. Each latency runs from the
 * moment its request was due, so a slow answer that delays the next send is not hidden.
 */
export async function openLoad(name: string, paths: string[], rate: number, base: string) {
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
      fetch(`${base}${paths[i % paths.length]}`)
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
export async function timedDownload(path: string, acceptEncoding: string, base: string) {
  const times: number[] = [];
  let bytes = 0;
  let encoding = "";
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve, reject) => {
      get(`${base}${path}`, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
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
