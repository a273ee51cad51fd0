import type { GrayImage } from '../image/gray-image.js';
import { findBorderMask } from './border-mask.js';
import { downsampleGray } from './downsample-gray.js';
import { collectInkEdges } from './ink-points.js';
import { grayHistogram, otsuThreshold } from './otsu-threshold.js';
import type { SkewEstimate } from './skew-estimate.js';
import { searchSkew } from './skew-search.js';

/** Options of {@link detectSkew}. */
export interface DetectSkewOptions {
  /**
   * The largest skew searched for, in degrees either way.
   * @default 20
   */
  maxAngle?: number;
}

/** Resolution, in dots per inch, that skew is measured at. @internal */
export const SKEW_ANALYSIS_DPI = 150;

/**
 * Measures the skew of a page: the angle its text lines make with the horizontal. It searches a
 * projection profile of the lower edges of ink on a copy reduced to about 150 dpi, with dark
 * scanner borders and the outer 1 % masked out, coarse then fine, to about ±0.05° on real scans
 * with stamps, tables and handwriting (see the package benchmark).
 *
 * See {@link SkewEstimate} for the sign convention: content rotated counter-clockwise is
 * positive, and rotating the image clockwise by the angle straightens it.
 *
 * @example
 * ```ts
 * import { detectSkew, loadPageImage, makeOcrCopy } from '@sohoa/core';
 *
 * const gray = await makeOcrCopy(await loadPageImage('p1.jpg'));
 * const skew = detectSkew(gray);
 * console.log(skew.angle.toFixed(2), skew.confidence); // "1.50" 0.97
 * ```
 */
export function detectSkew(image: GrayImage, options: DetectSkewOptions = {}): SkewEstimate {
  const factor = Math.max(1, Math.round(image.dpi / SKEW_ANALYSIS_DPI));
  const reduced = downsampleGray(image, factor);
  return estimateSkew(reduced, findBorderMask(reduced), options.maxAngle ?? 20);
}

/**
 * Skew of an image already reduced for analysis, with its border mask.
 *
 * @internal
 */
export function estimateSkew(reduced: GrayImage, border: Uint8Array, maxAngle: number): SkewEstimate {
  const threshold = otsuThreshold(grayHistogram(reduced.data));
  return searchSkew(collectInkEdges(reduced, threshold, border), maxAngle);
}
