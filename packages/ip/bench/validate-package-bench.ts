/**
 * Benchmark: build AIP_hoso packages of 100, 1,000 and 3,000 documents (small real PDF/A files,
 * made one at a time and streamed from disk into the ZIP), then validate each with the vn-tt05
 * profile (METS/PREMIS schemas, CSIP rules, fixity of every file, every EAD_doc record, PDF/A-2B
 * check of every PDF) and report seconds and peak memory.
 *
 * Memory is the kernel's high-water mark of resident memory (`VmHWM` in `/proc/self/status`).
 * `process.resourceUsage().maxRSS` is not used: on Linux it carries the parent's resident size
 * across fork and exec, so a child spawned by a 1.7 GB build process reported ~850 MB before it
 * had validated anything. Each validation runs in a fresh child process; before the measured run
 * it loads every module and validates a one-document package, and its resident size at that
 * point is reported as the baseline. Under tsx the baseline includes what tsx spends transforming
 * the sources and the 1 MB libxml2-wasm module (up to ~160 MB when its cache is cold; plain Node
 * loads libxml2-wasm in ~13 MB).
 *
 * Run: `npm run bench -w @sohoa/ip`. Writes `bench/results/ip.json` at the repository root.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBenchResult } from '../../../bench/write-result.js';
import { residentMiB } from '../../../fixtures/resident-memory.js';
import { samplePackageInput } from '../src/__fixtures__/sample-package.js';
import { buildPackage, validatePackage } from '../src/index.js';

const SIZES = [100, 1000, 3000];

function secondsSince(started: bigint): number {
  return Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(3));
}

if (process.argv[2] === '--validate') {
  const [warmUp, path, checkPdf] = process.argv.slice(3) as [string, string, string];
  await validatePackage(warmUp);
  const baseline = Math.round(residentMiB('VmRSS'));
  const started = process.hrtime.bigint();
  const report = await validatePackage(path, { checkPdf: checkPdf === 'true' });
  console.log(
    JSON.stringify({
      valid: report.valid,
      files: report.fileCount,
      findings: report.findings.length,
      validateSeconds: secondsSince(started),
      validatePeakRssMegabytes: Math.round(residentMiB()),
      validateBaselineRssMegabytes: baseline,
    }),
  );
  process.exit(0);
}

const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-bench-'));
const validate = (warmUp: string, path: string, checkPdf: boolean): Record<string, number | boolean> =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--validate', warmUp, path, String(checkPdf)],
      { encoding: 'utf8' },
    ),
  );

async function build(documents: number): Promise<{ path: string; buildSeconds: number }> {
  const data = join(folder, `data-${documents}`);
  await mkdir(data);
  const input = await samplePackageInput('AIP_hoso', documents, data);
  const started = process.hrtime.bigint();
  const built = await buildPackage(input, { destination: join(folder, `aip-${documents}.zip`) });
  const buildSeconds = secondsSince(started);
  await rm(data, { recursive: true });
  return { path: built.path, buildSeconds };
}

const warmUp = (await build(1)).path;
const runs: Array<Record<string, unknown>> = [];
for (const documents of SIZES) {
  const { path, buildSeconds } = await build(documents);
  const withPdf = validate(warmUp, path, true);
  const withoutPdf = validate(warmUp, path, false);
  runs.push({
    documents,
    zipBytes: (await stat(path)).size,
    buildSeconds,
    ...withPdf,
    validateWithoutPdfCheckSeconds: withoutPdf.validateSeconds,
    validateWithoutPdfCheckPeakRssMegabytes: withoutPdf.validatePeakRssMegabytes,
  });
}
await rm(folder, { recursive: true });

const headline = runs.find((run) => run.documents === 1000) ?? {};
writeBenchResult('ip', {
  description:
    'validatePackage(zip, { profile: "vn-tt05" }) on AIP_hoso packages; peak = VmHWM of a fresh validating process',
  ...headline,
  buildProcessPeakRssMegabytes: Math.round(residentMiB()),
  runs,
});
console.log(JSON.stringify(runs, null, 2));
