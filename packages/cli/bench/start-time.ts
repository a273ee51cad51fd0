/**
 * Start time of the `sohoa` command per subcommand (issue 17: `sohoa --version` took ~2 s because
 * every command loaded sharp, tesseract.js and pdf.js). Each command runs as a user runs it,
 * `node packages/cli/bin/sohoa.js …` on the built CLI, repeatedly through hyperfine (warm-up runs
 * first), or a loop of timed runs when hyperfine is not installed; `node -e 0` is the floor.
 * The load average is recorded before and after: the figures are only comparable at a low load.
 *
 * Run: `npm run bench:start -w @sohoa/cli` (builds the packages first).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { writeBenchResult } from '../../../bench/write-result.js';
import { REPO_ROOT } from '../../../fixtures/index.js';

const RUNS = 20;
execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
const folder = await mkdtemp(join(tmpdir(), 'sohoa-start-bench-'));
const pdf = await PDFDocument.create();
pdf.addPage([595, 842]);
await writeFile(join(folder, 'plain.pdf'), await pdf.save());
await mkdir(join(folder, 'empty-package'));

const sohoa = `node ${join(REPO_ROOT, 'packages/cli/bin/sohoa.js')}`;
const commands: Record<string, string> = {
  'node -e 0 (the floor)': 'node -e 0',
  'sohoa --version': `${sohoa} --version`,
  'sohoa --help': `${sohoa} --help`,
  'sohoa pdfa check <pdf>': `${sohoa} pdfa check ${join(folder, 'plain.pdf')}`,
  'sohoa validate <folder>': `${sohoa} validate ${join(folder, 'empty-package')}`,
  'sohoa catalog import --help': `${sohoa} catalog import --help`,
  'sohoa digitize --help': `${sohoa} digitize --help`,
  'sohoa ocr --help': `${sohoa} ocr --help`,
  'sohoa pdf --help': `${sohoa} pdf --help`,
  'sohoa queue submit --help': `${sohoa} queue submit --help`,
};

const hyperfine = spawnSync('hyperfine', ['--version']).status === 0;
const loadBefore = loadavg();
const rows: {
  command: string;
  meanMs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  cpuMs: number | null;
}[] = [];
for (const [command, line] of Object.entries(commands)) {
  const { times, cpuMs } = hyperfine ? timeWithHyperfine(line) : { times: timeWithLoop(line), cpuMs: null };
  const sorted = [...times].sort((a, b) => a - b);
  rows.push({
    command,
    meanMs: round(times.reduce((sum, time) => sum + time, 0) / times.length),
    medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
    minMs: round(sorted[0] ?? Number.NaN),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
    cpuMs: cpuMs === null ? null : round(cpuMs),
  });
}
const loadAfter = loadavg();
// CPU time as a multiple of the floor's, measured in the same run (the load changes both).
const floorCpuMs = rows[0]?.cpuMs ?? null;
const measured = rows.map((row) => ({
  ...row,
  cpuOverFloor: row.cpuMs === null || floorCpuMs === null ? null : round2(row.cpuMs / floorCpuMs),
}));
await rm(folder, { recursive: true, force: true });
console.table(measured);
console.log(`load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
writeBenchResult('cli-start-time', {
  tool: hyperfine ? 'hyperfine' : 'timed loop (hyperfine not installed)',
  runsPerCommand: RUNS,
  loadAverage: { before: loadBefore.map(round2), after: loadAfter.map(round2) },
  commands: measured,
});

/**
 * Wall times in ms of RUNS runs through hyperfine, after 3 warm-up runs, and the mean CPU time
 * (user + system) of a run, which a loaded machine changes less than the wall time.
 */
function timeWithHyperfine(line: string): { times: number[]; cpuMs: number } {
  const json = join(folder, 'hyperfine.json');
  execFileSync(
    'hyperfine',
    ['--warmup', '3', '--runs', String(RUNS), '-N', '-i', '--export-json', json, line],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const [result] = (
    JSON.parse(readFileSync(json, 'utf8')) as { results: { times: number[]; user: number; system: number }[] }
  ).results;
  if (!result) throw new Error(`hyperfine measured nothing for ${line}`);
  return {
    times: result.times.map((seconds) => seconds * 1000),
    cpuMs: (result.user + result.system) * 1000,
  };
}

/** Wall times in ms of RUNS runs, after 3 warm-up runs. */
function timeWithLoop(line: string): number[] {
  const [program = 'node', ...args] = line.split(' ');
  const times: number[] = [];
  for (let run = -3; run < RUNS; run++) {
    const start = performance.now();
    spawnSync(program, args, { stdio: 'ignore' });
    if (run >= 0) times.push(performance.now() - start);
  }
  return times;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
