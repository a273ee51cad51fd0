import { SohoaError } from '@sohoa/base';
import type { CoreErrorCode } from '../errors/core-error-codes.js';
import type { GrayImage } from '../image/gray-image.js';
import type { PageImage } from '../image/page-image.js';
import { findBorderMask, measureBorderWidths } from './border-mask.js';
import { type CheckScanProfileOptions, checkScanProfile } from './check-scan-profile.js';
import { describeColor } from './color-mode.js';
import { decodeGray } from './decode-gray.js';
import { measureInkCoverage } from './detect-blank.js';
import { estimateOrientation } from './detect-orientation.js';
import { estimateSkew, SKEW_ANALYSIS_DPI } from './detect-skew.js';
import { downsampleGray } from './downsample-gray.js';
import { measureSharpness } from './measure-sharpness.js';
import type { PageAnalysis } from './page-analysis.js';
import type { PageOrientation } from './page-orientation.js';

/**
 * A detector of the page's quarter-turn orientation to use instead of sohoa's heuristic, such as
 * tesseract's orientation and script detection from `@sohoa/ocr`. It gets the upright-as-stored
 * grayscale page and returns the counter-clockwise quarter turns of the content with a
 * confidence (0–1), or `undefined` to fall back to the heuristic.
 */
export type OrientationDetector = (
  image: GrayImage,
) => Promise<Omit<PageOrientation, 'source'> | undefined> | Omit<PageOrientation, 'source'> | undefined;

/** Options of {@link analyzePage}. */
export interface AnalyzePageOptions extends CheckScanProfileOptions {
  /**
   * The largest skew searched for, in degrees either way.
   * @default 20
   */
  maxSkewAngle?: number;
  /**
   * Orientation detector used instead of the built-in heuristic; see {@link OrientationDetector}.
   * @default undefined (the heuristic of {@link detectOrientation})
   */
  orientationDetector?: OrientationDetector;
  /**
   * When the {@link AnalyzePageOptions.orientationDetector | orientationDetector} is consulted:
   * `'always'`, or `'unsure'`: only when the built-in heuristic does not find the page upright
   * with a confidence of at least 0.5 (and never on a blank page). On the real scans of the
   * benchmarks the heuristic found every upright page upright with confidence 1 and every turned
   * page either turned or unsure, so `'unsure'` keeps the detector's answers on turned pages and
   * spares its cost (about a tenth of a page's OCR time) on upright ones.
   * @default 'always'
   */
  orientationDetectorUse?: 'always' | 'unsure';
  /**
   * A page whose marks cover less than this share of it is blank.
   * @default 0.001 (0.1 %; a page with one short handwritten line covers about 0.3 %)
   */
  blankCoverage?: number;
}

/** Sharpness below which a page is reported as blurred. @internal */
export const BLURRY_BELOW = 0.45;

/**
 * Analyses a scanned page and returns the facts as data: skew (with confidence), quarter-turn
 * orientation, blank page, dark scanner borders, sharpness, colour mode and depth, resolution,
 * and the violations of the scanning rules of Thông tư 05/2025/TT-BNV (see
 * {@link checkScanProfile}). Nothing is changed; {@link cleanPage} applies the corrections.
 *
 * Skew follows one sign convention everywhere in sohoa: the angle in degrees by which the
 * content is rotated counter-clockwise on the page, so rotating the image clockwise by it
 * straightens it.
 *
 * It decodes the page once and works on raw pixels, mostly at 150 dpi: about 0.3 s for an A4
 * page at 300 dpi.
 *
 * @throws {@link SohoaError} `IMAGE_CORRUPT` when the pixels cannot be decoded.
 *
 * @example
 * ```ts
 * import { analyzePage, loadPageImage } from '@sohoa/core';
 *
 * const analysis = await analyzePage(await loadPageImage('p1.jpg'));
 * console.log(analysis.skewAngle.toFixed(2), analysis.orientation.angle, analysis.blank);
 * for (const violation of analysis.violations) console.log(violation.rule);
 * ```
 */
export async function analyzePage(page: PageImage, options: AnalyzePageOptions = {}): Promise<PageAnalysis> {
  return analyzeDecodedPage(page, await decodeGray(page), options);
}

/**
 * {@link analyzePage} on pixels already decoded (upright per EXIF, 8-bit gray).
 *
 * @internal
 */
