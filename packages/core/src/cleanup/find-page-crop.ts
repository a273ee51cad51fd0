import { findBorderMask } from '../analysis/border-mask.js';
import { downsampleGray } from '../analysis/downsample-gray.js';
import { otsuThreshold } from '../analysis/otsu-threshold.js';
import type { GrayImage } from '../image/gray-image.js';

/** A rectangle of the rotated canvas, in canvas pixels. @internal */
export interface CropRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How the canvas was made from the source page. @internal */
export interface CanvasFrame {
  /** Width of the source page (upright per EXIF), in pixels. */
  sourceWidth: number;
  /** Height of the source page, in pixels. */
  sourceHeight: number;
  /** Clockwise rotation that turned the source into the canvas, in degrees. */
  rotation: number;
}

/** Resolution the crop is searched at, in dots per inch. */
const CROP_ANALYSIS_DPI = 75;

/**
 * Chooses the part of a rotated (deskewed) canvas to keep, working entirely in the canvas's own
 * geometry, on a 75 dpi copy:
 *
 * - without `cropBorders`, the source's own size, centred;
 * - with it, when the page has a dark scanner border, the largest upright rectangle free of
 *   border: the canvas's corners outside the rotated source count as border, the border mask is
 *   grown from them and from the edges, and each side of the rectangle moves inwards while more
 *   than 1 % of it lies on border;
 * - in both cases the rectangle then grows to hold every mark of the page that is not border,
 *   so content is never cut.
 *
 * @internal
 */
export function findPageCrop(canvas: GrayImage, frame: CanvasFrame, cropBorders: boolean): CropRectangle {
  const factor = Math.max(1, Math.round(canvas.dpi / CROP_ANALYSIS_DPI));
  const small = downsampleGray(canvas, factor);
  const { width, height } = small;
  const outside = markOutsideFrame(small, factor, canvas, frame);
  const blackened = Buffer.from(small.data);
  for (let index = 0; index < outside.length; index++) if (outside[index] !== 0) blackened[index] = 0;
  const mask = findBorderMask({ ...small, data: blackened });
  let frameArea = 0;
  let borderInFrame = 0;
  for (let index = 0; index < mask.length; index++) {
    if (outside[index] !== 0) continue;
    frameArea++;
    if (mask[index] !== 0) borderInFrame++;
  }
  const hasBorder = cropBorders && borderInFrame > frameArea * 0.002;
  // The window to keep, in canvas pixels: [left, right) × [top, bottom).
  let window: { left: number; top: number; right: number; bottom: number };
  if (hasBorder) {
    const inner = inscribedRectangle(mask, width, height, 0.01);
    window = {
      left: inner.left * factor,
      top: inner.top * factor,
      right: inner.right >= width ? canvas.width : inner.right * factor,
      bottom: inner.bottom >= height ? canvas.height : inner.bottom * factor,
    };
  } else {
    const turned = Math.abs(canvas.width - frame.sourceHeight) < Math.abs(canvas.width - frame.sourceWidth);
    const keptWidth = Math.min(canvas.width, turned ? frame.sourceHeight : frame.sourceWidth);
    const keptHeight = Math.min(canvas.height, turned ? frame.sourceWidth : frame.sourceHeight);
    const left = Math.floor((canvas.width - keptWidth) / 2);
    const top = Math.floor((canvas.height - keptHeight) / 2);
    window = { left, top, right: left + keptWidth, bottom: top + keptHeight };
  }
  const content = contentBox(small, mask);
  if (content) {
    window.left = Math.max(0, Math.min(window.left, (content.left - 1) * factor));
    window.top = Math.max(0, Math.min(window.top, (content.top - 1) * factor));
    window.right = Math.min(canvas.width, Math.max(window.right, (content.right + 1) * factor));
    window.bottom = Math.min(canvas.height, Math.max(window.bottom, (content.bottom + 1) * factor));
  }
  return {
    left: window.left,
    top: window.top,
    width: window.right - window.left,
    height: window.bottom - window.top,
  };
}

/**
 * Marks the pixels of the small copy that lie outside the rotated source, or within one pixel of
 * its edge (where the rotation blends the fill in).
 */
