/**
 * Benchmark: build an AIP_hoso of 1,000 documents (small real PDF/A files) as a ZIP, then
 * validate it with the vn-tt05 profile (METS/PREMIS schemas, CSIP rules, fixity of every file,
 * 1,000 EAD_doc records, PDF/A-2B check of every PDF) and report seconds and peak memory.
 *
 * Validation runs in a child process of its own, so its peak memory is not mixed with the
 * building of the test package.
 *
 * Run: `npm run bench -w @sohoa/ip`. Writes `bench/results/ip.json` at the repository root.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { samplePackageInput } from '../src/__fixtures__/sample-package.js';
import { buildPackage, validatePackage } from '../src/index.js';

const DOCUMENTS = 1000;
const megabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);
let started = process.hrtime.bigint();
const seconds = () => Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(3));

if (process.argv[2] === '--validate') {
  const path = process.argv[3] as string;
  started = process.hrtime.bigint();
  const withoutPdf = await validatePackage(path, { checkPdf: false });
  const withoutPdfSeconds = seconds();
  started = process.hrtime.bigint();
  const full = await validatePackage(path);
  console.log(
    JSON.stringify({
      valid: full.valid && withoutPdf.valid,
      files: full.fileCount,
      findings: full.findings.length,
      validateSeconds: seconds(),
      validateWithoutPdfCheckSeconds: withoutPdfSeconds,
      validatePeakRssMegabytes: megabytes(),
    }),
  );
  process.exit(0);
}

const input = await samplePackageInput('AIP_hoso', DOCUMENTS);
const folder = await mkdtemp(join(tmpdir(), 'sohoa-ip-bench-'));
started = process.hrtime.bigint();
const built = await buildPackage(input, { destination: join(folder, 'aip.zip') });
const buildSeconds = seconds();
const validation = JSON.parse(
  execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--validate', built.path],
    {
      encoding: 'utf8',
    },
  ),
) as Record<string, unknown>;

const result = {
  benchmark: 'validatePackage(zip, { profile: "vn-tt05" }) on an AIP_hoso of 1,000 documents',
  documents: DOCUMENTS,
  zipBytes: (await stat(built.path)).size,
  ...validation,
  buildSeconds,
  buildProcessPeakRssMegabytes: megabytes(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  date: new Date().toISOString(),
};
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bench/results/ip.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
