/**
 * A newcomer's first commands, timed (`npm run bench:fresh-clone` at the repository root): clones
 * the repository's committed HEAD into an empty temporary folder (nothing beside it) and times
 * `npm ci`, `npm run demo` and `npm test` there, one after the other, as README.md shows them.
 * The goal of issue #17 is all three together under 10 minutes on the 2-core machine. npm's cache
 * is whatever this machine has (a first install on a new machine also downloads); the result says
 * so. Writes bench/results/fresh-clone.json with the load average before and after each step.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchResult } from './write-result.js';

const repository = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'sohoa-fresh-clone-'));
const clone = join(folder, 'sohoa');

/** Runs a command in the clone; resolves with its exit code and wall time in seconds. */
function timed(command: string, args: string[], cwd = clone): Promise<{ exitCode: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ exitCode: code ?? 1, seconds: Math.round((performance.now() - started) / 100) / 10 }),
    );
  });
}

const round = (values: number[]) => values.map((value) => Math.round(value * 100) / 100);

try {
  const cloned = await timed('git', ['clone', '--quiet', '--no-local', repository, clone], folder);
  if (cloned.exitCode !== 0) throw new Error(`git clone failed (exit ${cloned.exitCode})`);
  const steps = [];
  for (const script of [['ci'], ['run', 'demo'], ['test']]) {
    const loadBefore = round(loadavg());
    const result = await timed('npm', script);
    steps.push({ command: `npm ${script.join(' ')}`, ...result, loadBefore });
    console.log(steps.at(-1));
    if (result.exitCode !== 0) break;
  }
  const totalSeconds = Math.round(steps.reduce((sum, step) => sum + step.seconds, 0) * 10) / 10;
  writeBenchResult('fresh-clone', {
    note: "npm's download cache is this machine's (warm): a first install on a new machine also downloads.",
    goalSeconds: 600,
    totalSeconds,
    steps,
    loadAverageAfter: round(loadavg()),
  });
} finally {
  rmSync(folder, { recursive: true, force: true });
}
