import type { PageAnalysis } from '../analysis/page-analysis.js';
import type { GrayImage } from '../image/gray-image.js';
import type { PageImage } from '../image/page-image.js';
import type { CleanPageOptions } from './clean-page.js';
import { runCleanup } from './clean-pipeline.js';
import type { PageGeometry } from './page-geometry.js';

/** Result of {@link cleanPageForOcr}. */
export interface CleanedOcrPage {
  /** The OCR copy: grayscale (or 0/255 when binarized), in the geometry of the master. */
  ocrCopy: GrayImage;
  /** The geometry the OCR copy shares with the master; see {@link mapToSource}. */
  geometry: PageGeometry;
  /** The analysis the corrections were based on (of the source page). */
  analysis: PageAnalysis;
  /**
   * How uneven the paper of the OCR copy was: the spread of its brightness across the page as a
   * share of the brightest paper (0 even; 0.3 when a corner is 30 % darker). Measured when
   * `normalizeBackground` is on.
   */
  backgroundUnevenness: number | undefined;
  /** Whether the background of the OCR copy was flattened (uneven paper; see `normalizeBackground`). */
  backgroundFlattened: boolean;
  /** Specks removed from the OCR copy. */
  specksRemoved: number;
}

/**
 * {@link cleanPage} without the archival master: the same analysis, geometry and OCR copy, but
 * the page is decoded as gray and no master is rotated or encoded, which saves about a third of
 * the time. Use it when the master is kept elsewhere (the original scan goes into the PDF as it
 * is, or was cleaned before).
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when the pixels cannot be decoded, `OPTION_INVALID`
 *   for a `rotate` that is not a quarter turn.
 *
 * @example
 * ```ts
 * import { cleanPageForOcr, loadPageImage } from '@sohoa/core';
 *
 * const { ocrCopy, geometry } = await cleanPageForOcr(await loadPageImage('p1.jpg'));
 * console.log(ocrCopy.width === geometry.width); // true
 * ```
 */
export async function cleanPageForOcr(
  page: PageImage,
  options: CleanPageOptions = {},
): Promise<CleanedOcrPage> {
  return (await runCleanup(page, options, false)).ocr;
}
