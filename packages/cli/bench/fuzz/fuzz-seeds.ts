/**
 * The real files the fuzz pass mutates: the scanner PDFs and a PDF/A sohoa writes (for
 * `checkPdfA`), an AIP built by `@sohoa/ip` (for `validatePackage`), and the six catalog layouts of
 * `@sohoa/metadata`'s tests, .xlsx and .csv (for `importCatalog`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPackage } from '@sohoa/ip';
import { SCANNER_PDFS } from '../../../../fixtures/index.js';
import { samplePackageInput, tinyPdf } from '../../../ip/src/__fixtures__/sample-package.js';
import { CATALOG_LAYOUTS } from '../../../metadata/src/__fixtures__/catalog-layouts.js';

/** What a seed is fed to. */
export type FuzzTarget = 'checkPdfA' | 'validatePackage' | 'importCatalog';

/** One real input to mutate. */
export interface FuzzSeed {
  name: string;
  target: FuzzTarget;
  /** The file name the mutated bytes are read as (its extension matters to the catalog reader). */
  fileName: string;
  /** Reads or builds the seed's bytes (only the process fuzzing it does). */
  bytes(): Promise<Uint8Array>;
}

/** Every seed, described; its bytes are read or built on demand. */
export function fuzzSeeds(): FuzzSeed[] {
  return [
    ...SCANNER_PDFS.map((path) => ({
      name: path.split('/').pop() as string,
      target: 'checkPdfA' as const,
      fileName: 'scan.pdf',
      bytes: async () => new Uint8Array(await readFile(path)),
    })),
    { name: 'sohoa PDF/A', target: 'checkPdfA', fileName: 'sohoa.pdf', bytes: () => tinyPdf(1) },
    { name: 'AIP_hoso', target: 'validatePackage', fileName: 'aip.zip', bytes: aipBytes },
    ...CATALOG_LAYOUTS.map((layout) => ({
      name: layout.name,
      target: 'importCatalog' as const,
      fileName: layout.fileName,
      bytes: () => layout.build(),
    })),
  ];
}

async function aipBytes(): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'sohoa-fuzz-seed-'));
  try {
    const built = await buildPackage(await samplePackageInput('AIP_hoso', 2), {
      destination: join(folder, 'aip.zip'),
    });
    return new Uint8Array(await readFile(built.path));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
