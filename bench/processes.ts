// Memory and CPU time of a server and of the processes it started (WEB_CONCURRENCY workers), read from /proc.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { hundredths } from "./measure";

export function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/**
 * The fields of a /proc stat line from field 3 on (state, parent, …): the command name (field 2) may
 * hold spaces and parentheses, so the line is read after its last ")".
 */
function statFields(statFile: string): string[] {
  const stat = readFileSync(statFile, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** The process and its descendants (the cluster's primary and its workers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(statFields(`/proc/${name}/stat`)[1]); // field 4
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // exited while listing
    }
  }
  const tree: number[] = [];
  const walk = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return tree;
}

/**
 * Samples the high-water mark of every process of a server every 250 ms; `peakPerProcess()` is the
 * largest of them (with one process, that process; with several, the largest worker or primary).
 */
export function memorySampler(root: number) {
  let peak = 0;
  const sample = () => {
    for (const pid of processTree(root)) {
      try {
        peak = Math.max(peak, memoryOf(pid).peak);
      } catch {
        // exited
      }
    }
  };
  const timer = setInterval(sample, 250);
  return {
    peakPerProcess: () => (sample(), peak),
    stop: () => clearInterval(timer),
  };
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU seconds used so far (user + system, fields 14 and 15 of a /proc stat line). */
function cpuSeconds(statFile: string) {
  const fields = statFields(statFile);
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by a server's processes, split into their main threads (where the
 * JavaScript runs) and their other threads (V8's garbage collection and compilation helpers, libuv's
 * pool): the other threads are why one busy Node process uses more than one core. A process's own
 * line counts threads that have ended too, so the other threads are that less the main thread's.
 */
export function cpuOfTree(root: number) {
  let main = 0;
  let helpers = 0;
  for (const pid of processTree(root)) {
    try {
      const mainThread = cpuSeconds(`/proc/${pid}/task/${pid}/stat`);
      main += mainThread;
      helpers += cpuSeconds(`/proc/${pid}/stat`) - mainThread;
    } catch {
      // exited while reading
    }
  }
  return { main, helpers };
}

/** Busy CPU seconds of the whole machine so far (every core; /proc/stat's first line less idle and iowait). */
export function machineBusySeconds() {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n", 1)[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}

/**
 * Where the cores went while `work` ran: the server's main threads and helper threads, this process
 * (the load generator), and everything else on the machine (PostgreSQL's backends, for one), in
 * cores (CPU seconds per second).
 */
export async function cpuDuring<T>(root: number, work: () => Promise<T>) {
  const before = { server: cpuOfTree(root), client: process.cpuUsage(), machine: machineBusySeconds(), at: performance.now() };
  const result = await work();
  const server = cpuOfTree(root);
  const client = process.cpuUsage(before.client);
  const seconds = (performance.now() - before.at) / 1000;
  const cores = (s: number) => hundredths(s / seconds);
  const main = server.main - before.server.main;
  const helpers = server.helpers - before.server.helpers;
  const clientSeconds = (client.user + client.system) / 1e6;
  const machine = machineBusySeconds() - before.machine;
  return {
    result,
    cpu: {
      serverMain: cores(main),
      serverHelpers: cores(helpers),
      loadGenerator: cores(clientSeconds),
      other: cores(Math.max(0, machine - main - helpers - clientSeconds)),
    },
  };
}
