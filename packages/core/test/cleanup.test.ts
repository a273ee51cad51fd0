import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findConnectedComponents } from '../src/analysis/connected-components.js';
import {
  binarizeSauvola,
  cleanPage,
  despeckle,
  detectSkew,
  loadPageImage,
  mapToSource,
} from '../src/index.js';
import { COLOR_SCANS, renderedPath, scanPath } from './scan-fixtures.js';

/** Small marks (tone marks, dots) of a binary image, as component boxes. */
function smallMarks(mask: Uint8Array, width: number, height: number) {
  const components = findConnectedComponents(mask, width, height);
  const marks: { left: number; top: number; right: number; bottom: number }[] = [];
  for (let index = 0; index < components.componentCount; index++) {
    const area = components.area[index] ?? 0;
    if (area >= 6 && area <= 120) {
      marks.push({
        left: components.left[index] ?? 0,
        top: components.top[index] ?? 0,
        right: components.right[index] ?? 0,
        bottom: components.bottom[index] ?? 0,
      });
    }
  }
  return marks;
}

describe('binarizeSauvola and despeckle', () => {
  // Known gap (issue 3): on this degraded page only about a quarter of the small marks survive
  // Sauvola with the default window; this test flips to passing once that is fixed.
  it.fails('keep the Vietnamese tone marks of a degraded real page', async () => {
    const path = renderedPath('qn_tb542_TB-UBND_20241106_p1.png');
    const clean = await sharp(path)
      .flatten({ background: '#fff' })
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const { width, height } = clean.info;
    const truth = new Uint8Array(width * height);
    for (let index = 0; index < truth.length; index++)
      truth[index] = (clean.data[index] ?? 255) < 128 ? 1 : 0;
    // Yellowed, unevenly lit and blurred: a gradient from 235 to 150 across the page.
    const degraded = Buffer.alloc(width * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const paper = 235 - (85 * x) / width;
        const ink = (clean.data[y * width + x] ?? 255) / 255;
        degraded[y * width + x] = Math.round(40 + (paper - 40) * ink);
      }
    }
    const blurred = await sharp(degraded, { raw: { width, height, channels: 1 } })
      .blur(0.8)
      .raw()
      .toBuffer();
    const gray = { data: blurred, width, height, dpi: 300 };
    const result = despeckle(binarizeSauvola(gray)).image;
    const marks = smallMarks(truth, width, height);
    expect(marks.length).toBeGreaterThan(300);
    const inkInside = (image: Uint8Array, level: number) => (mark: (typeof marks)[number]) => {
      for (let y = mark.top; y < mark.bottom; y++) {
        for (let x = mark.left; x < mark.right; x++) if ((image[y * width + x] ?? 255) < level) return true;
      }
      return false;
    };
    const kept = marks.filter(inkInside(result.data, 128));
    expect(kept.length / marks.length).toBeGreaterThan(0.97);
    // A single global threshold on the same page loses the marks on the dark side.
    const global = marks.filter(inkInside(blurred, 100));
    expect(global.length / marks.length).toBeLessThan(kept.length / marks.length);
  });

  it('removes isolated specks but not marks next to letters', () => {
    const width = 200;
    const height = 100;
    const data = Buffer.alloc(width * height, 255);
    const paint = (x0: number, y0: number, w: number, h: number) => {
      for (let y = y0; y < y0 + h; y++) data.fill(0, y * width + x0, y * width + x0 + w);
    };
    paint(20, 40, 30, 20); // a letter
    paint(30, 33, 3, 3); // its tone mark, 4 px above
    paint(150, 20, 2, 2); // dust
    const { image, removed } = despeckle({ data, width, height, dpi: 300 });
    expect(removed).toBe(1);
    expect(image.data[20 * width + 150]).toBe(255);
    expect(image.data[34 * width + 31]).toBe(0);
  });
});

describe('cleanPage', () => {
  it('passes an unskewed master through untouched', async () => {
    const straight = await sharp(scanPath('qn_ct07_CT-UBND_20180320_p1.png'))
      .png()
      .withDensity(300)
      .toBuffer();
    const page = await loadPageImage(straight);
    const cleaned = await cleanPage(page, { minDeskewAngle: 0.2 });
    expect(cleaned.master.unchanged).toBe(true);
    expect(cleaned.master.bytes).toBe(page.bytes);
    expect([cleaned.ocrCopy.width, cleaned.ocrCopy.height]).toEqual([page.width, page.height]);
  });

  it('straightens a page rotated by 6°, keeps its colour and all its content, in one geometry', async () => {
    const source = scanPath(COLOR_SCANS[1]);
    const rotated = await sharp(source)
      .rotate(6, { background: '#f4f1ea' })
      .jpeg({ quality: 90 })
      .withDensity(300)
      .toBuffer();
    const cleaned = await cleanPage(await loadPageImage(rotated));
    expect(cleaned.master.unchanged).toBe(false);
    expect([cleaned.master.width, cleaned.master.height]).toEqual([
      cleaned.ocrCopy.width,
      cleaned.ocrCopy.height,
    ]);
    const master = await sharp(cleaned.master.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(master.info.channels).toBe(3);
    const masterGray = await sharp(cleaned.master.bytes).grayscale().raw().toBuffer();
    const residual = detectSkew({
      data: masterGray,
      width: master.info.width,
      height: master.info.height,
      dpi: 300,
    });
    expect(Math.abs(residual.angle)).toBeLessThan(0.1);
    // The centre of the cleaned page maps back to the centre of the rotated source.
    const centre = mapToSource(cleaned.geometry, {
      x: cleaned.geometry.crop.width / 2 - 0.5,
      y: cleaned.geometry.crop.height / 2 - 0.5,
    });
    expect(Math.abs(centre.x - cleaned.geometry.sourceWidth / 2)).toBeLessThan(
      cleaned.geometry.sourceWidth * 0.2,
    );
  });
});
