// Memory of a server and of the processes it started (WEB_CONCURRENCY workers), read from /proc.
import { readdirSync, readFileSync } from "node:fs";

export function memoryOf(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** The process and its descendants (the cluster's primary and its workers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/PID/stat is the parent; the command name (field 2) may hold spaces, so read after its ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
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
