/**
 * Shared by every benchmark: prints the figures and writes them to `bench/results/<name>.json`
 * with the machine and versions they were measured on, and the load average when the benchmark
 * started (this module is imported as it starts) and when it wrote its result (a benchmark that
 * measures the load around its own runs gives its own `loadAverage`, which takes precedence).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const round = (loads: number[]) => loads.map((load) => Math.round(load * 100) / 100);
const loadAtStart = round(loadavg());

export function writeBenchResult(name: string, figures: Record<string, unknown>): string {
  const folder = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  const path = `${folder}${name}.json`;
  const result = {
    benchmark: name,
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    loadAverage: { start: loadAtStart, end: round(loadavg()) },
    ...figures,
  };
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${path}`);
  return path;
}
