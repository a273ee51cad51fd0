import { readFile } from 'node:fs/promises';
import { characterErrorRate, type GrayImage, loadPageImage } from '@sohoa/core';
import {
  createOcrEngine,
  createOrientationDetector,
  type OcrEngine,
  type OcrOrientationDetector,
} from '@sohoa/ocr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { cleanAndRead, startedWhenAsked } from '../src/pipeline/clean-and-read.js';

// The sample quyết định: the page whose 90° turn `analyzePage`'s heuristic cannot tell (it finds it
// upright with confidence 0.24, so the detector is consulted).
const page = SAMPLE_PAGES.find((sample) => sample.name === 'qd47') as (typeof SAMPLE_PAGES)[number];

async function turned(degreesCounterClockwise: number) {
  const bytes = await sharp(await readFile(page.image))
    .rotate((360 - degreesCounterClockwise) % 360)
    .withMetadata({ density: 300 })
    .jpeg({ quality: 90 })
    .toBuffer();
  return loadPageImage(bytes);
}

describe('cleanAndRead with an orientation detector', () => {
  let engine: OcrEngine;
  let detector: OcrOrientationDetector;
  beforeAll(async () => {
    [engine, detector] = await Promise.all([
      createOcrEngine({ language: 'vie' }),
      createOrientationDetector(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([engine?.terminate(), detector?.terminate()]);
  });

  it('never asks the detector about an upright page, so digitize starts none', async () => {
    const calls: GrayImage[] = [];
    const counting = (image: GrayImage) => {
      calls.push(image);
      return detector(image);
    };
    // As digitize gives it: started when first asked (here: the counting detector handed over).
    let starts = 0;
    const started = startedWhenAsked(async () => {
      starts++;
      return counting;
    });
    const read = await cleanAndRead(await turned(0), undefined, {}, engine, started);
    expect(starts).toBe(0);
    expect(calls).toHaveLength(0);
    expect(read.quarterTurn).toBe(0);
    expect(read.ocr.confidence).toBeGreaterThan(85);
  });

  it('takes a second look at a page read sideways and reads it upright', async () => {
    // The detector has no answer the first time (as when its margin is below `minMargin`): cleanup
    // leaves the page sideways, its OCR lines stand on end, and the second look turns it.
    let calls = 0;
    const unsureFirst = (image: GrayImage) => (calls++ === 0 ? undefined : detector(image));
    let starts = 0;
    const started = startedWhenAsked(async () => {
      starts++;
      return unsureFirst;
    });
    const read = await cleanAndRead(await turned(90), undefined, {}, engine, started);
    expect(starts).toBe(1);
    expect(calls).toBe(2);
    expect(read.quarterTurn).toBe(90);
    expect(read.ocr.confidence).toBeGreaterThan(85);
    expect(characterErrorRate(read.ocr.text, page.groundTruth)).toBeLessThan(0.08);
  });

  it('leaves an explicit cleanup.rotate alone', async () => {
    let calls = 0;
    const counting = (image: GrayImage) => {
      calls++;
      return detector(image);
    };
    const read = await cleanAndRead(
      await turned(90),
      undefined,
      { cleanup: { rotate: 0 } },
      engine,
      counting,
    );
    expect(calls).toBe(0);
    expect(read.quarterTurn).toBe(0);
    expect(read.ocr.confidence).toBeLessThan(60);
  });
});
