// Several server processes on one port (node:cluster), so every core answers requests. Nothing the
// processes must agree on lives in one of them: sessions, rate limits, the data version, outbox claims
// and job leases are in the database (decision record 011).
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { setting } from "../app/config/settings.mjs";

/** WEB_CONCURRENCY, else one process per core in production and one otherwise; always one for the dev server. */
export function webConcurrency({ dev = false } = {}) {
  if (dev) return 1;
  return setting("WEB_CONCURRENCY") ?? (setting("NODE_ENV") === "production" ? availableParallelism() : 1);
}

/**
 * With one process, returns at once: this process is the server. With more, this process becomes the
 * primary: it forks that many workers (each runs server.mjs and is the server), replaces one that dies,
 * and on SIGTERM or SIGINT lets each finish its in-flight requests and exits when all have. The promise
 * it then returns never settles: the primary serves nothing itself, so server.mjs goes no further.
 * A worker that dies before it listens (a missing build, a bad database) ends the whole server.
 */
export function becomePrimaryIfClustered(workers) {
  if (workers <= 1 || !cluster.isPrimary) return Promise.resolve();
  const listening = new WeakSet();
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork();
    worker.once("listening", () => listening.add(worker));
  };

  const stop = (signal, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} server processes after their in-flight requests`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const exitWhenDone = () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    };
    cluster.on("exit", exitWhenDone);
    exitWhenDone();
    setTimeout(() => process.exit(code), 15_000).unref();
  };

  cluster.on("exit", (worker, exitCode, signal) => {
    if (stopping) return;
    if (!listening.has(worker)) {
      console.error(`✗ A server process ended before it could listen (exit ${exitCode ?? signal}); stopping.`);
      return stop("start-up failure", exitCode || 1);
    }
    console.error(`A server process ended (exit ${exitCode ?? signal}); starting another.`);
    fork();
  });
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  console.log(`Starting ${workers} server processes (WEB_CONCURRENCY)`);
  for (let i = 0; i < workers; i++) fork();
  return new Promise(() => {});
}
