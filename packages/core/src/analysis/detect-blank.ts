import type { GrayImage } from '../image/gray-image.js';
import { findConnectedComponents } from './connected-components.js';
import { grayHistogram, histogramPercentile, otsuThreshold } from './otsu-threshold.js';

/**
 * Share of a page covered by marks: pixels clearly darker than the paper (by at least 50 levels
 * and below Otsu's threshold), in connected marks of at least `minMarkArea` pixels (dust and
 * paper fibres are smaller), outside the border mask and a 3 % margin.
 *
 * @internal
 */
export function measureInkCoverage(reduced: GrayImage, border: Uint8Array, minMarkArea: number): number {
  const { data, width, height } = reduced;
  const histogram = grayHistogram(data);
  const paper = histogramPercentile(histogram, 0.9);
  const level = Math.min(otsuThreshold(histogram), paper - 50);
  const marginX = Math.round(width * 0.03);
  const marginY = Math.round(height * 0.03);
  const mask = new Uint8Array(width * height);
  let inner = 0;
  for (let y = marginY; y < height - marginY; y++) {
    for (let x = marginX; x < width - marginX; x++) {
      const index = y * width + x;
      if (border[index] !== 0) continue;
      inner++;
      if ((data[index] ?? 255) < level) mask[index] = 1;
    }
  }
  if (inner === 0) return 0;
  const components = findConnectedComponents(mask, width, height);
  let marked = 0;
  for (let component = 0; component < components.componentCount; component++) {
    const area = components.area[component] ?? 0;
    if (area >= minMarkArea) marked += area;
  }
  return marked / inner;
}
