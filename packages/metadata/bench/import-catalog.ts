/**
 * Benchmark of the catalog reader and importer: import time and peak RSS of a generated
 * 100,000-row per-document catalog (.xlsx written by write-excel-file, and .csv; dossiers returned,
 * or handed one by one to `onDossier`), the peak RSS of a
 * 3 MB zip bomb disguised as .xlsx (3 GiB inflated; once declared, once lying about its size), of a
 * sheet with a million empty formatted rows, and of a 1,000,000-row .csv (refused past the default
 * row limit, then read with the limit raised). Each case runs in its own process, whose peak RSS
 * is read from `process.resourceUsage()`; the load average is recorded with each case.
 *
 * Run: `flock /tmp/sohoa-bench.lock npm run bench -w @sohoa/metadata` (writes
 * `bench/results/metadata-catalog.json` at the repository root). `SOHOA_BENCH_ROWS` changes the
 * 100,000 rows; `SOHOA_BENCH_CATALOGS=<folder>` keeps the generated files there and reuses them, and
 * `SOHOA_BENCH_GENERATE_ONLY=1` only generates them (outside the benchmark lock).
 */
import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeBenchResult } from '../../../bench/write-result.js';
import {
  writeBombXlsx,
  writeDocumentCatalogCsv,
  writeDocumentCatalogXlsx,
  writeEmptyRowsXlsx,
} from './catalog-files.js';

const ROWS = Number(process.env.SOHOA_BENCH_ROWS ?? 100_000);
const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const CHILD = 'src/catalog/__fixtures__/catalog-in-child.ts';

interface Case {
  name: string;
  file: string;
  mode: 'read' | 'import' | 'stream';
  options?: object;
}

async function runCase(item: Case): Promise<Record<string, unknown>> {
  const loadAverage = loadavg().map((value) => Number(value.toFixed(2)));
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@sohoa/source',
      CHILD,
      item.file,
      JSON.stringify(item.options ?? {}),
      item.mode,
    ],
    { cwd: PACKAGE, encoding: 'utf8', maxBuffer: 1024 ** 2 },
  );
  const outcome = JSON.parse(stdout) as Record<string, unknown>;
  const fileBytes = (await stat(item.file)).size;
  const result = {
    case: item.name,
    mode: item.mode,
    fileMegabytes: Number((fileBytes / 1024 ** 2).toFixed(2)),
    ...outcome,
    loadAverage,
  };
  console.log(JSON.stringify(result));
  return result;
}

const kept = process.env.SOHOA_BENCH_CATALOGS;
const folder = kept ?? (await mkdtemp(join(tmpdir(), 'sohoa-bench-catalog-')));
await mkdir(folder, { recursive: true });
try {
  const file = (name: string) => join(folder, name);
  const generate = async (name: string, write: (path: string) => Promise<void>) => {
    if (
      kept &&
      (await access(file(name)).then(
        () => true,
        () => false,
      ))
    )
      return;
    console.log(`generating ${file(name)} …`);
    await write(file(name));
  };
  await generate('catalog.xlsx', (path) => writeDocumentCatalogXlsx(path, ROWS));
  await generate('catalog.csv', (path) => writeDocumentCatalogCsv(path, ROWS));
  await generate('bomb.xlsx', (path) => writeBombXlsx(path, 3 * 1024, false));
  await generate('lying-bomb.xlsx', (path) => writeBombXlsx(path, 3 * 1024, true));
  await generate('million-empty-rows.xlsx', (path) => writeEmptyRowsXlsx(path, 1_000_000));
  await generate('million-rows.csv', (path) => writeDocumentCatalogCsv(path, 1_000_000));
  if (process.env.SOHOA_BENCH_GENERATE_ONLY) process.exit(0);
  const cases: Case[] = [
    { name: `${ROWS} document rows, .xlsx`, file: file('catalog.xlsx'), mode: 'import' },
    { name: `${ROWS} document rows, .xlsx`, file: file('catalog.xlsx'), mode: 'stream' },
    { name: `${ROWS} document rows, .xlsx`, file: file('catalog.xlsx'), mode: 'read' },
    { name: `${ROWS} document rows, .csv`, file: file('catalog.csv'), mode: 'import' },
    { name: `${ROWS} document rows, .csv`, file: file('catalog.csv'), mode: 'stream' },
    { name: `${ROWS} document rows, .csv`, file: file('catalog.csv'), mode: 'read' },
    { name: 'zip bomb, 3 GiB declared', file: file('bomb.xlsx'), mode: 'import' },
    { name: 'zip bomb, 3 GiB declared as 1 MiB', file: file('lying-bomb.xlsx'), mode: 'import' },
    { name: 'a million empty formatted rows', file: file('million-empty-rows.xlsx'), mode: 'import' },
    { name: '1,000,000 document rows, .csv, default limits', file: file('million-rows.csv'), mode: 'import' },
    {
      name: '1,000,000 document rows, .csv, maxRows raised',
      file: file('million-rows.csv'),
      mode: 'read',
      options: { limits: { maxRows: 1_100_000 } },
    },
  ];
  const results = [];
  for (const item of cases) results.push(await runCase(item));
  writeBenchResult('metadata-catalog', {
    description:
      'importCatalog (import: dossiers returned; stream: handed to onDossier, not kept) and readSheets (read) in a child process each: wall and CPU seconds, peak RSS (MB); goal for 100,000 rows: import < 10 s and < 500 MB',
    rows: ROWS,
    results,
  });
} finally {
  if (!kept) await rm(folder, { recursive: true, force: true });
}
