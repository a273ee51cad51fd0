import type { PixelBox } from '../result/ocr-result.js';

/** A rectangle in PDF points (1/72 inch), origin at the bottom-left corner of the page as in PDF. */
export interface PointBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Converts a pixel box (top-left origin) to PDF points (bottom-left origin) on a page of the
 * given height and resolution, rounded to 0.01 pt.
 *
 * @example
 * ```ts
 * import { toPdfPoints } from '@sohoa/ocr';
 *
 * toPdfPoints({ x0: 300, y0: 0, x1: 600, y1: 300 }, { height: 3508, dpi: 300 });
 * // { x0: 72, y0: 769.92, x1: 144, y1: 841.92 }
 * ```
 */
export function toPdfPoints(box: PixelBox, page: { height: number; dpi: number }): PointBox {
  const scale = 72 / page.dpi;
  const round = (value: number) => Math.round(value * scale * 100) / 100;
  return {
    x0: round(box.x0),
    y0: round(page.height - box.y1),
    x1: round(box.x1),
    y1: round(page.height - box.y0),
  };
}
