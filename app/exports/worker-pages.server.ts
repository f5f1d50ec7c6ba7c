/**
 * Reads a large SELECT on a worker thread and hands it over a page of raw rows at a time, so the
 * main thread turns one page into output while the worker reads the next: a 50,000-entry export
 * then takes about as long as the slower of the two halves, not their sum, and the main thread is
 * never blocked by the read itself. The worker holds one read transaction, so a download is a
 * consistent snapshot even while entries are published. At most `ahead` pages wait in memory: the
 * worker sleeps (Atomics.wait) until the main thread has taken one.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const { file, sql, params, pageSize, credits } = workerData;
let db;
const send = (page) => {
  while (Atomics.load(credits, 0) <= 0) Atomics.wait(credits, 0, 0);
  Atomics.sub(credits, 0, 1);
  parentPort.postMessage(page);
};
try {
  db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  let page = [];
  for (const row of db.prepare(sql).raw().iterate(...params)) {
    page.push(row);
    if (page.length === pageSize) {
      send(page);
      page = [];
    }
  }
  if (page.length) send(page);
  parentPort.postMessage(null);
} catch (error) {
  // SqliteError does not survive the trip between threads: send its message.
  parentPort.postMessage({ error: String(error && error.message) });
} finally {
  db?.close();
}
`;

const driver = createRequire(import.meta.url).resolve("better-sqlite3");

export async function* pagesFromWorker<Row extends unknown[]>(
  file: string,
  sql: string,
  params: unknown[] = [],
  { pageSize = 200, ahead = 4 } = {},
): AsyncGenerator<Row[]> {
  const credits = new Int32Array(new SharedArrayBuffer(4));
  credits[0] = ahead;
  // The worker only reads and hands over: a small heap keeps the export from adding much to the
  // process's memory.
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, sql, params, pageSize, credits },
    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 },
  });
  const queue: Array<Row[] | null> = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on("message", (message: Row[] | null | { error: string }) => {
    if (message && !Array.isArray(message)) failure = new Error(message.error);
    else queue.push(message);
    notify();
  });
  worker.on("error", (error) => {
    failure ??= error;
    notify();
  });
  worker.on("exit", (code) => {
    if (code !== 0) failure ??= new Error(`export reader stopped with code ${code}`);
    notify();
  });
  try {
    for (;;) {
      while (!queue.length && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (!queue.length && failure) throw failure;
      const page = queue.shift()!;
      if (page === null) return;
      Atomics.add(credits, 0, 1);
      Atomics.notify(credits, 0);
      yield page;
    }
  } finally {
    // A client that stops the download ends the generator early: stop reading too.
    await worker.terminate();
  }
}
