// The engine comparison of `npm run bench`: the same 50,000 entries served by SQLite with one process,
// SQLite with N processes and PostgreSQL with N processes, each measured alone, printed side by side.
import { availableParallelism } from "node:os";
import { hundredths, round } from "./measure";

export type Configuration = { engine: "sqlite" | "postgresql"; processes: number };

type Row = { requestsPerSecond: number; p50: number; p95: number };
/** Cores busy during a throughput step (see cpuDuring in processes.ts). */
export type BusyCores = { serverMain: number; serverHelpers: number; loadGenerator: number; other: number };
type Figures = {
  latency: { p50: number; p95: number };
  search: Row;
  searchCpu: BusyCores;
  list: Row;
  entry: Row;
  csv: { coldMs: number; medianMs: number };
  peakRssPerProcessMb: number;
};
type ImportFigures = { recordsPerSecond: number; seconds: number };

export async function compareEngines(
  configurations: Configuration[],
  measure: (configuration: Configuration, index: number) => Promise<Figures>,
  imports: Record<Configuration["engine"], ImportFigures>,
) {
  const measured: Array<Configuration & Figures & { import: ImportFigures }> = [];
  for (const [i, configuration] of configurations.entries()) {
    measured.push({ ...configuration, ...(await measure(configuration, i)), import: imports[configuration.engine] });
  }
  const lines: Array<[string, (m: (typeof measured)[number]) => string]> = [
    ["search latency at 20/s, p50 / p95", (m) => `${m.latency.p50} / ${m.latency.p95} ms`],
    ["search throughput", (m) => `${m.search.requestsPerSecond} req/s`],
    ["  cores busy: server main + helper threads", (m) => `${m.searchCpu.serverMain} + ${m.searchCpu.serverHelpers}`],
    ["  cores busy: load generator + other", (m) => `${m.searchCpu.loadGenerator} + ${m.searchCpu.other}`],
    ["entry list page", (m) => `${m.list.requestsPerSecond} req/s`],
    ["entry page", (m) => `${m.entry.requestsPerSecond} req/s`],
    ["full CSV, first / median of 3", (m) => `${round(m.csv.coldMs / 1000)} / ${round(m.csv.medianMs / 1000)} s`],
    ["import of the Dutch listing", (m) => `${m.import.recordsPerSecond} records/s`],
    ["peak RSS per process", (m) => `${m.peakRssPerProcessMb} MB`],
  ];
  const heads = measured.map((m) => `${m.engine === "sqlite" ? "SQLite" : "PostgreSQL"} ×${m.processes}`);
  const width = Math.max(...lines.map(([l]) => l.length));
  const cells = lines.map(([, f]) => measured.map(f));
  const colWidth = Math.max(...heads.map((h) => h.length), ...cells.flat().map((c) => c.length));
  console.log(`→ Engines side by side (each measured alone, same data)`);
  console.log(`  ${"".padEnd(width)}   ${heads.map((h) => h.padStart(colWidth)).join("   ")}`);
  for (const [i, [label]] of lines.entries()) console.log(`  ${label.padEnd(width)}   ${cells[i].map((c) => c.padStart(colWidth)).join("   ")}`);

  const one = measured.find((m) => m.engine === "sqlite" && m.processes === 1);
  const many = measured.find((m) => m.engine === "sqlite" && m.processes > 1);
  const postgres = measured.find((m) => m.engine === "postgresql");
  const scaling = one && many ? hundredths(many.search.requestsPerSecond / one.search.requestsPerSecond) : NaN;
  const ceiling = one && many ? scalingCeiling(one.searchCpu, many.processes, availableParallelism()) : NaN;
  console.log(`  search throughput, ${many?.processes} processes ÷ 1 on SQLite: ${scaling}×`);
  console.log(
    `  estimated best for ${many?.processes} processes on this machine's ${availableParallelism()} cores: ${ceiling}× (one saturated process and its load generator keep ${one ? perProcessCores(one.searchCpu) : NaN} cores busy)`,
  );
  const targets = {
    ...(postgres && { postgresSearchP95Ms: { target: 50, actual: postgres.latency.p95, met: postgres.latency.p95 < 50 } }),
    ...(many && { sqliteProcessesSearchP95Ms: { target: 50, actual: many.latency.p95, met: many.latency.p95 < 50 } }),
    searchScalingRatio: { target: 1.8, actual: scaling, met: scaling >= 1.8, ceilingOnThisMachine: ceiling },
  };
  return { table: measured, targets };
}

/** Cores one process's requests keep busy: its own threads and the load generator's share. */
const perProcessCores = (cpu: BusyCores) => hundredths(cpu.serverMain + cpu.serverHelpers + cpu.loadGenerator);

/**
 * An estimate of the best throughput ratio `processes` server processes can reach over one on `cores`
 * cores, from one saturated process: JavaScript runs on one thread, so that process's main thread is
 * its limit, but its requests also keep its helper threads and the load generator busy. N processes
 * then need N times those cores; with fewer (less what the rest of the machine used), the ratio stops
 * below N.
 */
export function scalingCeiling(one: BusyCores, processes: number, cores: number) {
  return hundredths(Math.min(processes, (cores - one.other) / perProcessCores(one)));
}
