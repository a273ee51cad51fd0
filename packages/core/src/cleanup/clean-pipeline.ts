import { SohoaError } from '@sohoa/base';
import type { Sharp } from 'sharp';
import { analyzeDecodedPage } from '../analysis/analyze-page.js';
import { detectSkew, SKEW_ANALYSIS_DPI } from '../analysis/detect-skew.js';
import { downsampleGray } from '../analysis/downsample-gray.js';
import { turnGray } from '../analysis/turn-gray.js';
import type { CoreErrorCode } from '../errors/core-error-codes.js';
import type { GrayImage } from '../image/gray-image.js';
import { loadSharp } from '../image/load-sharp.js';
import type { PageImage, PageImageFormat } from '../image/page-image.js';
import { binarizeSauvola } from './binarize-sauvola.js';
import type { CleanedMaster, CleanPageOptions } from './clean-page.js';
import type { CleanedOcrPage } from './clean-page-for-ocr.js';
import { decodePagePixels } from './decode-page-pixels.js';
import { despeckle } from './despeckle.js';
import { findPageCrop } from './find-page-crop.js';
import { normaliseTable } from './normalise-gray.js';
import { flattenBackground } from './normalize-background.js';
import type { PageGeometry } from './page-geometry.js';
import { estimatePaperColor, estimatePaperRgb, estimatePaperRgbOfPixels } from './paper-color.js';
import { estimatePaperField, paperUnevenness } from './paper-field.js';
import { srgbLuma } from './srgb-luma.js';
import { resizeGray, upscaledSize } from './upscale-gray.js';

/**
 * The cleanup of {@link cleanPage} and {@link cleanPageForOcr}: decode once, analyse, rotate the
 * decoded pixels once (colour when a master is wanted), crop, then make the master from those
 * pixels and the OCR copy from their gray.
 *
 * @internal
 */
export async function runCleanup(
  page: PageImage,
  options: CleanPageOptions,
  withMaster: boolean,
): Promise<{ ocr: CleanedOcrPage; master: CleanedMaster | undefined }> {
  const sharp = await loadSharp();
  const rotateOption = options.rotate ?? 0;
  if (rotateOption !== 'auto' && ![0, 90, 180, 270].includes(rotateOption)) {
    throw new SohoaError<CoreErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `cleanPage: tùy chọn \`rotate\` phải là 0, 90, 180, 270 hoặc 'auto'; giá trị nhận được: ${String(rotateOption)}.`,
        en: `cleanPage: \`rotate\` must be 0, 90, 180, 270 or 'auto'; received ${String(rotateOption)}.`,
      },
      fix: {
        vi: 'Ghi một góc xoay bội số của 90°; góc nghiêng nhỏ do `deskew` chỉnh.',
        en: 'Give a quarter turn; small angles are corrected by `deskew`.',
      },
      details: { option: 'rotate', value: rotateOption },
    });
  }
  // Deep (16-bit) and CMYK masters are re-encoded from the file, keeping their depth and colours.
  const rawMaster =
    withMaster && page.bitsPerSample <= 8 && (page.colorSpace === 'srgb' || page.colorSpace === 'b-w');
  const pixels = await decodePagePixels(page, rawMaster);
  const gray = pixels.gray;
  const analysis = await analyzeDecodedPage(page, gray, options);
  const quarterTurn =
    rotateOption === 'auto'
      ? analysis.orientation.confidence >= 0.5
        ? analysis.orientation.angle
        : 0
      : rotateOption;
  // Text turned sideways has no horizontal lines to measure: measure the skew once it is upright.
  const skew =
    quarterTurn === 90 || quarterTurn === 270
      ? detectSkew(
          turnGray(downsampleGray(gray, Math.max(1, Math.round(gray.dpi / SKEW_ANALYSIS_DPI))), quarterTurn),
          {
            maxAngle: options.maxSkewAngle ?? 20,
          },
        )
      : analysis.skew;
  const deskewAngle =
    (options.deskew ?? true) &&
    skew.confidence >= 0.3 &&
    Math.abs(skew.angle) >= (options.minDeskewAngle ?? 0.5)
      ? skew.angle
      : 0;
  const rotation = quarterTurn + deskewAngle;
  const paperGray = estimatePaperColor(gray).gray;
  const paperRgb =
    rotation === 0 || !withMaster
      ? undefined
      : pixels.channels === 3
        ? estimatePaperRgbOfPixels(pixels.data, paperGray)
        : await estimatePaperRgb(page, paperGray);
  let canvasPixels = pixels.data;
  let canvas = gray;
  if (rotation !== 0) {
    const fill = pixels.channels === 3 && paperRgb ? paperRgb : { r: paperGray, g: paperGray, b: paperGray };
    let pipeline = sharp(pixels.data, {
      raw: { width: gray.width, height: gray.height, channels: pixels.channels },
    }).rotate(rotation, { background: fill });
    if (pixels.channels === 1) pipeline = pipeline.extractChannel(0);
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    canvasPixels = data;
    canvas = {
      data: pixels.channels === 3 ? srgbLuma(data, info.width * info.height) : data,
      width: info.width,
      height: info.height,
      dpi: gray.dpi,
    };
  }
  const crop = findPageCrop(
    canvas,
    { sourceWidth: gray.width, sourceHeight: gray.height, rotation },
    options.cropBorders ?? true,
  );
  const ocrSize = upscaledSize(crop.width, crop.height, gray.dpi, options.ocrDpi ?? false);
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
    ocrWidth: ocrSize.width,
    ocrHeight: ocrSize.height,
  };
  let master: CleanedMaster | undefined;
  if (withMaster) {
    const jpeg = { quality: options.jpegQuality ?? 92, optimiseCoding: options.jpegOptimizeCoding ?? false };
    master = isWhole(geometry)
      ? {
          bytes: page.bytes,
          format: page.format,
          width: page.width,
          height: page.height,
          dpi: page.dpi,
          unchanged: true,
        }
      : rawMaster
        ? await encodeMaster(
            page,
            sharp(canvasPixels, {
              raw: { width: canvas.width, height: canvas.height, channels: pixels.channels },
            }).extract(crop),
            jpeg,
          )
        : await encodeMaster(
            page,
            sharp(page.bytes, { limitInputPixels: false })
              .autoOrient()
              .rotate(rotation, { background: paperRgb ?? { r: paperGray, g: paperGray, b: paperGray } })
              .extract(crop),
            jpeg,
          );
  }
  let ocrCopy = extract(canvas, crop);
  // The contrast stretch of makeOcrCopy and the flattening, in one pass over the pixels; even
  // paper is only stretched.
  const table = (options.stretchContrast ?? true) ? await normaliseTable(ocrCopy) : undefined;
  const background =
    (options.normalizeBackground ?? true) ? measureBackground(ocrCopy, table, options) : undefined;
  if (background?.flatten) ocrCopy = flattenBackground(ocrCopy, background.paper, table);
  else if (table) ocrCopy = applyTable(ocrCopy, table);
  let specksRemoved = 0;
  if (options.despeckle ?? true) {
    const result = despeckle(ocrCopy, typeof options.despeckle === 'object' ? options.despeckle : {});
    ocrCopy = result.image;
    specksRemoved = result.removed;
  }
  ocrCopy = await resizeGray(ocrCopy, ocrSize.width, ocrSize.height, ocrSize.dpi);
  if (options.binarize) {
    ocrCopy = binarizeSauvola(ocrCopy, typeof options.binarize === 'object' ? options.binarize : {});
  }
  return {
    ocr: {
      ocrCopy,
      geometry,
      analysis,
      backgroundUnevenness: background?.unevenness,
      backgroundFlattened: background?.flatten ?? false,
      specksRemoved,
    },
    master,
  };
}

