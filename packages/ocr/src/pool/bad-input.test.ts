import { SohoaError } from '@sohoa/base';
import { type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { createOcrPool, type OcrPool } from './create-ocr-pool.js';

/** A gray image drawn pixel by pixel. */
function draw(
  width: number,
  height: number,
  dpi: number,
  shade: (x: number, y: number) => number,
): GrayImage {
  const data = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = shade(x, y);
  return { data, width, height, dpi };
}

/** Lines of text rendered black on white at 300 dpi (about 10 pt), with librsvg through sharp. */
async function render(width: number, height: number, lines: string[]): Promise<GrayImage> {
  const text = lines
    .map(
      (line, i) => `<text x="40" y="${80 + i * 64}" font-family="DejaVu Serif" font-size="42">${line}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${text}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, dpi: 300 };
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return SohoaError.isInstance(error) ? error.code : `not a SohoaError: ${String(error)}`;
}

describe('bad input', () => {
  let pool: OcrPool;
  beforeAll(async () => {
    pool = await createOcrPool({ size: 1, timeoutMs: 60_000 });
  });
  afterAll(async () => {
    await pool?.terminate();
  });

  it('gives empty text and confidence 0 for a blank page, a ruled page without text, noise and a photo-like gradient', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pages = {
      blank: draw(1240, 1754, 150, () => 248),
      noise: draw(800, 800, 300, () => Math.floor(random() * 256)),
      // A ruled form with no writing: page-wide lines every 60 pixels and four columns.
      ruled: draw(1240, 1754, 150, (x, y) => (y % 60 < 2 || x % 300 < 2 ? 30 : 245)),
      gradient: draw(1000, 800, 300, (x, y) => Math.floor(((x + y) / 1800) * 255)),
    };
    for (const [name, image] of Object.entries(pages)) {
      const page = await pool.recognize(image);
      expect({ name, text: page.text, confidence: page.confidence, blocks: page.blocks.length }).toEqual({
        name,
        text: '',
        confidence: 0,
        blocks: 0,
      });
    }
  });

  it('reads an upside-down real scan as low-confidence garbage, unlike the same lines upright', async () => {
    const sample = SAMPLE_PAGES.find((page) => page.name === 'qd47');
    if (!sample) throw new Error('fixture missing');
    const scan = await makeOcrCopy(await loadPageImage(sample.image));
    // Rows 600–1500 of the 300 dpi scan: the title "QUYẾT ĐỊNH" and the subject lines.
    const rows = Buffer.from(scan.data.subarray(600 * scan.width, 1500 * scan.width));
    const upright = await pool.recognize({ data: rows, width: scan.width, height: 900, dpi: 300 });
    const upsideDown = await pool.recognize({
      data: Buffer.from(rows).reverse(),
      width: scan.width,
      height: 900,
      dpi: 300,
    });
    expect(upright.text).toContain('QUYẾT ĐỊNH');
    // Measured 79 upright, 37 upside down.
    expect(upright.confidence).toBeGreaterThan(65);
    expect(upsideDown.confidence).toBeLessThan(50);
    expect(upsideDown.text).not.toContain('QUYẾT');
  });

  it('reads a 10,000-pixel-wide line of Vietnamese in one piece', async () => {
    const line =
      'Ủy ban nhân dân tỉnh Quảng Ngãi quyết định công bố danh mục thủ tục hành chính mới ban hành trong lĩnh vực văn thư lưu trữ';
    const image = await render(10_000, 300, [line]);
    expect(image.width).toBe(10_000);
    const page = await pool.recognize(image);
    expect(page.text.trim()).toBe(line);
    expect(page.confidence).toBeGreaterThan(85);
  });

  it('reads text in another script (Russian) with a low confidence, and refuses an unknown language', async () => {
    const vietnamese = await pool.recognize(
      await render(1600, 300, [
        'Ủy ban nhân dân tỉnh Quảng Ngãi quyết định',
        'về việc công bố danh mục thủ tục',
      ]),
    );
    const russian = await pool.recognize(
      await render(1600, 300, ['Постановление правительства о порядке', 'хранения архивных документов']),
    );
    // Measured 96 and 36.
    expect(vietnamese.confidence).toBeGreaterThan(85);
    expect(russian.confidence).toBeLessThan(60);
    expect(russian.text).not.toMatch(/[а-яА-Я]/);
    expect(await codeOf(createOcrPool({ language: 'eng' as never }))).toBe('OPTION_INVALID');
  });

  it('refuses a page above maxPixels, an empty page and mismatched pixels at once, and goes on', async () => {
    // 20,000 × 8,000 = 160 million pixels, above the default limit of 150 million.
    const huge: GrayImage = {
      data: Buffer.alloc(20_000 * 8_000, 255),
      width: 20_000,
      height: 8_000,
      dpi: 300,
    };
    expect(await codeOf(pool.recognize(huge))).toBe('IMAGE_TOO_LARGE');
    expect(await codeOf(pool.recognize({ data: Buffer.alloc(0), width: 0, height: 100, dpi: 300 }))).toBe(
      'IMAGE_CORRUPT',
    );
    expect(await codeOf(pool.recognize({ data: Buffer.alloc(10), width: 100, height: 100, dpi: 300 }))).toBe(
      'IMAGE_CORRUPT',
    );
    const tiny = await pool.recognize(draw(1, 1, 300, () => 0));
    expect(tiny.text).toBe('');
    expect(pool.stats()).toMatchObject({ crashes: 0, timeouts: 0 });
  });
});
