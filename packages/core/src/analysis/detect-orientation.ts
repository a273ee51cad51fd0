import type { GrayImage } from '../image/gray-image.js';
import { findBorderMask } from './border-mask.js';
import { SKEW_ANALYSIS_DPI } from './detect-skew.js';
import { downsampleGray } from './downsample-gray.js';
import { grayHistogram, otsuThreshold } from './otsu-threshold.js';
import type { PageOrientation, QuarterTurn } from './page-orientation.js';

/**
 * Guesses whether a page is upright, upside down or on its side, without OCR, from the shape of
 * its text lines (Latin and Vietnamese text only):
 *
 * - text lines make the ink profile across them spiky, so the axis with the spikier profile is
 *   the direction of the lines (0/180 versus 90/270);
 * - in each line, more ink sits above the body of the letters (ascenders and Vietnamese tone
 *   marks: `ắ ề ổ`) than below it (descenders and the dot of `ạ`), which tells up from down.
 *
 * It is cheap (a few milliseconds) but a heuristic: give `analyzePage` an `orientationDetector`
 * (tesseract's OSD via `@sohoa/ocr`) when pages may come in any orientation.
 *
 * @param skewAngle the page's skew, degrees counter-clockwise (see {@link detectSkew}).
 *
 * @example
 * ```ts
 * import { detectOrientation, detectSkew, loadPageImage, makeOcrCopy } from '@sohoa/core';
 *
 * const gray = await makeOcrCopy(await loadPageImage('p1.jpg'));
 * const orientation = detectOrientation(gray, detectSkew(gray).angle);
 * if (orientation.angle !== 0) console.log(`rotate clockwise by ${orientation.angle}°`);
 * ```
 */
export function detectOrientation(image: GrayImage, skewAngle = 0): PageOrientation {
  const reduced = downsampleGray(image, Math.max(1, Math.round(image.dpi / SKEW_ANALYSIS_DPI)));
  return estimateOrientation(reduced, findBorderMask(reduced), skewAngle);
}

/**
 * Orientation of an image already reduced for analysis, with its border mask.
 *
 * @internal
 */
export function estimateOrientation(
  reduced: GrayImage,
  border: Uint8Array,
  skewAngle: number,
): PageOrientation {
  const { data, width, height } = reduced;
  const threshold = otsuThreshold(grayHistogram(data));
  const radians = (skewAngle * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const diagonal = Math.ceil(Math.hypot(width, height)) + 2;
  const rows = new Float64Array(2 * diagonal);
  const columns = new Float64Array(2 * diagonal);
  let ink = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = y * width + x;
      if ((data[index] ?? 255) >= threshold || border[index] !== 0) continue;
      ink++;
      const row = Math.round(y * cos + x * sin) + diagonal;
      const column = Math.round(x * cos - y * sin) + diagonal;
      rows[row] = (rows[row] ?? 0) + 1;
      columns[column] = (columns[column] ?? 0) + 1;
    }
  }
  if (ink < 500) return { angle: 0, confidence: 0, source: 'heuristic' };
  const horizontal = spikiness(rows) >= spikiness(columns);
  const profile = horizontal ? rows : columns;
  const { before, after } = inkAroundLineBodies(profile);
  const total = before + after;
  const asymmetry = total === 0 ? 0 : (before - after) / total;
  // Content upright: more ink before (above) the line bodies. On its side, "above" points to
  // smaller x for content turned counter-clockwise by 90°.
  let angle: QuarterTurn;
  if (horizontal) angle = asymmetry >= 0 ? 0 : 180;
  else angle = asymmetry >= 0 ? 90 : 270;
  return { angle, confidence: Math.min(1, Math.abs(asymmetry) * 4), source: 'heuristic' };
}

function spikiness(profile: Float64Array): number {
  let score = 0;
  for (let index = 1; index < profile.length; index++) {
    score += ((profile[index] ?? 0) - (profile[index - 1] ?? 0)) ** 2;
  }
  return score;
}

/**
 * Splits the profile into lines at its gaps, finds each line's body (the bins at least half the
 * line's peak) and sums the ink before and after the body.
 */
function inkAroundLineBodies(profile: Float64Array): { before: number; after: number } {
  const sorted = Array.from(profile).filter((value) => value > 0);
  sorted.sort((a, b) => a - b);
  const high = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const gap = high * 0.04;
  let before = 0;
  let after = 0;
  let start = -1;
  for (let index = 0; index <= profile.length; index++) {
    const inLine = index < profile.length && (profile[index] ?? 0) > gap;
    if (inLine && start < 0) start = index;
    if (inLine || start < 0) continue;
    const end = index;
    let peak = 0;
    for (let bin = start; bin < end; bin++) peak = Math.max(peak, profile[bin] ?? 0);
    let bodyStart = start;
    while ((profile[bodyStart] ?? 0) < peak * 0.5) bodyStart++;
    let bodyEnd = end - 1;
    while ((profile[bodyEnd] ?? 0) < peak * 0.5) bodyEnd--;
    const bodyHeight = bodyEnd - bodyStart + 1;
    // Only lines of text: a body much thicker than its surroundings is a rule, a stamp or a picture.
    if (end - start <= bodyHeight * 4) {
      for (let bin = start; bin < bodyStart; bin++) before += profile[bin] ?? 0;
      for (let bin = bodyEnd + 1; bin < end; bin++) after += profile[bin] ?? 0;
    }
    start = -1;
  }
  return { before, after };
}
