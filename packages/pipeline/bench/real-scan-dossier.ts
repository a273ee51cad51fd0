/**
 * Builds benchmark dossiers from real scans: the three 300 dpi scans of the sample dossier and the
 * two rendered pages of fixtures/data/rendered, each with its transcription, repeated with
 * small distinct crops so that no two pages are the same bytes (and no cache can help).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { dataPath, SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';

/** The rendered Vietnamese pages of fixtures/data, with their transcriptions. */
const RENDERED = dataPath('rendered');
const RENDERED_PAGES = ['qn_tb542_TB-UBND_20241106_p1', 'qn_tb542_TB-UBND_20241106_p2'];

/** A source scan and its transcription. */
export interface SourceScan {
  name: string;
  /** The image file's path, or its bytes. */
  image: string | Buffer;
  groundTruth: string;
}

/** The five real pages the benchmark dossiers are made from. */
export function sourceScans(): SourceScan[] {
  return [
    ...SAMPLE_PAGES.map((page) => ({ name: page.name, image: page.image, groundTruth: page.groundTruth })),
    ...RENDERED_PAGES.map((name) => ({
      name,
      image: readFileSync(join(RENDERED, `${name}.png`)),
      groundTruth: readFileSync(join(RENDERED, `${name}.gt.txt`), 'utf8'),
    })),
  ];
}

/** One page written for a benchmark: its file, its source and its transcription. */
export interface BenchPage {
  file: string;
  source: string;
  groundTruth: string;
}

/**
 * Page `index` of a benchmark sequence: source `index % 5`, cut with a margin of a few pixels
 * that differs with each repetition (text is untouched: the transcription still holds), as a
 * 300 dpi JPEG (quality 90, as scanners write).
 */
export async function variantPage(sources: readonly SourceScan[], index: number): Promise<Buffer> {
  const source = sources[index % sources.length] as SourceScan;
  const round = Math.floor(index / sources.length);
  const { width = 0, height = 0 } = await sharp(source.image).metadata();
  const left = 4 + (round % 7) * 3;
  const top = 4 + (round % 5) * 5;
  return sharp(source.image)
    .extract({ left, top, width: width - left - 8, height: height - top - 8 })
    .withMetadata({ density: 300 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * Writes a dossier folder of `pages` real-scan pages (`page-001.jpg`, …) with the sample dossier's
 * metadata under `fileCode`, as one document of every page (a dossier scanned page by page), or
 * as `documents` documents of equal page counts (the last takes the rest).
 */
export async function writeRealScanDossier(
  folder: string,
  fileCode: string,
  pages: number,
  documents = 1,
): Promise<BenchPage[]> {
  await mkdir(folder, { recursive: true });
  const sources = sourceScans();
  const written: BenchPage[] = [];
  for (let index = 0; index < pages; index++) {
    const file = join(folder, `page-${String(index + 1).padStart(3, '0')}.jpg`);
    await writeFile(file, await variantPage(sources, index));
    const source = sources[index % sources.length] as SourceScan;
    written.push({ file, source: source.name, groundTruth: source.groundTruth });
  }
  const sample = JSON.parse(await readFile(join(SAMPLE_DOSSIER, 'dossier.json'), 'utf8'));
  const dossier = {
    ...sample.dossier,
    fileCode,
    totalDoc: documents,
    numberOfPaper: pages,
    numberOfPage: pages,
  };
  const each = Math.floor(pages / documents);
  const split = Array.from({ length: documents }, (_, index) => ({
    numberOfPage: index === documents - 1 ? pages - each * (documents - 1) : each,
  }));
  const metadata = documents === 1 ? { dossier } : { dossier, documents: split };
  await writeFile(join(folder, 'dossier.json'), JSON.stringify(metadata, null, 2));
  return written;
}
