/**
 * Benchmark of `checkPdfA`'s content budget (issue 19): what a hostile PDF's content streams cost
 * the check with the default budget (50 million operators, 1 GiB decoded, 1,024 saved graphics
 * states) and with it lifted. Each check runs in a child process that reports its wall time, CPU
 * time, peak RSS and outcome (the report's failures or the error's code); a child that only loads
 * the checker gives the baseline.
 *
 * Cases: a 60 MiB Flate content stream of 10.5 million `0 0 m` operators drawn by 8 pages (84
 * million operators to analyse); 8 MiB of `q` (4 million unbalanced saves) on one page.
 *
 * Run: `npm run bench:budget -w @sohoa/pdfa` (also part of `npm run bench -w @sohoa/pdfa`), under
 * `flock /tmp/sohoa-bench.lock`. Writes `bench/results/pdfa-check-budget.json`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFName, type PDFRef } from 'pdf-lib';
import { writeBenchResult } from '../../../bench/write-result.js';
import { minimalPdfA } from '../src/checker/__fixtures__/minimal-pdfa.js';

const CHECKER = fileURLToPath(new URL('../src/checker/check-pdfa.ts', import.meta.url));
const MIB = 1024 * 1024;

/** A PDF/A of `pages` pages that all draw one Flate content stream holding `content`. */
async function pagesDrawing(content: Buffer, pages: number): Promise<Uint8Array> {
  const compressed = deflateSync(content);
  return minimalPdfA({
    decorate: (context, page, document) => {
      const stream: PDFRef = context.register(context.stream(compressed, { Filter: 'FlateDecode' }));
      page.node.set(PDFName.of('Contents'), stream);
      for (let more = 1; more < pages; more++)
        document.addPage([200, 200]).node.set(PDFName.of('Contents'), stream);
    },
  });
}

interface CheckRun {
  ms: number;
  cpuMs: number;
  maxRssMiB: number;
  outcome: string;
}

function check(script: string, file: string, budget: 'default' | 'lifted'): CheckRun {
  const run = spawnSync(
    process.execPath,
    ['--conditions=@sohoa/source', '--import', 'tsx', script, file, budget],
    { encoding: 'utf8', maxBuffer: 16 * MIB },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
}

const directory = mkdtempSync(join(tmpdir(), 'sohoa-budget-bench-'));
try {
  const operators = 10_485_760;
  const inputs = {
    'operators-60MiB-x8-pages': await pagesDrawing(Buffer.from('0 0 m\n'.repeat(operators)), 8),
    'q-8MiB': await pagesDrawing(Buffer.from('q\n'.repeat(4 * MIB)), 1),
  };
  const script = join(directory, 'check.mts');
  writeFileSync(
    script,
    `import { checkPdfA } from ${JSON.stringify(CHECKER)};
     const [file, budget] = process.argv.slice(2);
     const options = budget === 'lifted' ? { maxContentOperations: Infinity, maxContentBytes: Infinity } : {};
     const started = performance.now();
     const cpu = process.cpuUsage();
     let outcome = 'not checked';
     if (file !== 'none') {
       try {
         const report = await checkPdfA(file, options);
         outcome = report.passed ? 'passed' : 'failed: ' + [...new Set(report.failures.map((f) => f.rule))].join(' ');
       } catch (error) {
         outcome = 'error ' + (error.code ?? String(error));
       }
     }
     const used = process.cpuUsage(cpu);
     console.log(JSON.stringify({ ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), outcome }));`,
  );
  const baseline = check(script, 'none', 'default');
  const cases: Record<string, unknown> = {};
  for (const [name, pdf] of Object.entries(inputs)) {
    const file = join(directory, `${name}.pdf`);
    writeFileSync(file, pdf);
    // The cap on saved graphics states is not an option: only the operator case is run lifted.
    const runs = {
      default: check(script, file, 'default'),
      ...(name.startsWith('operators') ? { lifted: check(script, file, 'lifted') } : {}),
    };
    console.log(name, JSON.stringify(runs));
    cases[name] = { bytes: statSync(file).size, ...runs };
  }
  writeBenchResult('pdfa-check-budget', {
    loadAverage: loadavg(),
    command:
      'node --conditions=@sohoa/source --import tsx check.mts <file> default|lifted (checkPdfA(path) with the default content budget, or maxContentOperations and maxContentBytes Infinity)',
    input: {
      'operators-60MiB-x8-pages': `one ${(operators * 6) / MIB} MiB Flate content stream of ${operators} "0 0 m" operators, drawn by 8 pages`,
      'q-8MiB': 'one page whose content stream is 8 MiB of "q" (4,194,304 unbalanced saves)',
    },
    defaults: { maxContentOperations: 50_000_000, maxContentBytes: '1 GiB', savedGraphicsStates: 1024 },
    baselineRssMiB: baseline.maxRssMiB,
    cases,
  });
} finally {
  rmSync(directory, { recursive: true, force: true });
}
