import type { NotText } from './letter-marks.js';

/** A page in colour: 8-bit sRGB, 3 bytes a pixel, row by row. */
export interface RgbImage {
  /** `width × height × 3` bytes. */
  data: Uint8Array;
  width: number;
  height: number;
}

/** How much green (0–255) ink must take from the paper to count as seal ink. */
const MIN_GREEN_DROP = 24;

/**
 * Whether a pixel is seal or stamp-pad red on its paper: the ink takes green and blue from the
 * paper and leaves its red (green at least 2.5 times and blue 1.5 times what red loses). It holds
 * for saturated crimson and scarlet seals and for their faded pink edges on white or yellowed
 * paper; black and brown ribbon, violet and blue carbon, blue ballpoint and water stains take red
 * too, and are out.
 *
 * @param paper the paper's colour around the pixel. @default white
 *
 * @example
 * ```ts
 * isSealRed(205, 45, 60); // true
 * isSealRed(105, 60, 160); // false: violet carbon
 * isSealRed(225, 169, 147, [236, 224, 186]); // true: a faint seal edge on yellowed paper
 * ```
 */
export function isSealRed(
  r: number,
  g: number,
  b: number,
  paper: readonly [number, number, number] = [255, 255, 255],
): boolean {
  const red = Math.max(4, paper[0] - r);
  const green = paper[1] - g;
  return green >= MIN_GREEN_DROP && green >= 2.5 * red && paper[2] - b >= 1.5 * red;
}

/**
 * The seal-red ink of a colour page as a {@link NotText} test in the pixels of a gray image of
 * `width × height` (the page's OCR copy; the colour page may have another size, it is scaled).
 * The paper's colour is the page's: the median of its brightest quarter of pixels.
 *
 * @example
 * ```ts
 * const notText = sealInk(colourPage, ocrCopy.width, ocrCopy.height);
 * notText(1800, 2900); // true on the seal's ring
 * ```
 */
export function sealInk(colour: RgbImage, width: number, height: number): NotText {
  const sx = colour.width / width;
  const sy = colour.height / height;
  const paper = paperColour(colour);
  return (x, y) => {
    const cx = Math.min(colour.width - 1, Math.floor(x * sx));
    const cy = Math.min(colour.height - 1, Math.floor(y * sy));
    const at = (cy * colour.width + cx) * 3;
    return isSealRed(
      colour.data[at] as number,
      colour.data[at + 1] as number,
      colour.data[at + 2] as number,
      paper,
    );
  };
}

/** The median colour of the brightest quarter of a sample of the page's pixels. */
function paperColour({ data, width, height }: RgbImage): [number, number, number] {
  const step = Math.max(1, Math.floor((width * height) / 40_000));
  const samples: [number, number, number, number][] = [];
  for (let at = 0; at < width * height; at += step) {
    const [r, g, b] = [data[at * 3] as number, data[at * 3 + 1] as number, data[at * 3 + 2] as number];
    samples.push([r + g + b, r, g, b]);
  }
  samples.sort((p, q) => q[0] - p[0]);
  const bright = samples.slice(0, Math.max(1, Math.floor(samples.length / 4)));
  const median = (channel: 1 | 2 | 3) =>
    bright.map((sample) => sample[channel]).sort((p, q) => p - q)[Math.floor(bright.length / 2)] as number;
  return [median(1), median(2), median(3)];
}
