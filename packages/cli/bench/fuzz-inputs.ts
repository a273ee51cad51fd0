/**
 * The fuzz pass of the hostile-input work (not run in CI): every seed of fuzz/fuzz-seeds.ts (real
 * scanner PDFs, a PDF/A of sohoa's, an AIP, six catalog layouts) is mutated case after case by a
 * seeded mutator (fixtures/fuzz-mutate.ts) and fed to `checkPdfA`, `validatePackage` or `importCatalog` in a
 * child process, for `FUZZ_SECONDS` in all (default 600, shared equally by the seeds). A case that
 * throws anything but a SohoaError, crashes the process, runs over `FUZZ_CASE_SECONDS` (default
 * 60) or takes the process over 1 GiB is a finding, listed with its seed and case number so it
 * can be rebuilt and made a hostile-input test. `FUZZ_TARGETS` (comma-separated: checkPdfA,
 * validatePackage, importCatalog; default all) keeps the seeds of those targets only, to give one
 * target the whole time.
 *
 * `npm run fuzz -w @sohoa/cli` → bench/results/fuzz.json
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { writeBenchResult } from '../../../bench/write-result.js';
import { fuzzSeeds } from './fuzz/fuzz-seeds.js';

const totalSeconds = Number(process.env.FUZZ_SECONDS ?? 600);
const caseSeconds = Number(process.env.FUZZ_CASE_SECONDS ?? 60);
const MEMORY_FINDING_MIB = 1024;
const child = fileURLToPath(new URL('./fuzz/fuzz-child.ts', import.meta.url));

interface CaseLine {
  case: number;
  how: string;
  outcome: string;
  detail?: string;
  ms: number;
  peakRssMiB: number;
}

interface Finding {
  seed: string;
  case: number;
  how?: string;
  kind: 'uncoded' | 'crash' | 'hang' | 'memory';
  detail: string;
}

/** Runs cases `from`… of one seed until `deadline`, restarting the child after a crash or hang. */
async function fuzzSeed(index: number, name: string, deadline: number) {
  const outcomes: Record<string, number> = {};
  const codes: Record<string, number> = {};
  const findings: Finding[] = [];
  let next = 1;
  let peakRssMiB = 0;
  let slowestMs = 0;
  while (Date.now() < deadline) {
    const from = next;
    const ended = await new Promise<{
      code: number | null;
      signal: string | null;
      stderr: string;
      hung: boolean;
    }>((resolve) => {
      const process_ = spawn(process.execPath, ['--import', 'tsx', '--conditions=@sohoa/source', child], {
        env: {
          ...process.env,
          FUZZER_PID: String(process.pid),
          SEED: String(index),
          FROM: String(from),
          TO: String(from + 100_000),
          MALLOC_ARENA_MAX: '2',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let buffered = '';
      let stderr = '';
      let hung = false;
      const kill = (hang: boolean) => {
        hung = hang;
        process_.kill('SIGKILL');
      };
      // Start-up (module loading, building the seed) gets a case's time on top of its own.
      let timer = setTimeout(() => kill(true), caseSeconds * 2000);
      const stop = setTimeout(() => kill(false), Math.max(0, deadline - Date.now()));
      process_.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
          const line = JSON.parse(buffered.slice(0, end)) as CaseLine;
          buffered = buffered.slice(end + 1);
          next = line.case + 1;
          outcomes[line.outcome] = (outcomes[line.outcome] ?? 0) + 1;
          if (line.outcome === 'coded' && line.detail) codes[line.detail] = (codes[line.detail] ?? 0) + 1;
          if (line.outcome === 'uncoded')
            findings.push({
              seed: name,
              case: line.case,
              how: line.how,
              kind: 'uncoded',
              detail: line.detail ?? '',
            });
          if (line.peakRssMiB > MEMORY_FINDING_MIB && line.peakRssMiB > peakRssMiB)
            findings.push({
              seed: name,
              case: line.case,
              how: line.how,
              kind: 'memory',
              detail: `${line.peakRssMiB} MiB`,
            });
          peakRssMiB = Math.max(peakRssMiB, line.peakRssMiB);
          slowestMs = Math.max(slowestMs, line.ms);
          clearTimeout(timer);
          timer = setTimeout(() => kill(true), caseSeconds * 1000);
        }
      });
      process_.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString('utf8')).slice(-2000);
      });
      process_.on('exit', (code, signal) => {
        clearTimeout(timer);
        clearTimeout(stop);
        resolve({ code, signal, stderr, hung });
      });
    });
    if (Date.now() >= deadline && !ended.hung) break;
    if (ended.hung) {
      findings.push({ seed: name, case: next, kind: 'hang', detail: `no answer within ${caseSeconds} s` });
      outcomes.hang = (outcomes.hang ?? 0) + 1;
    } else if (ended.code !== 0) {
      findings.push({
        seed: name,
        case: next,
        kind: 'crash',
        detail: `exit ${ended.code ?? ended.signal}: ${ended.stderr.slice(-300)}`,
      });
      outcomes.crash = (outcomes.crash ?? 0) + 1;
    }
    next++;
  }
  return { seed: name, cases: next - 1, outcomes, codes, peakRssMiB, slowestMs, findings };
}

const loadAtStart = loadavg().map((load) => Math.round(load * 100) / 100);
const targets = process.env.FUZZ_TARGETS?.split(',').map((target) => target.trim());
const allSeeds = fuzzSeeds();
const seeds = allSeeds.filter((seed) => !targets || targets.includes(seed.target));
if (seeds.length === 0) throw new Error(`FUZZ_TARGETS=${process.env.FUZZ_TARGETS} names no fuzz target`);
const perSeed = (totalSeconds * 1000) / seeds.length;
const results = [];
for (const seed of seeds) {
  // The child finds its seed by its place among all seeds, whatever FUZZ_TARGETS keeps.
  const result = await fuzzSeed(allSeeds.indexOf(seed), `${seed.target}: ${seed.name}`, Date.now() + perSeed);
  console.log(
    `${result.seed}: ${result.cases} cases, ${JSON.stringify(result.outcomes)}, peak ${result.peakRssMiB} MiB, slowest ${result.slowestMs} ms, ${result.findings.length} findings`,
  );
  results.push(result);
}
writeBenchResult(targets ? `fuzz-${targets.join('-')}` : 'fuzz', {
  seconds: totalSeconds,
  caseTimeoutSeconds: caseSeconds,
  loadAverage: { start: loadAtStart, end: loadavg().map((load) => Math.round(load * 100) / 100) },
  mutations:
    'seeded: bit flips, boundary bytes, runs deleted/duplicated/inserted, numbers made huge, truncation; 1-3 stacked per case',
  results,
  findings: results.flatMap((result) => result.findings),
});