export async function analyzeDecodedPage(
  page: PageImage,
  gray: GrayImage,
  options: AnalyzePageOptions = {},
): Promise<PageAnalysis> {
  const factor = Math.max(1, Math.round(gray.dpi / SKEW_ANALYSIS_DPI));
  const reduced = downsampleGray(gray, factor);
  const border = findBorderMask(reduced);
  const reducedBorders = measureBorderWidths(border, reduced.width, reduced.height, 0.5);
  const borders = {
    top: reducedBorders.top * factor,
    right: reducedBorders.right * factor,
    bottom: reducedBorders.bottom * factor,
    left: reducedBorders.left * factor,
  };
  // Marks of at least 0.2 mm² (about 3 pixels at 150 dpi): smaller specks are dust.
  const minMarkArea = Math.max(2, Math.round((reduced.dpi / 25.4) ** 2 * 0.2));
  const inkCoverage = measureInkCoverage(reduced, border, minMarkArea);
  const blank = inkCoverage < (options.blankCoverage ?? 0.001);
  // Paper texture alone gives meaningless peaks: a blank page has no skew or orientation.
  const skew = blank
    ? { angle: 0, confidence: 0 }
    : estimateSkew(reduced, border, options.maxSkewAngle ?? 20);
  const orientation = await findOrientation(gray, blank, options, () =>
    estimateOrientation(reduced, border, skew.angle),
  );
  const sharpness = blank ? 0 : measureSharpness(gray);
  const blurry = !blank && sharpness > 0 && sharpness < BLURRY_BELOW;
  const profile = checkScanProfile(page, options);
  const warnings = [...profile.warnings];
  const warningsVi = [...profile.warningsVi];
  if (blurry) {
    warnings.push(
      `The page looks blurred (sharpness ${sharpness.toFixed(2)}, below ${BLURRY_BELOW}): re-scan it.`,
    );
    warningsVi.push(
      `Trang có vẻ bị mờ (độ nét ${sharpness.toFixed(2)}, dưới ${BLURRY_BELOW}): hãy quét lại.`,
    );
  }
  if (!blank && skew.confidence < 0.3) {
    warnings.push(`The skew could not be measured reliably (confidence ${skew.confidence.toFixed(2)}).`);
    warningsVi.push(`Không đo được độ nghiêng một cách tin cậy (độ tin cậy ${skew.confidence.toFixed(2)}).`);
  }
  return {
    source: page.source,
    width: gray.width,
    height: gray.height,
    dpi: page.dpi,
    dpiSource: page.dpiSource,
    skewAngle: skew.angle,
    skew,
    orientation,
    blank,
    inkCoverage,
    borders,
    sharpness,
    blurry,
    color: describeColor(page),
    violations: profile.violations,
    warnings,
    warningsVi,
  };
}

/** The heuristic's answer, or the detector's where it is to be consulted and answers. */
async function findOrientation(
  gray: GrayImage,
  blank: boolean,
  options: AnalyzePageOptions,
  heuristic: () => PageOrientation,
): Promise<PageOrientation> {
  const { orientationDetector, orientationDetectorUse = 'always' } = options;
  if (orientationDetectorUse !== 'always' && orientationDetectorUse !== 'unsure') {
    throw new SohoaError<CoreErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `analyzePage: tùy chọn \`orientationDetectorUse\` phải là 'always' hoặc 'unsure'; giá trị nhận được: ${String(orientationDetectorUse)}.`,
        en: `analyzePage: \`orientationDetectorUse\` must be 'always' or 'unsure'; received ${String(orientationDetectorUse)}.`,
      },
      fix: { vi: "Ghi 'always' (mặc định) hoặc 'unsure'.", en: "Pass 'always' (the default) or 'unsure'." },
      details: { option: 'orientationDetectorUse', value: orientationDetectorUse },
    });
  }
  if (orientationDetectorUse === 'unsure') {
    if (blank) return { angle: 0, confidence: 0, source: 'heuristic' };
    const estimated = heuristic();
    if (!orientationDetector || (estimated.angle === 0 && estimated.confidence >= 0.5)) return estimated;
    const detected = await orientationDetector(gray);
    return detected ? { ...detected, source: 'detector' } : estimated;
  }
  const detected = orientationDetector ? await orientationDetector(gray) : undefined;
  if (detected) return { ...detected, source: 'detector' };
  return blank ? { angle: 0, confidence: 0, source: 'heuristic' } : heuristic();
}
