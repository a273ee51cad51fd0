/**
 * The one geometry shared by the archival master and the OCR copy of a cleaned page: the page
 * (upright per EXIF) was rotated clockwise by {@link PageGeometry.rotation} degrees about its
 * centre onto a canvas of `canvasWidth × canvasHeight` (libvips expands the canvas to hold the
 * whole rotated page), then the {@link PageGeometry.crop} rectangle was kept: that is the
 * master. The OCR copy is the same picture, scaled to `ocrWidth × ocrHeight` when a low-resolution
 * scan was upscaled for OCR (otherwise the same size). {@link mapToSource} and
 * {@link mapFromSource} take points of either between the cleaned page and the original scan.
 */
export interface PageGeometry {
  /** Width of the source page, in pixels. */
  sourceWidth: number;
  /** Height of the source page, in pixels. */
  sourceHeight: number;
  /** Quarter turns undone (the content's counter-clockwise orientation): 0, 90, 180 or 270. */
  quarterTurn: number;
  /** Skew undone, in degrees (content counter-clockwise; the image was turned clockwise by it). */
  deskewAngle: number;
  /** Total clockwise rotation applied, in degrees: `quarterTurn + deskewAngle`. */
  rotation: number;
  /** Width of the rotated canvas, in pixels. */
  canvasWidth: number;
  /** Height of the rotated canvas, in pixels. */
  canvasHeight: number;
  /** The part of the rotated canvas kept, in canvas pixels. */
  crop: { left: number; top: number; width: number; height: number };
  /** Width of the cleaned page (the master), in pixels. */
  width: number;
  /** Height of the cleaned page (the master), in pixels. */
  height: number;
  /** Width of the OCR copy, in pixels: `width`, or more when it was upscaled. */
  ocrWidth: number;
  /** Height of the OCR copy, in pixels: `height`, or more when it was upscaled. */
  ocrHeight: number;
}

/** Which image of a cleaned page a point is in: the master, or the (possibly upscaled) OCR copy. */
export type CleanedImage = 'master' | 'ocr';

/**
 * Maps a point of the cleaned page back to the source scan, for example to show an OCR word box
 * on the original image. Points of the OCR copy need `'ocr'` as `image` when it may have been
 * upscaled (pages scanned below 300 dpi).
 *
 * @example
 * ```ts
 * import { cleanPage, loadPageImage, mapToSource } from '@sohoa/core';
 *
 * const cleaned = await cleanPage(await loadPageImage('p1.jpg'));
 * const { x, y } = mapToSource(cleaned.geometry, { x: 120, y: 340 }, 'ocr');
 * ```
 */
export function mapToSource(
  geometry: PageGeometry,
  point: { x: number; y: number },
  image: CleanedImage = 'master',
): { x: number; y: number } {
  const radians = (geometry.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const scaleX = image === 'ocr' ? geometry.width / geometry.ocrWidth : 1;
  const scaleY = image === 'ocr' ? geometry.height / geometry.ocrHeight : 1;
  const u = point.x * scaleX + geometry.crop.left - geometry.canvasWidth / 2;
  const v = point.y * scaleY + geometry.crop.top - geometry.canvasHeight / 2;
  // Inverse of a clockwise rotation (y grows downwards).
  return {
    x: u * cos + v * sin + geometry.sourceWidth / 2,
    y: -u * sin + v * cos + geometry.sourceHeight / 2,
  };
}

/**
 * Maps a point of the source scan to the cleaned page (the master, or with `'ocr'` the OCR
 * copy): the inverse of {@link mapToSource}, for example to place a region marked on the
 * original scan onto the cleaned page. The result may fall outside the cleaned page when the
 * point was cropped away.
 *
 * @example
 * ```ts
 * import { cleanPage, loadPageImage, mapFromSource } from '@sohoa/core';
 *
 * const cleaned = await cleanPage(await loadPageImage('p1.jpg'), { cropBorders: true });
 * const { x, y } = mapFromSource(cleaned.geometry, { x: 300, y: 420 });
 * const kept = x >= 0 && y >= 0 && x < cleaned.geometry.width && y < cleaned.geometry.height;
 * ```
 */
export function mapFromSource(
  geometry: PageGeometry,
  point: { x: number; y: number },
  image: CleanedImage = 'master',
): { x: number; y: number } {
  const radians = (geometry.rotation * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const u = point.x - geometry.sourceWidth / 2;
  const v = point.y - geometry.sourceHeight / 2;
  const scaleX = image === 'ocr' ? geometry.ocrWidth / geometry.width : 1;
  const scaleY = image === 'ocr' ? geometry.ocrHeight / geometry.height : 1;
  // A clockwise rotation (y grows downwards).
  return {
    x: (u * cos - v * sin + geometry.canvasWidth / 2 - geometry.crop.left) * scaleX,
    y: (u * sin + v * cos + geometry.canvasHeight / 2 - geometry.crop.top) * scaleY,
  };
}
