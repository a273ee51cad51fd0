import { fileURLToPath } from 'node:url';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';

/** Real scans and rendered pages committed in the repository (`fixtures/data/`). */
const SHARED = fileURLToPath(new URL('../../../fixtures/data/', import.meta.url));

/** A benchmark page: image, resolution, and its transcription when there is one. */
export interface BenchPage {
  name: string;
  path: string;
  dpi: number;
  groundTruth?: string;
}

/** The three 300 dpi colour scans of the sample dossier, with their transcriptions. */
export const COLOUR_SCANS: BenchPage[] = SAMPLE_PAGES.map((page) => ({
  name: page.name,
  path: page.image,
  dpi: 300,
  groundTruth: page.groundTruth,
}));

/** The two bilevel scans (200 and 300 dpi; the second says 72 dpi in its file). */
export const BILEVEL_SCANS: BenchPage[] = [
  { name: 'cv464', path: `${SHARED}scans/gov_cv464_TTg-CDS_20260430_p1.png`, dpi: 200 },
  { name: 'ct07', path: `${SHARED}scans/qn_ct07_CT-UBND_20180320_p1.png`, dpi: 300 },
];

/** Rendered born-digital pages with the text of their PDF's own text layer. */
export const RENDERED_PAGE_NAMES = ['qn_tb542_TB-UBND_20241106_p1', 'qn_tb542_TB-UBND_20241106_p2'];
export const renderedPath = (name: string, extension: string): string =>
  `${SHARED}rendered/${name}${extension}`;

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
