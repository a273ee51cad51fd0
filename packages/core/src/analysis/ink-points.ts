import type { GrayImage } from '../image/gray-image.js';
import type { InkPoints } from './skew-search.js';

/**
 * The lower edges of ink: pixels darker than `threshold` whose neighbour below is not, outside
 * the border mask and a thin margin. Lower edges trace the baselines of text and the rules of
 * tables, the features that line up with the page; using them instead of every ink pixel keeps
 * bold headings, stamps and photos from swamping the profile.
 *
 * @internal
 */
export function collectInkEdges(image: GrayImage, threshold: number, border: Uint8Array): InkPoints {
  const { data, width, height } = image;
  const margin = Math.round(Math.min(width, height) * 0.01);
  let capacity = 65_536;
  let xs = new Float32Array(capacity);
  let ys = new Float32Array(capacity);
  let count = 0;
  // Points sit on the pixel grid, which makes the profile artificially sharp at exactly 0°
  // (every point of a row falls in one bin). A fixed pseudo-random sub-pixel jitter removes
  // that bias towards 0° while keeping results reproducible.
  let seed = 0x9e3779b9;
  for (let y = margin; y < height - margin - 1; y++) {
    const row = y * width;
    for (let x = margin; x < width - margin; x++) {
      const index = row + x;
      if ((data[index] ?? 255) >= threshold || border[index] !== 0) continue;
      const below = index + width;
      if ((data[below] ?? 255) < threshold && border[below] === 0) continue;
      if (count === capacity) {
        capacity *= 2;
        const largerXs = new Float32Array(capacity);
        largerXs.set(xs);
        xs = largerXs;
        const largerYs = new Float32Array(capacity);
        largerYs.set(ys);
        ys = largerYs;
      }
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      xs[count] = x;
      ys[count] = y + seed / 4_294_967_296 - 0.5;
      count++;
    }
  }
  return { xs, ys, count, width, height };
}