/**
 * The paper field of the OCR copy (stretched by `table` when given), how uneven it is, and
 * whether that is enough to flatten it (`minBackgroundUnevenness`).
 */
function measureBackground(image: GrayImage, table: Uint8Array | undefined, options: CleanPageOptions) {
  const paper = estimatePaperField(image, table);
  const unevenness = paperUnevenness(paper);
  return { paper, unevenness, flatten: unevenness >= (options.minBackgroundUnevenness ?? 0.1) };
}

/** A lookup table applied to every pixel, into a new image. */
function applyTable(image: GrayImage, table: Uint8Array): GrayImage {
  const out = Buffer.allocUnsafe(image.data.length);
  for (let index = 0; index < out.length; index++) out[index] = table[image.data[index] as number] as number;
  return { ...image, data: out };
}

/** Whether the geometry leaves the page as it is (no rotation, nothing cropped). */
function isWhole(geometry: PageGeometry): boolean {
  const { crop } = geometry;
  return (
    geometry.rotation === 0 &&
    crop.left === 0 &&
    crop.top === 0 &&
    crop.width === geometry.canvasWidth &&
    crop.height === geometry.canvasHeight
  );
}

/** The crop of a gray canvas; the canvas itself when the crop is whole (it is the pipeline's own). */
function extract(image: GrayImage, crop: PageGeometry['crop']): GrayImage {
  if (crop.left === 0 && crop.top === 0 && crop.width === image.width && crop.height === image.height) {
    return image;
  }
  const out = Buffer.alloc(crop.width * crop.height);
  for (let y = 0; y < crop.height; y++) {
    const from = (crop.top + y) * image.width + crop.left;
    image.data.copy(out, y * crop.width, from, from + crop.width);
  }
  return { data: out, width: crop.width, height: crop.height, dpi: image.dpi };
}

/** Encodes a master pipeline: JPEG for JPEG sources, lossless PNG for the others. */
async function encodeMaster(
  page: PageImage,
  pipeline: Sharp,
  jpeg: { quality: number; optimiseCoding: boolean },
): Promise<CleanedMaster> {
  let output = pipeline;
  const gray = page.channels <= 2;
  // 16-bit scans keep their depth in a PNG master; JPEG holds 8 bits only.
  const deep = page.bitsPerSample === 16 && page.format !== 'jpeg';
  if (deep) output = output.toColourspace(gray ? 'grey16' : 'rgb16');
  else if (gray) output = output.toColourspace('b-w');
  output = output.withDensity(page.dpi);
  const format: PageImageFormat = page.format === 'jpeg' ? 'jpeg' : 'png';
  output =
    format === 'jpeg'
      ? output.jpeg({ ...jpeg, chromaSubsampling: '4:4:4' })
      : output.png({ compressionLevel: 6 });
  const { data, info } = await output.toBuffer({ resolveWithObject: true });
  return { bytes: data, format, width: info.width, height: info.height, dpi: page.dpi, unchanged: false };
}
