import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { runCaptured } from './run-captured.js';

const run = runCaptured;

const scan = (SAMPLE_PAGES[2] as (typeof SAMPLE_PAGES)[number]).image;

describe('sohoa analyze', () => {
  let folder: string;
  let bilevel: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-analyze-'));
    bilevel = join(folder, 'bilevel-150dpi.png');
    // The real scan, thresholded to 1 bit and stored at 150 dpi: it breaks two rules of Art. 8.
    await sharp(scan)
      .resize({ width: 1230 })
      .threshold(160)
      .toColourspace('b-w')
      .withDensity(150)
      .png({ palette: false })
      .toFile(bilevel);
  });

  it('prints one JSON object per image and exits 0 when every page complies', async () => {
    const result = await run(['analyze', '--json', scan]);
    expect(result.exitCode).toBe(0);
    expect(result.lines).toHaveLength(1);
    const analysis = JSON.parse(result.lines[0] as string);
    expect(analysis).toMatchObject({
      file: scan,
      width: 2461,
      height: 3508,
      dpi: 300,
      orientation: 0,
      blank: false,
      violations: [],
    });
    expect(Math.abs(analysis.skewAngle)).toBeLessThan(1);
  });

  it('lists each broken rule and exits 1', async () => {
    const result = await run(['analyze', '--json', scan, bilevel]);
    expect(result.exitCode).toBe(1);
    const second = JSON.parse(result.lines[1] as string);
    expect(second.violations.map((violation: { code: string }) => violation.code).sort()).toEqual([
      'COLOR_DEPTH_TOO_LOW',
      'RESOLUTION_TOO_LOW',
    ]);
    for (const violation of second.violations) expect(violation.rule).toContain('Thông tư 05/2025/TT-BNV');
    // As lines, in the user's language alone.
    const vi = await run(['analyze', bilevel], {});
    expect(vi.stdout).toContain(
      'vi phạm Thông tư 05/2025/TT-BNV, Điều 8: tài liệu giấy được số hóa ở chế độ màu',
    );
    expect(vi.stdout).toContain('Bản quét là ảnh xám, 8 bit mỗi điểm ảnh.');
    expect(vi.stdout).not.toMatch(/violation|The scan is|are digitized/u);
    const en = await run(['analyze', bilevel]);
    expect(en.stdout).toContain('The scan is grayscale with 8 bits per pixel.');
    expect(en.stdout).not.toMatch(/vi phạm|Bản quét|Điều 8/u);
  });

  it('reports an unreadable image with its error code and goes on with the others', async () => {
    const result = await run(['analyze', '--json', join(folder, 'missing.jpg'), scan]);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.lines[0] as string).error.code).toBe('INPUT_NOT_FOUND');
    expect(JSON.parse(result.lines[1] as string).width).toBe(2461);
  });
});

describe('sohoa clean', () => {
  it('writes the colour master and a grayscale OCR copy of the same geometry', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-clean-'));
    const master = join(folder, 'master.jpg');
    const ocrCopy = join(folder, 'ocr.png');
    const result = await run(['clean', scan, '--out', master, '--ocr-copy', ocrCopy]);
    expect(result.exitCode).toBe(0);
    const masterInfo = await sharp(master).metadata();
    const copyInfo = await sharp(ocrCopy).metadata();
    expect(masterInfo.channels).toBe(3);
    expect(copyInfo.channels).toBe(1);
    expect([copyInfo.width, copyInfo.height]).toEqual([masterInfo.width, masterInfo.height]);
    expect(copyInfo.density).toBe(300);
  });

  it('re-encodes a turned master with optimised Huffman tables: same pixels, fewer bytes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-clean-'));
    const plain = join(folder, 'plain.jpg');
    const optimised = join(folder, 'optimised.jpg');
    expect((await run(['clean', scan, '--rotate', '90', '--out', plain])).exitCode).toBe(0);
    expect(
      (await run(['clean', scan, '--rotate', '90', '--jpeg-optimize-coding', '--out', optimised])).exitCode,
    ).toBe(0);
    const [plainBytes, optimisedBytes] = [await readFile(plain), await readFile(optimised)];
    expect(optimisedBytes.length).toBeLessThan(plainBytes.length * 0.99);
    expect(
      (await sharp(optimisedBytes).raw().toBuffer()).equals(await sharp(plainBytes).raw().toBuffer()),
    ).toBe(true);
  });

  it('leaves the contrast of the OCR copy alone with --no-stretch-contrast', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-clean-'));
    // A faded scan: ink no darker than about 100.
    const faded = join(folder, 'faded.jpg');
    await sharp(scan).linear(0.6, 100).jpeg({ quality: 92 }).withDensity(300).toFile(faded);
    const copies = [join(folder, 'stretched.png'), join(folder, 'as-scanned.png')];
    const steps = ['--no-normalize-background', '--no-despeckle'];
    await run(['clean', faded, '--out', join(folder, 'm1.jpg'), '--ocr-copy', copies[0] as string, ...steps]);
    await run([
      'clean',
      faded,
      '--out',
      join(folder, 'm2.jpg'),
      '--ocr-copy',
      copies[1] as string,
      ...steps,
      '--no-stretch-contrast',
    ]);
    const [stretched, asScanned] = await Promise.all(copies.map((copy) => sharp(copy).stats()));
    expect(asScanned?.channels[0]?.min).toBeGreaterThanOrEqual(80);
    expect(stretched?.channels[0]?.min).toBeLessThan(20);
  });
});
