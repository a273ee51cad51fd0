import { SohoaError } from '@sohoa/base';
import { analyzePage, type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { createOrientationDetector, type OcrOrientationDetector } from './create-orientation-detector.js';

/** A real scan turned clockwise by `turn` degrees (sharp's convention), as a 300 dpi JPEG. */
async function turnedScan(name: string, turn: number): Promise<Buffer> {
  const sample = SAMPLE_PAGES.find((page) => page.name === name);
  if (!sample) throw new Error(`fixture ${name} missing`);
  return sharp(sample.image).rotate(turn).withMetadata({ density: 300 }).jpeg({ quality: 90 }).toBuffer();
}

/** An OCR copy turned clockwise by `turn` degrees (a multiple of 90). */
async function turnedCopy(copy: GrayImage, turn: number): Promise<GrayImage> {
  const { data, info } = await sharp(copy.data, {
    raw: { width: copy.width, height: copy.height, channels: 1 },
  })
    .rotate(turn)
    .extractChannel(0) // sharp gives a 1-channel raw image back in 3 channels
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.channels).toBe(1);
  return { data, width: info.width, height: info.height, dpi: copy.dpi };
}

describe('createOrientationDetector', () => {
  let detector: OcrOrientationDetector;
  beforeAll(async () => {
    detector = await createOrientationDetector();
  });
  afterAll(async () => {
    await detector?.terminate();
  });

  // Turning the image clockwise by t leaves the content turned counter-clockwise by 360 − t:
  // core's convention, in which rotating clockwise by the angle makes the page upright.
  // The scan's OCR copy is made once and turned as it is (a quarter turn only moves its pixels);
  // analyzePage below is given turned JPEG scans.
  for (const name of ['cv299', 'qd47']) {
    it(`finds how the real scan ${name} was turned (0, 90, 180, 270)`, async () => {
      const upright = await makeOcrCopy(await loadPageImage(await turnedScan(name, 0)));
      const found: number[] = [];
      for (const turn of [0, 90, 180, 270]) {
        const image = await turnedCopy(upright, turn);
        const result = await detector(image);
        if (!result) throw new Error(`no orientation found for ${name} turned ${turn}`);
        found.push(result.angle);
        // Measured margins 12–27 at 150 dpi on the three scans.
        expect(result.margin).toBeGreaterThan(7);
        expect(result.confidence).toBeGreaterThan(0.5);
        expect(result.confidence).toBeLessThan(1);
      }
      expect(found).toEqual([0, 270, 180, 90]);
    });
  }

  it('is used by analyzePage as its orientation hook', async () => {
    const upsideDown = await loadPageImage(await turnedScan('ttr01', 180));
    const analysis = await analyzePage(upsideDown, { orientationDetector: detector });
    expect(analysis.orientation.source).toBe('detector');
    expect(analysis.orientation.angle).toBe(180);
    const onItsSide = await loadPageImage(await turnedScan('ttr01', 90));
    const side = await analyzePage(onItsSide, { orientationDetector: detector });
    expect(side.orientation).toMatchObject({ angle: 270, source: 'detector' });
  });

  it('finds nothing on a blank page, so analyzePage falls back to its heuristic', async () => {
    const blank: GrayImage = { data: Buffer.alloc(1240 * 1754, 250), width: 1240, height: 1754, dpi: 150 };
    expect(await detector(blank)).toBeUndefined();
    const png = await sharp(blank.data, { raw: { width: blank.width, height: blank.height, channels: 1 } })
      .withMetadata({ density: 150 })
      .png()
      .toBuffer();
    const analysis = await analyzePage(await loadPageImage(png), { orientationDetector: detector });
    expect(analysis.orientation.source).toBe('heuristic');
    expect(analysis.blank).toBe(true);
  });
});

describe('missing orientation data', () => {
  it('fails with OCR_LANGUAGE_DATA_MISSING naming the package', async () => {
    const error = await createOrientationDetector({ dataPath: '/nonexistent/osd' }).catch((e: unknown) => e);
    expect(SohoaError.isInstance(error)).toBe(true);
    expect((error as SohoaError).code).toBe('OCR_LANGUAGE_DATA_MISSING');
    expect((error as SohoaError).message).toContain('osd');
    expect((error as SohoaError).fix).toContain('npm install @tesseract.js-data/osd');
  });

  it('rejects a bad timeout with OPTION_INVALID', async () => {
    const error = await createOrientationDetector({ timeoutMs: 0 }).catch((e: unknown) => e);
    expect((error as SohoaError).code).toBe('OPTION_INVALID');
  });
});
