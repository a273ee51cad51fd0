import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { degradePage } from '../bench/degrade.js';
import { findConnectedComponents } from '../src/analysis/connected-components.js';
import { cleanPageForOcr, type GrayImage, loadPageImage } from '../src/index.js';
import { COLOR_SCANS, renderedPath, scanPath } from './scan-fixtures.js';

const RENDERED = renderedPath('qn_tb542_TB-UBND_20241106_p1.png');

/** Dark marks (below 160) of an OCR copy, as connected components. */
function marks(image: GrayImage) {
  const mask = new Uint8Array(image.width * image.height);
  for (let index = 0; index < mask.length; index++) mask[index] = (image.data[index] as number) < 160 ? 1 : 0;
  return findConnectedComponents(mask, image.width, image.height);
}

/** Number of marks of at most `area` pixels. */
function tinyMarks(image: GrayImage, area: number): number {
  const components = marks(image);
  let count = 0;
  for (let component = 0; component < components.componentCount; component++) {
    if ((components.area[component] ?? 0) <= area) count++;
  }
  return count;
}

/**
 * Share of the small marks of the clean render (tone marks, dots of `i` and `ạ`, commas: 6 to
 * 120 pixels) that are still at least half dark in an OCR copy of a degraded render of it.
 */
async function toneMarksKept(copy: GrayImage): Promise<number> {
  const { data, info } = await sharp(RENDERED)
    .flatten({ background: '#fff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ink = new Uint8Array(info.width * info.height);
  for (let index = 0; index < ink.length; index++) ink[index] = (data[index] as number) < 128 ? 1 : 0;
  const components = findConnectedComponents(ink, info.width, info.height);
  const dark = new Float64Array(components.componentCount);
  for (let run = 0; run < components.runCount; run++) {
    const component = components.runComponent[run] ?? 0;
    const offset = (components.runRow[run] ?? 0) * info.width;
    for (let x = components.runStart[run] ?? 0; x < (components.runEnd[run] ?? 0); x++) {
      if ((copy.data[offset + x] as number) < 160) dark[component] = (dark[component] ?? 0) + 1;
    }
  }
  let small = 0;
  let kept = 0;
  for (let component = 0; component < components.componentCount; component++) {
    const area = components.area[component] ?? 0;
    if (area < 6 || area > 120) continue;
    small++;
    if ((dark[component] ?? 0) >= area / 2) kept++;
  }
  expect(small).toBeGreaterThan(500);
  return kept / small;
}

describe('despeckle on a dusty page (dustArea, dustyDensity)', () => {
  it('removes the dust beside letters of a degraded real page and keeps its tone marks', async () => {
    const source = await loadPageImage(RENDERED);
    const page = await loadPageImage(await degradePage(source.bytes, source.dpi, 4));
    const isolatedOnly = await cleanPageForOcr(page, {
      despeckle: { dustyDensity: Number.POSITIVE_INFINITY },
    });
    const dusty = await cleanPageForOcr(page);
    expect(dusty.geometry.rotation).toBe(0);
    // Hundreds of 1–4 pixel specks sit within a millimetre of a letter: isolation alone keeps them.
    expect(tinyMarks(isolatedOnly.ocrCopy, 4)).toBeGreaterThan(300);
    expect(tinyMarks(dusty.ocrCopy, 4)).toBe(0);
    expect(dusty.specksRemoved).toBeGreaterThan(isolatedOnly.specksRemoved + 300);
    const kept = await toneMarksKept(isolatedOnly.ocrCopy);
    expect(kept).toBeGreaterThan(0.98);
    expect(await toneMarksKept(dusty.ocrCopy)).toBe(kept);
  });

  it('leaves the real scans, which are not dusty, as isolation alone does', async () => {
    for (const scan of COLOR_SCANS) {
      const page = await loadPageImage(scanPath(scan));
      const isolatedOnly = await cleanPageForOcr(page, {
        despeckle: { dustyDensity: Number.POSITIVE_INFINITY },
      });
      const defaults = await cleanPageForOcr(page);
      expect(defaults.specksRemoved).toBeLessThan(10);
      expect(defaults.ocrCopy.data.equals(isolatedOnly.ocrCopy.data)).toBe(true);
    }
  });
});
