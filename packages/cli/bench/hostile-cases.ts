/**
 * The hostile-input cases of issue 19, run as a user runs them: each input of
 * hostile/hostile-inputs.ts is given to the real `sohoa` command (from the sources, one process per
 * case under `/usr/bin/time`, which reads the process's peak RSS even when it crashes), and its exit
 * code, the error code it printed, any line that is not sohoa's own (a stack trace, another
 * library's message), its wall time and peak memory are recorded. A case passes when it answers
 * with the expected code and exit code and nothing else; the goal for limit cases is a peak under
 * 1 GiB with the default limits. `sohoa --version` gives the process's baseline.
 *
 * Run: `flock /tmp/sohoa-bench.lock npm run bench:hostile -w @sohoa/cli` (about 5 minutes).
 * `HOSTILE_ONLY=<text>` runs the cases whose command or input contains the text, and writes nothing;
 * `HOSTILE_TABLES_ONLY=1` runs nothing and writes the docs' tables again from the JSON.
 * Writes `bench/results/hostile-cases.json` and the table of docs/08-hostile-input.en.md and
 * .vi.md (between the `hostile-cases` markers), so the docs give the measured figures.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchResult } from '../../../bench/write-result.js';
import { REPO_ROOT } from '../../../fixtures/index.js';
import { type HostileCase, hostileCases } from './hostile/hostile-inputs.js';
import { type HostileResult, writeHostileTables } from './hostile/hostile-table.js';

const CASE_TIMEOUT_MS = 300_000;
const ONLY = process.env.HOSTILE_ONLY;
/** What a usage error (commander's `error: …` line, exit 2) is recorded as. */
const USAGE = 'usage error';
const GOAL_MIB = 1024;

/** A line sohoa does not print: a stack frame, a V8 or Node failure, another library's message. */
const STRAY =
  /^\s+at |FATAL ERROR|node:internal|Error opening data file|Trying to parse|^\s*Warning: |Uncaught/;

async function runCase(args: string[]): Promise<{
  exit: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMiB: number;
}> {
  const times = join(tmpdir(), `sohoa-hostile-time-${process.pid}-${Date.now()}`);
  const child = spawn(
    '/usr/bin/time',
    [
      '-f',
      '%M %e',
      '-o',
      times,
      process.execPath,
      '--import',
      'tsx',
      '--conditions=@sohoa/source',
      'packages/cli/src/bin.ts',
      ...args,
    ],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // English messages; MALLOC_ARENA_MAX set so the command runs in this process (no re-exec).
      env: { ...process.env, SOHOA_LANG: 'en', MALLOC_ARENA_MAX: '2' },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), CASE_TIMEOUT_MS);
  const [exit, signal] = await new Promise<[number | null, string | null]>((resolve) =>
    child.once('exit', (code, signal) => resolve([code, signal])),
  );
  clearTimeout(timer);
  // GNU time prints "Command exited with non-zero status N" before its figures.
  const figures = (await readFile(times, 'utf8')).trim().split('\n').at(-1) ?? '';
  await rm(times, { force: true });
  const [kib = 0, seconds = 0] = figures.split(' ').map(Number);
  return { exit, signal, stdout, stderr, seconds, peakRssMiB: Math.round(kib / 1024) };
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-6).join('\n');
}

function judge(entry: HostileCase, run: Awaited<ReturnType<typeof runCase>>): HostileResult {
  const output = `${run.stdout}\n${run.stderr}`;
  const codes = [...new Set(output.match(/\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+\b/g) ?? [])];
  if (/^error: /m.test(run.stderr)) codes.unshift(USAGE);
  // sohoa's own lines may quote what another program printed ("the engine printed: …").
  const stray = output.split('\n').filter((line) => !line.startsWith('sohoa') && STRAY.test(line));
  const answered =
    codes.includes(entry.code) || output.includes(entry.code) ? entry.code : (codes[0] ?? null);
  return {
    command: entry.command,
    en: entry.en,
    vi: entry.vi,
    limit: entry.limit,
    expected: { code: entry.code, exit: entry.exit },
    exit: run.exit,
    signal: run.signal,
    code: answered,
    strayLines: stray.length,
    firstErrorLine: run.stderr.split('\n').find((line) => line.startsWith('sohoa')) ?? null,
    seconds: run.seconds,
    peakRssMiB: run.peakRssMiB,
    passed: answered === entry.code && run.exit === entry.exit && stray.length === 0,
  };
}

if (process.env.HOSTILE_TABLES_ONLY) {
  const path = join(REPO_ROOT, 'bench/results/hostile-cases.json');
  const measured = JSON.parse(await readFile(path, 'utf8')) as {
    loadAverage: number[];
    results: HostileResult[];
  };
  await writeHostileTables(measured.results, measured.loadAverage);
  process.exit(0);
}

const folder = await mkdtemp(join(tmpdir(), 'sohoa-hostile-bench-'));
try {
  const cases = (await hostileCases(folder)).filter(
    (entry) => !ONLY || `${entry.command} ${entry.en}`.includes(ONLY),
  );
  const baseline = await runCase(['--version']);
  const results: HostileResult[] = [];
  for (const entry of cases) {
    const run = await runCase(entry.args);
    const result = judge(entry, run);
    results.push(result);
    console.log(
      `${result.passed ? 'ok  ' : 'FAIL'} ${entry.command} — ${entry.en}: exit ${result.exit}, ${result.code}, ${result.peakRssMiB} MiB, ${result.seconds} s${result.strayLines ? `, ${result.strayLines} stray line(s)` : ''}`,
    );
    if (!result.passed || ONLY) console.log(`${lastLines(run.stdout)}\n${lastLines(run.stderr)}`);
  }
  if (ONLY) process.exit(0);
  const limits = results.filter((result) => result.limit);
  const perCommand: Record<string, { cases: number; passed: number }> = {};
  for (const result of results) {
    const tally = perCommand[result.command] ?? { cases: 0, passed: 0 };
    tally.cases++;
    if (result.passed) tally.passed++;
    perCommand[result.command] = tally;
  }
  const load = loadavg();
  writeBenchResult('hostile-cases', {
    loadAverage: load,
    command:
      '/usr/bin/time -f "%M %e" node --import tsx --conditions=@sohoa/source packages/cli/src/bin.ts <args> (one process per case, SOHOA_LANG=en)',
    goal: { limitCasePeakRssMiB: GOAL_MIB },
    baselineRssMiB: baseline.peakRssMiB,
    cases: results.length,
    passed: results.filter((result) => result.passed).length,
    perCommand,
    limitCasesPeakRssMiB: Math.max(...limits.map((result) => result.peakRssMiB)),
    limitCasesOverGoal: limits.filter((result) => result.peakRssMiB > GOAL_MIB).length,
    results,
  });
  await writeHostileTables(results, load);
} finally {
  await rm(folder, { recursive: true, force: true });
}
