/**
 * One fuzzing process: mutates seed `SEED` (an index into {@link fuzzSeeds}) with case numbers
 * `FROM` … `TO` and feeds each result to its target, printing one JSON line per case: its outcome
 * (`report`: a normal result; `coded`: a SohoaError with its code; `uncoded`: any other exception,
 * a bug) and this process's peak RSS so far. Run by fuzz-inputs.ts, which restarts it after a
 * crash or a hang.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/core';
import { validatePackage } from '@sohoa/ip';
import { importCatalog } from '@sohoa/metadata';
import { checkPdfA } from '@sohoa/pdfa';
import { seededRandom } from '../../../../bench/seeded-random.js';
import { fuzzSeeds } from './fuzz-seeds.js';

const [seedIndex, from, to] = ['SEED', 'FROM', 'TO'].map((name) => Number(process.env[name]));
const seed = fuzzSeeds()[seedIndex as number];
if (!seed) throw new Error(`no seed ${seedIndex}`);
const makeCase = await seed.cases();
const folder = await mkdtemp(join(tmpdir(), 'sohoa-fuzz-'));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function feed(bytes: Uint8Array): Promise<string> {
  if (seed?.target === 'checkPdfA') return (await checkPdfA(bytes)).passed ? 'passed' : 'failed';
  if (seed?.target === 'importCatalog') {
    const catalog = await importCatalog({ bytes, fileName: seed.fileName });
    return `${catalog.dossiers.length} dossiers`;
  }
  const path = join(folder, seed?.fileName ?? 'input');
  await writeFile(path, bytes);
  return (await validatePackage(path)).valid ? 'valid' : 'invalid';
}

try {
  const fuzzer = Number(process.env.FUZZER_PID);
  for (let number = from as number; number <= (to as number); number++) {
    // Ends with the fuzz pass that started it (a child left running on its own was seen).
    if (!isAlive(fuzzer)) break;
    const random = seededRandom(number * 7919 + (seedIndex as number));
    const { bytes, how } = await makeCase(random);
    const started = performance.now();
    let outcome: string;
    let detail: string | undefined;
    try {
      detail = await feed(bytes);
      outcome = 'report';
    } catch (error) {
      if (SohoaError.isInstance(error)) {
        outcome = 'coded';
        detail = error.code;
      } else {
        outcome = 'uncoded';
        detail = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error);
      }
    }
    const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`${JSON.stringify({ case: number, how, outcome, detail, ms, peakRssMiB })}\n`);
  }
} finally {
  await rm(folder, { recursive: true, force: true });
}
