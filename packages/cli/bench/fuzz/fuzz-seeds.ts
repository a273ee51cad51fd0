/**
 * The real files the fuzz pass mutates: the scanner PDFs and a PDF/A sohoa writes (for
 * `checkPdfA`), an AIP built by `@sohoa/ip`, as a whole ZIP and with one of its XML files damaged
 * inside an intact ZIP (for `validatePackage`), and the six catalog layouts of `@sohoa/metadata`'s
 * tests, .xlsx and .csv (for `importCatalog`).
 */
import { readFile } from 'node:fs/promises';
import { mutateStacked } from '../../../../fixtures/fuzz-mutate.js';
import { SCANNER_PDFS } from '../../../../fixtures/index.js';
import { sampleAipEntries, zipEntries } from '../../../ip/src/__fixtures__/package-entries.js';
import { tinyPdf } from '../../../ip/src/__fixtures__/sample-package.js';
import { CATALOG_LAYOUTS } from '../../../metadata/src/__fixtures__/catalog-layouts.js';

/** What a seed is fed to. */
export type FuzzTarget = 'checkPdfA' | 'validatePackage' | 'importCatalog';

/** One damaged input: its bytes and how they were damaged. */
export interface FuzzCase {
  bytes: Uint8Array;
  how: string;
}

/** One real input to mutate. */
export interface FuzzSeed {
  name: string;
  target: FuzzTarget;
  /** The file name the mutated bytes are read as (its extension matters to the catalog reader). */
  fileName: string;
  /**
   * Reads or builds the seed (only the process fuzzing it does) and returns what makes its cases:
   * a damaged input for each random sequence.
   */
  cases(): Promise<(random: () => number) => Promise<FuzzCase>>;
}

/** Cases of a seed whose bytes are damaged as a whole. */
function wholeFile(read: () => Promise<Uint8Array>): FuzzSeed['cases'] {
  return async () => {
    const seed = await read();
    return async (random) => mutateStacked(seed, random);
  };
}

/** Every seed, described; its bytes are read or built on demand. */
export function fuzzSeeds(): FuzzSeed[] {
  return [
    ...SCANNER_PDFS.map((path) => ({
      name: path.split('/').pop() as string,
      target: 'checkPdfA' as const,
      fileName: 'scan.pdf',
      cases: wholeFile(async () => new Uint8Array(await readFile(path))),
    })),
    { name: 'sohoa PDF/A', target: 'checkPdfA', fileName: 'sohoa.pdf', cases: wholeFile(() => tinyPdf(1)) },
    {
      name: 'AIP_hoso',
      target: 'validatePackage',
      fileName: 'aip.zip',
      cases: wholeFile(async () => zipEntries(await sampleAipEntries())),
    },
    { name: 'AIP_hoso, one XML file', target: 'validatePackage', fileName: 'aip.zip', cases: xmlInside },
    ...CATALOG_LAYOUTS.map((layout) => ({
      name: layout.name,
      target: 'importCatalog' as const,
      fileName: layout.fileName,
      cases: wholeFile(() => layout.build()),
    })),
  ];
}

/** Cases of the AIP with one of its XML files (METS, EAD, PREMIS…) damaged inside an intact ZIP. */
async function xmlInside(): Promise<(random: () => number) => Promise<FuzzCase>> {
  const aip = await sampleAipEntries();
  const xml = [...aip.entries.keys()].filter((name) => name.endsWith('.xml'));
  return async (random) => {
    const name = xml[Math.floor(random() * xml.length)] as string;
    const damaged = mutateStacked(aip.entries.get(name) as Buffer, random);
    return { bytes: await zipEntries(aip, new Map([[name, damaged.bytes]])), how: `${name}: ${damaged.how}` };
  };
}
