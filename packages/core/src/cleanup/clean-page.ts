import type { AnalyzePageOptions } from '../analysis/analyze-page.js';
import type { PageImage, PageImageFormat } from '../image/page-image.js';
import type { BinarizeSauvolaOptions } from './binarize-sauvola.js';
import type { CleanedOcrPage } from './clean-page-for-ocr.js';
import { runCleanup } from './clean-pipeline.js';
import type { DespeckleOptions } from './despeckle.js';

/** Options of {@link cleanPage}; every step can be turned off. */
export interface CleanPageOptions extends AnalyzePageOptions {
  /**
   * Quarter turns to undo, as the content's counter-clockwise orientation (see
   * `PageOrientation`), or `'auto'` to use the analysed orientation when its confidence is at
   * least 0.5.
   * @default 0
   */
  rotate?: 0 | 90 | 180 | 270 | 'auto';
  /**
   * Straighten the page (both outputs). The canvas grows where needed so no content is cut, and
   * the uncovered corners are filled with the page's paper colour.
   * @default true
   */
  deskew?: boolean;
  /**
   * Skews smaller than this, in degrees, are left alone (and an unchanged master keeps its
   * original bytes). Tesseract reads such small skews well, and rotating by a fraction of a
   * degree resamples every stroke: on the sample scans (skews of 0.2–0.3°) it raised the
   * character error rate; see the package benchmark.
   * @default 0.5
   */
  minDeskewAngle?: number;
  /**
   * Cut a dark scanner border (the scanner bed around the sheet) off both outputs. The crop is
   * found after deskewing, in the straightened geometry: the largest upright rectangle free of
   * border, grown again to hold every mark of the page that is not border, so text is never cut.
   * A page with no border (less than 0.2 % of it) keeps the geometry it has without this step.
   * Limitation: a dark area touching the sheet's edge and as dark as a scanner bed (a black
   * photograph bleeding off the page) is taken for border; turn this off for such material.
   * @default true
   */
  cropBorders?: boolean;
  /**
   * Stretch the contrast of the OCR copy as {@link makeOcrCopy} does (the darkest 1 % to black,
   * the lightest 1 % to white).
   * @default true
   */
  stretchContrast?: boolean;
  /**
   * Flatten the paper of the OCR copy ({@link normalizeBackground}) when it is uneven (see
   * `minBackgroundUnevenness`): yellowed, stained or unevenly lit paper becomes white. (`false`
   * used to turn the contrast stretch off too: that is now `stretchContrast`.)
   * @default true
   */
  normalizeBackground?: boolean;
  /**
   * Paper more even than this is not flattened: the spread of its brightness across the page
   * (darkest to brightest cell of about 3 mm, the extreme 2 % left out) as a share of the
   * brightest. The contrast stretch already makes even paper white, and dividing it by an
   * estimate of itself only adds the estimate's noise. `0` flattens every page. The measure is
   * returned as `backgroundUnevenness`.
   * @default 0.1
   */
  minBackgroundUnevenness?: number;
  /**
   * Remove isolated specks from the OCR copy, and on a dusty page the dust beside letters too
   * ({@link despeckle}); `false` to skip, or options.
   * @default true
   */
  despeckle?: boolean | DespeckleOptions;
  /**
   * Resolution to upscale the OCR copy of a page scanned below it to (bicubic), in dots per
   * inch; the master keeps its own. Off by default: on the sample scans reduced to 200 dpi,
   * upscaling to 300 helped one page and cost two others a little (see the package benchmark).
   * Pages that claim less than 100 dpi are never upscaled: such values (72, 96) are placeholders
   * written by software. The geometry records the OCR copy's size (`ocrWidth`, `ocrHeight`), so
   * OCR boxes map back with `mapToSource(geometry, point, 'ocr')`.
   * @default false
   */
  ocrDpi?: number | false;
  /**
   * Binarize the OCR copy with {@link binarizeSauvola}; `true` or options. Off by default:
   * tesseract reads grayscale better, and binarizing shrinks faint tone marks.
   * @default false
   */
  binarize?: boolean | BinarizeSauvolaOptions;
  /**
   * JPEG quality of a re-encoded master, when the source is a JPEG (others are re-encoded as
   * lossless PNG).
   * @default 92
   */
  jpegQuality?: number;
  /**
   * Optimise the Huffman tables of a re-encoded JPEG master: the same pixels in a file about 8 %
   * smaller, for 50–80 ms more per A4 page at 300 dpi (a second pass over the coefficients).
   * Off by default for speed; a master can be optimised later without loss (`jpegtran -optimize`).
   * @default false
   */
  jpegOptimizeCoding?: boolean;
}

/** The archival master of a cleaned page: colour as scanned, only geometric corrections. */
export interface CleanedMaster {
  /** The encoded image: the source bytes untouched when `unchanged`, else re-encoded. */
  bytes: Buffer;
  /** Encoded format of {@link CleanedMaster.bytes}. */
  format: PageImageFormat;
  /** Width in pixels (= `geometry.width`). */
  width: number;
  /** Height in pixels (= `geometry.height`). */
  height: number;
  /** Resolution in dots per inch, as the source. */
  dpi: number;
  /** Whether no correction was needed and {@link CleanedMaster.bytes} are the source's own bytes. */
  unchanged: boolean;
}

/** Result of {@link cleanPage}: the OCR side of {@link cleanPageForOcr} and the master. */
export interface CleanedPage extends CleanedOcrPage {
  /** The archival master (never binarized or recoloured). */
  master: CleanedMaster;
}

/**
 * Cleans a scanned page into two outputs that share one geometry: the **archival master**,
 * faithful to the paper (colour as scanned; only rotation, deskew and border crop, never
 * binarized or recoloured; the original bytes untouched when nothing needs correcting), and the
 * **OCR copy** (grayscale, background flattened, contrast stretched, specks removed, optionally
 * Sauvola-binarized). OCR word boxes on the copy are master pixels.
 *
 * The page is analysed first ({@link analyzePage}); the analysis is returned with the result.
 * It decodes the page once and rotates its colour pixels once for both outputs. When only the
 * OCR copy is needed, {@link cleanPageForOcr} skips the master and its encoding.
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when the pixels cannot be decoded, `OPTION_INVALID`
 *   for a `rotate` that is not a quarter turn.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { cleanPage, loadPageImage } from '@sohoa/core';
 *
 * const cleaned = await cleanPage(await loadPageImage('p1.jpg'), { rotate: 'auto' });
 * await writeFile('p1.master.jpg', cleaned.master.bytes);
 * console.log(cleaned.analysis.skewAngle, cleaned.geometry.width, cleaned.ocrCopy.width); // … 2461 2461
 * ```
 */
export async function cleanPage(page: PageImage, options: CleanPageOptions = {}): Promise<CleanedPage> {
  const { ocr, master } = await runCleanup(page, options, true);
  if (!master) throw new Error('cleanPage: the cleanup pipeline returned no master.');
  return { master, ...ocr };
}
