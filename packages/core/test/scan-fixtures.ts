import { fileURLToPath } from 'node:url';
import { SAMPLE_DOSSIER } from '../../../fixtures/index.js';

/**
 * Real scans shared by the project (see /work/shared/data/README.md, read at `../shared/data`
 * beside the repository): Vietnamese administrative documents, not protected by copyright. Read
 * in place, never copied. The three colour scans are also in the repository's sample dossier,
 * which the tests read them from.
 */
const SCANS = fileURLToPath(new URL('../../../../shared/data/scans/', import.meta.url));
const RENDERED = fileURLToPath(new URL('../../../../shared/data/rendered/', import.meta.url));

/** The three 300 dpi colour scans with stamps and handwriting (in the sample dossier). */
export const COLOR_SCANS = [
  'qn_qd47_QD-UBND_20250117_p1.jpg',
  'qn_cv299_UBND-TTHC_20250115_p1.jpg',
  'qn_ttr01_TTr-UBND_20250106_p1.jpg',
] as const;

const COLOR_SCAN_NAMES: ReadonlySet<string> = new Set(COLOR_SCANS);

/** Path of a real scan by file name: the sample dossier's copy for the colour scans. */
export const scanPath = (name: string): string =>
  COLOR_SCAN_NAMES.has(name) ? `${SAMPLE_DOSSIER}/${name}` : SCANS + name;
/** Path of a born-digital page rendered at 300 dpi. */
export const renderedPath = (name: string): string => RENDERED + name;