function markOutsideFrame(
  small: GrayImage,
  factor: number,
  canvas: GrayImage,
  frame: CanvasFrame,
): Uint8Array {
  const outside = new Uint8Array(small.width * small.height);
  const radians = (frame.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const inset = factor;
  for (let y = 0; y < small.height; y++) {
    const v = (y + 0.5) * factor - canvas.height / 2;
    for (let x = 0; x < small.width; x++) {
      const u = (x + 0.5) * factor - canvas.width / 2;
      // Inverse of a clockwise rotation (y grows downwards), as in `mapToSource`.
      const sourceX = u * cos + v * sin + frame.sourceWidth / 2;
      const sourceY = -u * sin + v * cos + frame.sourceHeight / 2;
      if (
        sourceX < inset ||
        sourceY < inset ||
        sourceX > frame.sourceWidth - inset ||
        sourceY > frame.sourceHeight - inset
      ) {
        outside[y * small.width + x] = 1;
      }
    }
  }
  return outside;
}

/**
 * The largest upright rectangle (greedily) whose sides each lie on border for at most
 * `tolerance` of their length: starting from the whole image, the side most on border moves
 * one pixel inwards until none exceeds the tolerance. After deskewing, the paper is an upright
 * rectangle, which this finds exactly. Sides that moved are pulled in one more pixel, past the
 * blurred edge of the paper.
 */
function inscribedRectangle(
  mask: Uint8Array,
  width: number,
  height: number,
  tolerance: number,
): { left: number; top: number; right: number; bottom: number } {
  // Integral image of the mask: sums over any rectangle in O(1).
  const stride = width + 1;
  const sums = new Int32Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    for (let x = 0; x < width; x++) {
      rowSum += mask[y * width + x] !== 0 ? 1 : 0;
      sums[(y + 1) * stride + x + 1] = (sums[y * stride + x + 1] ?? 0) + rowSum;
    }
  }
  const count = (x0: number, y0: number, x1: number, y1: number): number =>
    (sums[y1 * stride + x1] ?? 0) -
    (sums[y0 * stride + x1] ?? 0) -
    (sums[y1 * stride + x0] ?? 0) +
    (sums[y0 * stride + x0] ?? 0);
  let left = 0;
  let top = 0;
  let right = width;
  let bottom = height;
  while (right - left > 2 && bottom - top > 2) {
    const spanX = right - left;
    const spanY = bottom - top;
    const sides = [
      count(left, top, right, top + 1) / spanX,
      count(left, bottom - 1, right, bottom) / spanX,
      count(left, top, left + 1, bottom) / spanY,
      count(right - 1, top, right, bottom) / spanY,
    ];
    let worst = 0;
    for (let side = 1; side < 4; side++) if ((sides[side] ?? 0) > (sides[worst] ?? 0)) worst = side;
    if ((sides[worst] ?? 0) <= tolerance) break;
    if (worst === 0) top++;
    else if (worst === 1) bottom--;
    else if (worst === 2) left++;
    else right--;
  }
  return {
    left: left > 0 ? left + 1 : 0,
    top: top > 0 ? top + 1 : 0,
    right: right < width ? right - 1 : width,
    bottom: bottom < height ? bottom - 1 : height,
  };
}

/**
 * The bounding box of the page's marks (pixels darker than Otsu's threshold of the non-border
 * pixels) that are more than two pixels from the border, whose blurred edge is not content.
 */
function contentBox(
  small: GrayImage,
  mask: Uint8Array,
): { left: number; top: number; right: number; bottom: number } | undefined {
  const { data, width, height } = small;
  const histogram = new Uint32Array(256);
  for (let index = 0; index < data.length; index++) {
    if (mask[index] !== 0) continue;
    const level = data[index] ?? 0;
    histogram[level] = (histogram[level] ?? 0) + 1;
  }
  const threshold = otsuThreshold(histogram);
  const near = dilate(mask, width, height, 2);
  let left = width;
  let top = height;
  let right = 0;
  let bottom = 0;
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      if ((data[offset + x] ?? 255) >= threshold || near[offset + x] !== 0) continue;
      if (x < left) left = x;
      if (x + 1 > right) right = x + 1;
      if (y < top) top = y;
      if (y + 1 > bottom) bottom = y + 1;
    }
  }
  return right > left ? { left, top, right, bottom } : undefined;
}

/** The mask grown by `radius` pixels (a square neighbourhood); the image edge counts as set. */
function dilate(mask: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const rows = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      let set = x < radius || x >= width - radius ? 1 : 0;
      for (let dx = -radius; dx <= radius && set === 0; dx++) if (mask[offset + x + dx] !== 0) set = 1;
      rows[offset + x] = set;
    }
  }
  const out = new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let set = y < radius || y >= height - radius ? 1 : 0;
      for (let dy = -radius; dy <= radius && set === 0; dy++) if (rows[(y + dy) * width + x] !== 0) set = 1;
      out[y * width + x] = set;
    }
  }
  return out;
}
