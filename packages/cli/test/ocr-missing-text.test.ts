import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import type { OcrEngine, OcrPage, RecognizeOptions } from '@sohoa/ocr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { recognizePage } from '../src/commands/recognize-page.js';
import { runCaptured as run } from './run-captured.js';

const ttr01 = SAMPLE_PAGES.find((page) => page.name === 'ttr01') as (typeof SAMPLE_PAGES)[number];
let folder: string;
let signature: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'sohoa-ocr-missing-'));
  // The signature block of the real ttr01 scan: recipients, the signer's title and
  // name typed over the red seal (which OCR does not read).
  signature = join(folder, 'ttr01-signature.jpg');
  await writeFile(
    signature,
    await sharp(ttr01.image)
      .extract({ left: 0, top: 2450, width: 2464, height: 950 })
      .withMetadata({ density: 300 })
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('sohoa ocr: where text may be missing', () => {
  it('reads a page as digitize does, the scan in colour at hand for the second look', async () => {
    const page = await loadPageImage(signature);
    let given: RecognizeOptions | undefined;
    const engine: OcrEngine = {
      recognize: async (_image, options) => {
        given = options;
        return {
          width: page.width,
          height: page.height,
          dpi: 300,
          text: '',
          confidence: 0,
          blocks: [],
        } as OcrPage;
      },
      terminate: async () => {},
    };
    await recognizePage(engine, page);
    const colour = await given?.colour?.();
    const gray = await makeOcrCopy(page);
    expect([colour?.width, colour?.height]).toEqual([gray.width, gray.height]);
    expect(colour?.data.length).toBe(gray.width * gray.height * 3);
    // A seal's red is there to be told from ink.
    let red = 0;
    for (let at = 0; at < (colour?.data.length ?? 0); at += 3) {
      const [r, g, b] = [colour?.data[at] ?? 0, colour?.data[at + 1] ?? 0, colour?.data[at + 2] ?? 0];
      if (r > 150 && g < 100 && b < 110) red += 1;
    }
    expect(red).toBeGreaterThan(10_000);
  });

  it('keeps them in the JSON in both languages and tells them on stderr in the user language', async () => {
    const out = join(folder, 'p.json');
    const result = await run([
      'ocr',
      signature,
      '--format',
      'json',
      '--out',
      out,
      '--jobs',
      '1',
      '--messages',
      'vi',
    ]);
    expect(result.exitCode).toBe(0);
    const [page] = JSON.parse(await readFile(out, 'utf8')).pages as OcrPage[];
    const missing = page?.missingText ?? [];
    expect(missing.length).toBeGreaterThan(0);
    for (const region of missing) {
      expect(region.messages.vi).toMatch(/^có thể thiếu chữ/u);
      expect(region.messages.en).toBe(region.message);
      expect(result.stderr).toContain(
        `(trang 1): ${region.messages.vi} [${region.box.x0}, ${region.box.y0}, ${region.box.x1}, ${region.box.y1}]`,
      );
    }
    expect(result.stderr).not.toMatch(/text may be missing/u);
  });
});
