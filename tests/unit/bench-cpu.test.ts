import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { scalingCeiling } from "../../bench/engine-comparison";
import { cpuDuring, cpuOfTree } from "../../bench/processes";

// A child that keeps its main thread and one worker thread busy for `ms` each, at the same time,
// then says "done" and waits to be read.
const BUSY_CHILD = `
const { Worker } = require("node:worker_threads");
const spin = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
new Worker("const end = Date.now() + 600; while (Date.now() < end); require('node:worker_threads').parentPort.postMessage('ok')", { eval: true })
  .once("message", () => { console.log("done"); setInterval(() => {}, 1000); });
spin(600);
`;

describe("the bench's CPU accounting", () => {
  it("splits a process's CPU time into its main thread and its other threads", async () => {
    const child = spawn(process.execPath, ["-e", BUSY_CHILD], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const before = cpuOfTree(child.pid!);
      await new Promise<void>((resolve) => child.stdout!.on("data", (d: Buffer) => d.toString().includes("done") && resolve()));
      const after = cpuOfTree(child.pid!);
      // Both threads ran 0.6 s; CPU time is counted in ticks and the machine may be shared, hence the margin.
      expect(after.main - before.main).toBeGreaterThan(0.35);
      expect(after.helpers - before.helpers).toBeGreaterThan(0.35);
    } finally {
      child.kill();
    }
  });

  it("counts the measuring process's own CPU as the load generator's", async () => {
    const idle = spawn(process.execPath, ["-e", "console.log('ready'); setInterval(() => {}, 1000)"], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise((resolve) => idle.stdout!.once("data", resolve));
      const { result, cpu } = await cpuDuring(idle.pid!, async () => {
        const end = Date.now() + 500;
        while (Date.now() < end);
        return "measured";
      });
      expect(result).toBe("measured");
      expect(cpu.loadGenerator).toBeGreaterThan(0.6);
      expect(cpu.serverMain + cpu.serverHelpers).toBeLessThan(0.1);
    } finally {
      idle.kill();
    }
  });

  it("estimates the best scaling as the free cores divided by what one saturated process keeps busy, at most the process count", () => {
    const one = { serverMain: 0.98, serverHelpers: 0.16, loadGenerator: 0.06, other: 0.1 };
    expect(scalingCeiling(one, 2, 2)).toBeCloseTo(1.9 / 1.2, 2);
    expect(scalingCeiling(one, 2, 4)).toBe(2);
    expect(scalingCeiling({ ...one, serverHelpers: 0, loadGenerator: 0, other: 0 }, 2, 2)).toBe(2);
  });
});
