import { dataPath, SAMPLE_DOSSIER } from '../../../fixtures/index.js';

/**
 * Real scans committed in the repository (`fixtures/data/`, see its README.md): Vietnamese
 * administrative documents, not protected by copyright. The three colour scans are the sample
 * dossier's pages.
 */

/** The three 300 dpi colour scans with stamps and handwriting (in the sample dossier). */
export const COLOR_SCANS = [
  'qn_qd47_QD-UBND_20250117_p1.jpg',
  'qn_cv299_UBND-TTHC_20250115_p1.jpg',
  'qn_ttr01_TTr-UBND_20250106_p1.jpg',
] as const;

const COLOR_SCAN_NAMES: ReadonlySet<string> = new Set(COLOR_SCANS);

/** Path of a real scan by file name: the sample dossier's copy for the colour scans. */
export const scanPath = (name: string): string =>
  COLOR_SCAN_NAMES.has(name) ? `${SAMPLE_DOSSIER}/${name}` : dataPath(`scans/${name}`);
/** Path of a born-digital page rendered at 300 dpi. */
export const renderedPath = (name: string): string => dataPath(`rendered/${name}`);
