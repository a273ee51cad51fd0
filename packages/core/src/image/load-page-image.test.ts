import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { loadPageImage } from './load-page-image.js';
import { makeOcrCopy } from './make-ocr-copy.js';

const scan = (SAMPLE_PAGES[0] as (typeof SAMPLE_PAGES)[number]).image;

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return SohoaError.isInstance(error) ? error.code : `not a SohoaError: ${String(error)}`;
}

describe('loadPageImage', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-load-'));
  });

  it('reads a real scan: format, size, resolution from the file, and keeps the bytes untouched', async () => {
    const page = await loadPageImage(scan);
    expect(page).toMatchObject({ format: 'jpeg', width: 2464, height: 3508, dpi: 300, dpiSource: 'file' });
    expect(page.channels).toBe(3);
    expect(page.bitsPerSample).toBe(8);
    expect(page.bytes.equals(await readFile(scan))).toBe(true);
  });

  it('uses the resolution override when given', async () => {
    const page = await loadPageImage(scan, { dpi: 200 });
    expect(page.dpi).toBe(200);
    expect(page.dpiSource).toBe('override');
  });

  it('reports a PNG without a resolution, and accepts it with an override', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await codeOf(loadPageImage(png))).toBe('IMAGE_RESOLUTION_MISSING');
    expect((await loadPageImage(png, { dpi: 300 })).width).toBe(40);
  });

  it('gives each kind of bad input its own code', async () => {
    const garbage = join(folder, 'garbage.jpg');
    await writeFile(garbage, 'this is not an image at all');
    const empty = join(folder, 'empty.jpg');
    await writeFile(empty, '');
    expect(await codeOf(loadPageImage(join(folder, 'missing.jpg')))).toBe('INPUT_NOT_FOUND');
    expect(await codeOf(loadPageImage(folder))).toBe('INPUT_UNREADABLE');
    expect(await codeOf(loadPageImage(garbage))).toBe('IMAGE_UNSUPPORTED_FORMAT');
    expect(await codeOf(loadPageImage(empty))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(loadPageImage(scan, { maxPixels: 1_000_000 }))).toBe('IMAGE_TOO_LARGE');
  });

  it('finds a truncated scan with verify: "full", and otherwise when the pixels are decoded', async () => {
    const bytes = await readFile(scan);
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    const page = await loadPageImage(truncated);
    expect(page.width).toBe(2464);
    expect(await codeOf(makeOcrCopy(page))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(loadPageImage(truncated, { verify: 'full' }))).toBe('IMAGE_CORRUPT');
  });

  it('says what was wrong, where, and how to fix it', async () => {
    const error = await loadPageImage(join(folder, 'missing.jpg')).catch((caught: unknown) => caught);
    expect(SohoaError.isInstance(error)).toBe(true);
    const sohoaError = error as SohoaError;
    expect(sohoaError.message).toContain('missing.jpg');
    expect(sohoaError.fix).toBeTruthy();
    expect(sohoaError.message).toContain(`Fix: ${sohoaError.fix}`);
    expect((sohoaError.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect(sohoaError.describe('vi')).toBe(
      `Không tìm thấy ảnh "${join(folder, 'missing.jpg')}". Cách khắc phục: Kiểm tra lại đường dẫn và thư mục hiện hành.`,
    );
  });
});

describe('makeOcrCopy', () => {
  it('keeps the geometry of the page and stretches the contrast to the full range', async () => {
    const page = await loadPageImage(scan);
    const gray = await makeOcrCopy(page);
    expect([gray.width, gray.height, gray.dpi]).toEqual([page.width, page.height, page.dpi]);
    expect(gray.data.length).toBe(page.width * page.height);
    let min = 255;
    let max = 0;
    for (const value of gray.data) {
      if (value < min) min = value;
      if (value > max) max = value;
    }
    expect(min).toBeLessThan(10);
    expect(max).toBeGreaterThan(245);
  });
});
