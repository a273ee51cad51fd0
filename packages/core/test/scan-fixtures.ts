import { fileURLToPath } from 'node:url';

/**
 * Real scans shared by the project (see /work/shared/data/README.md): Vietnamese administrative
 * documents, not protected by copyright. Read in place, never copied.
 */
const SCANS = fileURLToPath(new URL('../../../../shared/data/scans/', import.meta.url));
const RENDERED = fileURLToPath(new URL('../../../../shared/data/rendered/', import.meta.url));

/** Path of a real scan by file name. */
export const scanPath = (name: string): string => SCANS + name;
/** Path of a born-digital page rendered at 300 dpi. */
export const renderedPath = (name: string): string => RENDERED + name;

/** The three 300 dpi colour scans with stamps and handwriting. */
export const COLOR_SCANS = [
  'qn_qd47_QD-UBND_20250117_p1.jpg',
  'qn_cv299_UBND-TTHC_20250115_p1.jpg',
  'qn_ttr01_TTr-UBND_20250106_p1.jpg',
] as const;
