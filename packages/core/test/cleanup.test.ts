import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findConnectedComponents } from '../src/analysis/connected-components.js';
import { grayHistogram, otsuThreshold } from '../src/analysis/otsu-threshold.js';
import {
  binarizeSauvola,
  cleanPage,
  cleanPageForOcr,
  despeckle,
  detectSkew,
  loadPageImage,
  makeOcrCopy,
  mapFromSource,
  mapToSource,
  normalizeBackground,
} from '../src/index.js';
import { COLOR_SCANS, renderedPath, scanPath } from './scan-fixtures.js';

/** Small marks of the clean page (tone marks, dots, commas): 6 to 120 pixels, as runs. */
function smallMarks(truth: Uint8Array, width: number, height: number) {
  const components = findConnectedComponents(truth, width, height);
  const markOf = new Int32Array(components.componentCount).fill(-1);
  let count = 0;
  for (let index = 0; index < components.componentCount; index++) {
    const area = components.area[index] ?? 0;
    if (area >= 6 && area <= 120) markOf[index] = count++;
  }
  return { components, markOf, count };
}

/**
 * The rendered page, degraded like an old scan: paper yellowing from 230 to 150 across the page,
 * ink fading from 80 to 120 (so on the right, ink is only 30 levels darker than paper), sensor
 * noise, optical blur and JPEG artefacts. Its ink before degradation is the ground truth.
 */
async function degradedPage() {
  const clean = await sharp(renderedPath('qn_tb542_TB-UBND_20241106_p1.png'))
    .flatten({ background: '#fff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = clean.info;
  const truth = new Uint8Array(width * height);
  const degraded = Buffer.alloc(width * height);
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    return seed / 4_294_967_296;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = y * width + x;
      const paper = 230 - (80 * x) / width;
      const ink = 80 + (40 * x) / width;
      const lightness = (clean.data[index] ?? 255) / 255;
      truth[index] = lightness < 0.5 ? 1 : 0;
      const noise = (random() + random() + random() - 1.5) * 20;
      degraded[index] = Math.max(0, Math.min(255, Math.round(ink + (paper - ink) * lightness + noise)));
    }
  }
  // sharp returns 3 channels from a blurred 1-channel raw image: keep one.
  const jpeg = await sharp(degraded, { raw: { width, height, channels: 1 } })
    .blur(1.2)
    .jpeg({ quality: 60 })
    .toBuffer();
  const data = await sharp(jpeg).extractChannel(0).raw().toBuffer();
  return { gray: { data, width, height, dpi: 300 }, truth };
}

/** Share of small marks with at least half their pixels ink, and share of ink near true ink. */
function scoreBinarization(
  image: Uint8Array,
  level: number,
  truth: Uint8Array,
  width: number,
  height: number,
) {
  const { components, markOf, count } = smallMarks(truth, width, height);
  const hit = new Float64Array(count);
  const total = new Float64Array(count);
  for (let run = 0; run < components.runCount; run++) {
    const mark = markOf[components.runComponent[run] ?? 0] ?? -1;
    if (mark < 0) continue;
    const offset = (components.runRow[run] ?? 0) * width;
    for (let x = components.runStart[run] ?? 0; x < (components.runEnd[run] ?? 0); x++) {
      total[mark] = (total[mark] ?? 0) + 1;
      if ((image[offset + x] ?? 255) < level) hit[mark] = (hit[mark] ?? 0) + 1;
    }
  }
  let kept = 0;
  for (let mark = 0; mark < count; mark++) if ((hit[mark] ?? 0) >= 0.5 * (total[mark] ?? 1)) kept++;
  // Ink within 2 pixels of true ink is right; anywhere else it is noise or dark paper.
  const rowHasInk = new Uint8Array(height);
  for (let y = 0; y < height; y++)
    rowHasInk[y] = truth.subarray(y * width, (y + 1) * width).includes(1) ? 1 : 0;
  let ink = 0;
  let near = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if ((image[y * width + x] ?? 255) >= level) continue;
      ink++;
      search: for (let dy = -2; dy <= 2; dy++) {
        const row = y + dy;
        if (row < 0 || row >= height || rowHasInk[row] === 0) continue;
        for (let dx = -2; dx <= 2; dx++) {
          const column = x + dx;
          if (column >= 0 && column < width && truth[row * width + column] === 1) {
            near++;
            break search;
          }
        }
      }
    }
  }
  return { marks: count, kept: kept / count, precision: near / ink };
}

