/**
 * Memory and time of planning a 100,000-row per-document catalog (10,000 dossiers of 10 one-page
 * documents, each a `.jpg` under `\Phong H49\hopsoNN\hosoD\`): `planCatalog` (each dossier planned
 * as the importer hands it out, the plan kept), beside `importCatalog` keeping every record with the
 * same scans counted. Each case runs in its own process (peak RSS from `process.resourceUsage()`),
 * with the load average at its start. Goal of issue #14: < 10 s and < 500 MB.
 *
 * Run: `flock /tmp/sohoa-bench.lock npm run bench:plan-catalog -w @sohoa/pipeline` (writes
 * `bench/results/pipeline-plan-catalog.json`). `SOHOA_BENCH_ROWS` changes the 100,000 rows;
 * `SOHOA_BENCH_PLAN_FILES=<folder>` keeps the catalog and its scans (hard links of one small image)
 * there and reuses them, and `SOHOA_BENCH_GENERATE_ONLY=1` only generates them (outside the benchmark lock).
 */
import { execFile } from 'node:child_process';
import { access, link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { writeBenchResult } from '../../../bench/write-result.js';
import { writeDocumentCatalogCsv } from '../../metadata/bench/catalog-files.js';

const ROWS = Number(process.env.SOHOA_BENCH_ROWS ?? 100_000);
const DOCUMENTS_PER_DOSSIER = 10;
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

const kept = process.env.SOHOA_BENCH_PLAN_FILES;
const folder = kept ?? (await mkdtemp(join(tmpdir(), 'sohoa-bench-plan-')));
const catalog = join(folder, 'catalog.csv');
const scans = join(folder, 'scans');
try {
  const exists = await access(catalog).then(
    () => true,
    () => false,
  );
  if (!exists) {
    console.log(`generating ${catalog} and ${ROWS} scans …`);
    await mkdir(scans, { recursive: true });
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    for (let index = 0; index < ROWS; index++) {
      const dossier = Math.floor(index / DOCUMENTS_PER_DOSSIER) + 1;
      const box = `hopso${String(Math.ceil(dossier / 50)).padStart(2, '0')}`;
      const dossierFolder = join(scans, 'Phong H49', box, `hoso${dossier}`);
      // One image per box, hard-linked (a file takes at most 65,000 links).
      const image = join(folder, `${box}.jpg`);
      if (index % (50 * DOCUMENTS_PER_DOSSIER) === 0) await writeFile(image, jpeg);
      if (index % DOCUMENTS_PER_DOSSIER === 0) await mkdir(dossierFolder, { recursive: true });
      await link(image, join(dossierFolder, `${(index % DOCUMENTS_PER_DOSSIER) + 1}.jpg`));
    }
    await writeDocumentCatalogCsv(catalog, ROWS, true);
  }
  if (process.env.SOHOA_BENCH_GENERATE_ONLY) process.exit(0);
  const results = [];
  for (const mode of ['plan', 'import']) {
    const loadAverage = loadavg().map((value) => Number(value.toFixed(2)));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--conditions=@sohoa/source', 'bench/plan-catalog-child.ts', catalog, scans, mode],
      { cwd: PACKAGE, encoding: 'utf8', maxBuffer: 1024 ** 2 },
    );
    const result = { case: `${ROWS} document rows, .csv`, mode, ...JSON.parse(stdout), loadAverage };
    console.log(JSON.stringify(result));
    results.push(result);
  }
  writeBenchResult('pipeline-plan-catalog', {
    description:
      'planCatalog (plan: dossiers planned as importCatalog hands them out, scans resolved and counted, the plan kept) and importCatalog keeping every record with the same scans counted (import), each in a child process: wall and CPU seconds, peak RSS (MB); goal for 100,000 rows: < 10 s and < 500 MB',
    rows: ROWS,
    results,
  });
} finally {
  if (!kept) await rm(folder, { recursive: true, force: true });
}
