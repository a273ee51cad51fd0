import { PDFArray, PDFName, PDFNumber, type PDFPage } from 'pdf-lib';
import type { PageGeometry } from '../writer/draw-text-layer.js';

/** A PDF transformation matrix `[a b c d e f]`. */
export type Matrix = [number, number, number, number, number, number];

/** Where a text layer given in page pixels goes on an existing page. */
export interface PagePlacement {
  /** The geometry `drawTextLayer` draws with (points, y up, from the pixels' top-left corner). */
  geometry: PageGeometry;
  /** The `cm` matrix that maps that drawing onto the page's user space. */
  matrix: Matrix;
}

/**
 * How a text layer whose boxes are in page pixels at `dpi`, on the page as displayed (`/Rotate`
 * applied, the origin at the top-left of the visible area), is placed on an existing page: the
 * pixel grid is the one pdf.js renders the page on (`page.getViewport({ scale: dpi / 72 })`, as
 * `openScannedPdf` and `readTextLayer` do), over the page's crop box clipped to its media box.
 *
 * @example
 * ```ts
 * const { geometry, matrix } = pagePlacement(document.getPage(0), 300);
 * const content = `q ${matrix.join(' ')} cm\n${drawTextLayer(text, 'F0', geometry, highBytes)}\nQ`;
 * ```
 */
export function pagePlacement(page: PDFPage, dpi: number): PagePlacement {
  const view = viewBox(page);
  const rotation = ((((page.getRotation().angle ?? 0) % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  const viewport = viewportTransform(view, rotation, dpi / 72);
  const scale = 72 / dpi;
  const heightPoints = rotation % 180 === 0 ? view[3] - view[1] : view[2] - view[0];
  // drawing space → pixels: x / scale, (heightPoints − y) / scale; then pixels → user space
  const toPixels: Matrix = [1 / scale, 0, 0, -1 / scale, 0, heightPoints / scale];
  return { geometry: { scale, heightPoints }, matrix: multiply(toPixels, invert(viewport)) };
}

/** The crop box clipped to the media box, as pdf.js takes a page's visible area. */
function viewBox(page: PDFPage): [number, number, number, number] {
  const media = normalise(boxOf(page, 'MediaBox') ?? [0, 0, 612, 792]);
  const crop = boxOf(page, 'CropBox');
  if (!crop) return media;
  const [x0, y0, x1, y1] = normalise(crop);
  const clipped: [number, number, number, number] = [
    Math.max(x0, media[0]),
    Math.max(y0, media[1]),
    Math.min(x1, media[2]),
    Math.min(y1, media[3]),
  ];
  return clipped[2] > clipped[0] && clipped[3] > clipped[1] ? clipped : media;
}

/** A page's box (inherited or its own), or `undefined` when absent or malformed. */
function boxOf(page: PDFPage, key: string): [number, number, number, number] | undefined {
  const { context } = page.node;
  const array = context.lookup(page.node.getInheritableAttribute(PDFName.of(key)));
  if (!(array instanceof PDFArray) || array.size() !== 4) return undefined;
  const numbers = array.asArray().map((item) => {
    const value = context.lookup(item);
    return value instanceof PDFNumber ? value.asNumber() : Number.NaN;
  });
  return numbers.every(Number.isFinite) ? (numbers as [number, number, number, number]) : undefined;
}

function normalise([x0, y0, x1, y1]: [number, number, number, number]): [number, number, number, number] {
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** pdf.js's `PageViewport` transform (user space → pixels, y down) for `view`, `rotation` and `scale`. */
function viewportTransform(
  view: [number, number, number, number],
  rotation: 0 | 90 | 180 | 270,
  scale: number,
): Matrix {
  const centerX = (view[2] + view[0]) / 2;
  const centerY = (view[3] + view[1]) / 2;
  const rotations: Record<typeof rotation, [number, number, number, number]> = {
    0: [1, 0, 0, -1],
    90: [0, 1, 1, 0],
    180: [-1, 0, 0, 1],
    270: [0, -1, -1, 0],
  };
  const [a, b, c, d] = rotations[rotation];
  const offsetX = a === 0 ? Math.abs(centerY - view[1]) * scale : Math.abs(centerX - view[0]) * scale;
  const offsetY = a === 0 ? Math.abs(centerX - view[0]) * scale : Math.abs(centerY - view[1]) * scale;
  return [
    a * scale,
    b * scale,
    c * scale,
    d * scale,
    offsetX - a * scale * centerX - c * scale * centerY,
    offsetY - b * scale * centerX - d * scale * centerY,
  ];
}

/** `left` then `right` (PDF's row-vector convention: a point goes through `left` first). */
export function multiply(left: Matrix, right: Matrix): Matrix {
  const [a, b, c, d, e, f] = left;
  const [A, B, C, D, E, F] = right;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const determinant = a * d - b * c;
  return [
    d / determinant,
    -b / determinant,
    -c / determinant,
    a / determinant,
    (c * f - d * e) / determinant,
    (b * e - a * f) / determinant,
  ];
}