describe('binarizeSauvola and despeckle', () => {
  it('keep the Vietnamese tone marks of a degraded real page, where a global threshold fails', async () => {
    const { gray, truth } = await degradedPage();
    const { width, height } = gray;
    const result = scoreBinarization(despeckle(binarizeSauvola(gray)).image.data, 128, truth, width, height);
    expect(result.marks).toBeGreaterThan(500);
    expect(result.kept).toBeGreaterThan(0.98);
    expect(result.precision).toBeGreaterThan(0.98);
    // One global (Otsu) threshold blackens the dark side of the page.
    const global = scoreBinarization(
      gray.data,
      otsuThreshold(grayHistogram(gray.data)),
      truth,
      width,
      height,
    );
    expect(global.precision).toBeLessThan(0.5);
    // The textbook k = 0.2 erases faded tone marks: why the default is 0.1.
    const textbook = scoreBinarization(binarizeSauvola(gray, { k: 0.2 }).data, 128, truth, width, height);
    expect(textbook.kept).toBeLessThan(0.9);
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

  it('makes its OCR copy step by step: contrast stretch, background flattening, despeckle', async () => {
    // A straight colour scan: no rotation or crop, so each step can be checked on its own.
    const page = await loadPageImage(scanPath(COLOR_SCANS[0]));
    const plain = await makeOcrCopy(page);
    const stretched = await cleanPageForOcr(page, { normalizeBackground: false, despeckle: false });
    expect(stretched.geometry.rotation).toBe(0);
    expect(stretched.ocrCopy.data.equals(plain.data)).toBe(true);
    // Its paper is even: flattened only when asked to flatten every page.
    const flattened = await cleanPageForOcr(page, { despeckle: false, minBackgroundUnevenness: 0 });
    expect(flattened.backgroundFlattened).toBe(true);
    expect(flattened.ocrCopy.data.equals(normalizeBackground(plain).data)).toBe(true);
    const untouched = await cleanPageForOcr(page, {
      stretchContrast: false,
      normalizeBackground: false,
      despeckle: false,
    });
    const gray = await sharp(page.bytes).grayscale().raw().toBuffer();
    let largest = 0;
    for (let index = 0; index < gray.length; index++) {
      largest = Math.max(
        largest,
        Math.abs((gray[index] as number) - (untouched.ocrCopy.data[index] as number)),
      );
    }
    expect(largest).toBeLessThanOrEqual(1); // sohoa's own sRGB luma, within a level of libvips'
    const defaults = await cleanPageForOcr(page);
    expect(defaults.backgroundFlattened).toBe(false);
    expect(defaults.specksRemoved).toBeGreaterThanOrEqual(0);
    expect(defaults.ocrCopy.data.equals(despeckle(stretched.ocrCopy).image.data)).toBe(true);
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

describe('cleanPage on a sheet scanned sideways', () => {
  it('measures the skew once the page is upright, for quarter turns of 90° and 270°', async () => {
    for (const scan of COLOR_SCANS) {
      const upright = detectSkew(await makeOcrCopy(await loadPageImage(scanPath(scan)))).angle;
      const tilted = await sharp(scanPath(scan)).rotate(-3, { background: '#f4f1ea' }).toBuffer();
      for (const turn of [90, 270] as const) {
        // The sheet lies sideways and 3° off: content counter-clockwise by `turn` + 3° (+ its own skew).
        const bytes = await sharp(tilted)
          .rotate(360 - turn)
          .jpeg({ quality: 90 })
          .withDensity(300)
          .toBuffer();
        const cleaned = await cleanPage(await loadPageImage(bytes), { rotate: turn });
        expect(cleaned.geometry.quarterTurn).toBe(turn);
        expect(Math.abs(cleaned.geometry.deskewAngle - (upright + 3))).toBeLessThan(0.2);
        expect(cleaned.ocrCopy.height).toBeGreaterThan(cleaned.ocrCopy.width);
      }
    }
  }, 60_000);
});

describe('cleanPage border cropping (on by default)', () => {
  /** Bounding box of the ink of a real scan (it has no border: its margins are paper). */
  async function inkBox(path: string) {
    const { data, info } = await sharp(path).grayscale().raw().toBuffer({ resolveWithObject: true });
    const threshold = otsuThreshold(grayHistogram(data));
    let left = info.width;
    let top = info.height;
    let right = 0;
    let bottom = 0;
    for (let y = 0; y < info.height; y++) {
      for (let x = 0; x < info.width; x++) {
        if ((data[y * info.width + x] ?? 255) >= threshold) continue;
        left = Math.min(left, x);
        right = Math.max(right, x + 1);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y + 1);
      }
    }
    return { width: info.width, height: info.height, left, top, right, bottom };
  }

  it('removes a black scanner border from a skewed real scan without cutting any text', async () => {
    const source = scanPath(COLOR_SCANS[0]);
    const ink = await inkBox(source);
    const extend = { top: 60, bottom: 30, left: 90, right: 50 };
    for (const turn of [-7, 3]) {
      // The sheet lies skewed on a black scanner bed: rotate it on black, then add more bed.
      const rotated = await sharp(source).rotate(turn, { background: '#141414' }).toBuffer();
      const rotatedSize = await sharp(rotated).metadata();
      const bytes = await sharp(rotated)
        .extend({ ...extend, background: '#141414' })
        .jpeg({ quality: 90 })
        .withDensity(300)
        .toBuffer();
      const cleaned = await cleanPage(await loadPageImage(bytes));
      const { geometry } = cleaned;
      // Every corner of the scan's text, carried through the synthetic rotation and border, lands
      // inside the cleaned page.
      const radians = (turn * Math.PI) / 180;
      for (const [x, y] of [
        [ink.left, ink.top],
        [ink.right, ink.top],
        [ink.left, ink.bottom],
        [ink.right, ink.bottom],
      ] as const) {
        const u = x - ink.width / 2;
        const v = y - ink.height / 2;
        const inSource = {
          x: u * Math.cos(radians) - v * Math.sin(radians) + (rotatedSize.width ?? 0) / 2 + extend.left,
          y: u * Math.sin(radians) + v * Math.cos(radians) + (rotatedSize.height ?? 0) / 2 + extend.top,
        };
        const inCleaned = mapFromSource(geometry, inSource);
        expect(inCleaned.x).toBeGreaterThan(0);
        expect(inCleaned.y).toBeGreaterThan(0);
        expect(inCleaned.x).toBeLessThan(geometry.width);
        expect(inCleaned.y).toBeLessThan(geometry.height);
      }
      // The crop is the sheet: its size within 2 %, and (almost) no black bed along its edges.
      expect(Math.abs(geometry.width / ink.width - 1)).toBeLessThan(0.02);
      expect(Math.abs(geometry.height / ink.height - 1)).toBeLessThan(0.02);
      const master = await sharp(cleaned.master.bytes).grayscale().raw().toBuffer();
      let edge = 0;
      let dark = 0;
      const band = 20;
      for (let y = 0; y < geometry.height; y++) {
        for (let x = 0; x < geometry.width; x++) {
          const onEdge = x < band || y < band || x >= geometry.width - band || y >= geometry.height - band;
          if (!onEdge) continue;
          edge++;
          if ((master[y * geometry.width + x] ?? 255) < 60) dark++;
        }
      }
      expect(dark / edge).toBeLessThan(0.005);
      expect([cleaned.ocrCopy.width, cleaned.ocrCopy.height]).toEqual([geometry.width, geometry.height]);
    }
  });

  it('leaves a skewed page without border as it is without the step', async () => {
    const rotated = await sharp(scanPath(COLOR_SCANS[2]))
      .rotate(2, { background: '#f4f1ea' })
      .jpeg({ quality: 90 })
      .withDensity(300)
      .toBuffer();
    const page = await loadPageImage(rotated);
    const cropped = await cleanPage(page);
    const plain = await cleanPage(page, { cropBorders: false });
    expect(cropped.geometry.deskewAngle).not.toBe(0);
    expect(cropped.geometry).toEqual(plain.geometry);
  });
});

describe('cleanPage upscaling of low-resolution scans', () => {
  /** Centre of the dark pixels of a grayscale image. */
  function inkCentre(data: Uint8Array, width: number) {
    let count = 0;
    let sumX = 0;
    let sumY = 0;
    for (let index = 0; index < data.length; index++) {
      if ((data[index] ?? 255) >= 100) continue;
      count++;
      sumX += index % width;
      sumY += Math.floor(index / width);
    }
    return { x: sumX / count, y: sumY / count };
  }

  it('brings the OCR copy of a 200 dpi scan to 300 dpi and maps it back through the geometry', async () => {
    // A page with black text only: the OCR copy's contrast stretch does not move its ink.
    const source = await sharp(renderedPath('qn_tb542_TB-UBND_20241106_p1.png'))
      .resize(1654)
      .rotate(2, { background: '#f4f1ea' })
      .jpeg({ quality: 90 })
      .withDensity(200)
      .toBuffer();
    const page = await loadPageImage(source);
    const cleaned = await cleanPage(page, { ocrDpi: 300 });
    const { geometry, ocrCopy } = cleaned;
    expect(ocrCopy.dpi).toBe(300);
    expect(cleaned.master.dpi).toBe(200);
    expect([cleaned.master.width, cleaned.master.height]).toEqual([geometry.width, geometry.height]);
    expect([ocrCopy.width, ocrCopy.height]).toEqual([geometry.ocrWidth, geometry.ocrHeight]);
    expect(Math.abs(geometry.ocrWidth / geometry.width - 1.5)).toBeLessThan(0.001);
    // The ink of the OCR copy, mapped back, lands on the ink of the source scan.
    const sourceGray = await sharp(source).grayscale().raw().toBuffer();
    const expected = inkCentre(sourceGray, page.width);
    const found = mapToSource(geometry, inkCentre(ocrCopy.data, ocrCopy.width), 'ocr');
    expect(Math.abs(found.x - expected.x)).toBeLessThan(2);
    expect(Math.abs(found.y - expected.y)).toBeLessThan(2);
    const back = mapFromSource(geometry, found, 'ocr');
    const centre = inkCentre(ocrCopy.data, ocrCopy.width);
    expect(Math.abs(back.x - centre.x) + Math.abs(back.y - centre.y)).toBeLessThan(1e-6);
    // By default (no upscaling), the OCR copy is the master's size.
    const plain = await cleanPageForOcr(page);
    expect([plain.ocrCopy.width, plain.ocrCopy.dpi]).toEqual([geometry.width, 200]);
  });
});
