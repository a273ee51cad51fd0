import sharp from 'sharp';
import { type AnalyzePageOptions, analyzeDecodedPage } from '../analysis/analyze-page.js';
import { decodeGray } from '../analysis/decode-gray.js';
import type { PageAnalysis } from '../analysis/page-analysis.js';
import { SohoaError } from '../errors/sohoa-error.js';
import type { GrayImage } from '../image/gray-image.js';
import type { PageImage, PageImageFormat } from '../image/page-image.js';
import { type BinarizeSauvolaOptions, binarizeSauvola } from './binarize-sauvola.js';
import { type DespeckleOptions, despeckle } from './despeckle.js';
import { findPageCrop } from './find-page-crop.js';
import { normalizeBackground } from './normalize-background.js';
import type { PageGeometry } from './page-geometry.js';
import { estimatePaperColor, estimatePaperRgb } from './paper-color.js';

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
   * original bytes).
   * @default 0.05
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
   * Flatten the paper and stretch the contrast of the OCR copy ({@link normalizeBackground}).
   * @default true
   */
  normalizeBackground?: boolean;
  /**
   * Remove isolated specks from the OCR copy ({@link despeckle}); `false` to skip, or options.
   * @default true
   */
  despeckle?: boolean | DespeckleOptions;
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

/** Result of {@link cleanPage}. */
export interface CleanedPage {
  /** The archival master (never binarized or recoloured). */
  master: CleanedMaster;
  /** The OCR copy: grayscale (or 0/255 when binarized), same geometry as the master. */
  ocrCopy: GrayImage;
  /** The geometry both outputs share; see {@link mapToSource}. */
  geometry: PageGeometry;
  /** The analysis the corrections were based on (of the source page). */
  analysis: PageAnalysis;
  /** Specks removed from the OCR copy. */
  specksRemoved: number;
}

/**
 * Cleans a scanned page into two outputs that share one geometry: the **archival master**,
 * faithful to the paper (colour as scanned; only rotation, deskew and border crop, never
 * binarized or recoloured; the original bytes untouched when nothing needs correcting), and the
 * **OCR copy** (grayscale, background flattened, contrast stretched, specks removed, optionally
 * Sauvola-binarized). OCR word boxes on the copy are master pixels.
 *
 * The page is analysed first ({@link analyzePage}); the analysis is returned with the result.
 * It decodes once and works on raw pixels: about 0.6 s for an A4 colour page at 300 dpi,
 * master JPEG encoding included (see the package benchmark).
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
  const rotateOption = options.rotate ?? 0;
  if (rotateOption !== 'auto' && ![0, 90, 180, 270].includes(rotateOption)) {
    throw new SohoaError({
      code: 'OPTION_INVALID',
      message: `cleanPage: \`rotate\` must be 0, 90, 180, 270 or 'auto'; received ${String(rotateOption)}.`,
      fix: 'Give a quarter turn; small angles are corrected by `deskew`.',
      details: { option: 'rotate', value: rotateOption },
    });
  }
  const gray = await decodeGray(page);
  const analysis = await analyzeDecodedPage(page, gray, options);
  const quarterTurn =
    rotateOption === 'auto'
      ? analysis.orientation.confidence >= 0.5
        ? analysis.orientation.angle
        : 0
      : rotateOption;
  const skew = analysis.skew;
  const deskewAngle =
    (options.deskew ?? true) &&
    skew.confidence >= 0.3 &&
    Math.abs(skew.angle) >= (options.minDeskewAngle ?? 0.05)
      ? skew.angle
      : 0;
  const rotation = quarterTurn + deskewAngle;
  const paper = estimatePaperColor(gray);
  const canvas = rotation === 0 ? gray : await rotateGray(gray, rotation, paper.gray);
  const crop = findPageCrop(
    canvas,
    { sourceWidth: gray.width, sourceHeight: gray.height, rotation },
    options.cropBorders ?? true,
  );
  const geometry: PageGeometry = {
    sourceWidth: gray.width,
    sourceHeight: gray.height,
    quarterTurn,
    deskewAngle,
    rotation,
    canvasWidth: canvas.width,
    canvasHeight: canvas.height,
    crop,
    width: crop.width,
    height: crop.height,
  };
  const master = await makeMaster(page, geometry, paper.gray, options.jpegQuality ?? 92);
  let ocrCopy = extract(canvas, crop);
  if (options.normalizeBackground ?? true) ocrCopy = normalizeBackground(ocrCopy);
  let specksRemoved = 0;
  if (options.despeckle ?? true) {
    const result = despeckle(ocrCopy, typeof options.despeckle === 'object' ? options.despeckle : {});
    ocrCopy = result.image;
    specksRemoved = result.removed;
  }
  if (options.binarize) {
    ocrCopy = binarizeSauvola(ocrCopy, typeof options.binarize === 'object' ? options.binarize : {});
  }
  return { master, ocrCopy, geometry, analysis, specksRemoved };
}

async function rotateGray(gray: GrayImage, angle: number, fill: number): Promise<GrayImage> {
  const { data, info } = await sharp(gray.data, {
    raw: { width: gray.width, height: gray.height, channels: 1 },
  })
    .rotate(angle, { background: { r: fill, g: fill, b: fill } })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: gray.dpi };
}

function extract(image: GrayImage, crop: PageGeometry['crop']): GrayImage {
  if (crop.left === 0 && crop.top === 0 && crop.width === image.width && crop.height === image.height) {
    return { ...image, data: Buffer.from(image.data) };
  }
  const out = Buffer.alloc(crop.width * crop.height);
  for (let y = 0; y < crop.height; y++) {
    const from = (crop.top + y) * image.width + crop.left;
    image.data.copy(out, y * crop.width, from, from + crop.width);
  }
  return { data: out, width: crop.width, height: crop.height, dpi: image.dpi };
}

async function makeMaster(
  page: PageImage,
  geometry: PageGeometry,
  paperGray: number,
  jpegQuality: number,
): Promise<CleanedMaster> {
  const { crop } = geometry;
  const whole =
    crop.left === 0 &&
    crop.top === 0 &&
    crop.width === geometry.canvasWidth &&
    crop.height === geometry.canvasHeight;
  const upright = geometry.sourceWidth === page.width && geometry.sourceHeight === page.height;
  if (geometry.rotation === 0 && whole && upright) {
    return {
      bytes: page.bytes,
      format: page.format,
      width: page.width,
      height: page.height,
      dpi: page.dpi,
      unchanged: true,
    };
  }
  let pipeline = sharp(page.bytes, { limitInputPixels: false }).autoOrient();
  if (geometry.rotation !== 0)
    pipeline = pipeline.rotate(geometry.rotation, { background: await estimatePaperRgb(page, paperGray) });
  pipeline = pipeline.extract(crop);
  if (page.channels <= 2) pipeline = pipeline.toColourspace('b-w');
  pipeline = pipeline.withDensity(page.dpi);
  const format: PageImageFormat = page.format === 'jpeg' ? 'jpeg' : 'png';
  pipeline =
    format === 'jpeg'
      ? pipeline.jpeg({ quality: jpegQuality, chromaSubsampling: '4:4:4' })
      : pipeline.png({ compressionLevel: 6 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: data, format, width: info.width, height: info.height, dpi: page.dpi, unchanged: false };
}
