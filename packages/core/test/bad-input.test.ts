import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { declaredPng } from '../../../fixtures/declared-png.js';
import { analyzePage, cleanPage, encodeForPdf, loadPageImage, SohoaError } from '../src/index.js';
import { COLOR_SCANS, scanPath } from './scan-fixtures.js';

const scan = scanPath(COLOR_SCANS[0]);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return SohoaError.isInstance(error) ? error.code : `not a SohoaError: ${String(error)}`;
}

/**
 * A real scan at half size (an A5 sheet at 300 dpi, to keep the tests fast) turned by 3°, so
 * cleanPage has to re-encode its master.
 */
const skewed = () => sharp(scan).resize(1230).rotate(3, { background: '#fff' });

describe('bad input: each case a SohoaError or a documented behaviour, never a crash', () => {
  it('corrupt, truncated and zero-size images are IMAGE_CORRUPT', async () => {
    const jpegStartThenGarbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]);
    expect(await codeOf(loadPageImage(jpegStartThenGarbage))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(loadPageImage(declaredPng(0, 100)))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(loadPageImage(Buffer.alloc(0)))).toBe('IMAGE_CORRUPT');
    // A header without pixels passes the header check; analysis and cleanup then report it.
    const hollow = await loadPageImage(declaredPng(40, 30), { dpi: 300 });
    expect(await codeOf(analyzePage(hollow))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(cleanPage(hollow))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(loadPageImage(declaredPng(40, 30), { dpi: 300, verify: 'full' }))).toBe(
      'IMAGE_CORRUPT',
    );
  });

  it('absurd dimensions are refused from the header, before any pixel is decoded', async () => {
    expect(await codeOf(loadPageImage(declaredPng(200_000, 200_000), { dpi: 300 }))).toBe('IMAGE_TOO_LARGE');
    expect(await codeOf(loadPageImage(declaredPng(60_000, 60_000), { dpi: 300 }))).toBe('IMAGE_TOO_LARGE');
  });

  it('GIF, SVG and PDF files are IMAGE_UNSUPPORTED_FORMAT', async () => {
    const gif = await sharp(scan).resize(100).gif().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    for (const bytes of [gif, svg, pdf])
      expect(await codeOf(loadPageImage(bytes))).toBe('IMAGE_UNSUPPORTED_FORMAT');
  });

  it('a 1-bit scan is analysed as bilevel (breaking the colour rule) and its rotated master is 8-bit gray', async () => {
    const bytes = await skewed()
      .threshold(128)
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1 })
      .withDensity(300)
      .toBuffer();
    const page = await loadPageImage(bytes);
    const analysis = await analyzePage(page);
    expect(analysis.color).toMatchObject({ mode: 'bilevel', bitsPerPixel: 1 });
    expect(analysis.violations.map((violation) => violation.code)).toContain('COLOR_DEPTH_TOO_LOW');
    const cleaned = await cleanPage(page);
    // The scan's own skew (−0.3°) plus the 3° turn.
    expect(Math.abs(cleaned.geometry.deskewAngle + 3.3)).toBeLessThan(0.1);
    const master = await sharp(cleaned.master.bytes).metadata();
    expect([cleaned.master.format, master.space, master.channels, master.bitsPerSample]).toEqual([
      'png',
      'b-w',
      1,
      8,
    ]);
  });

  it('a 16-bit scan keeps 16 bits in its master; its OCR copy is 8-bit', async () => {
    const bytes = await skewed().toColourspace('rgb16').png().withDensity(300).toBuffer();
    const page = await loadPageImage(bytes);
    expect((await analyzePage(page)).color).toMatchObject({ mode: 'color', bitsPerPixel: 48 });
    const cleaned = await cleanPage(page);
    const master = await sharp(cleaned.master.bytes).metadata();
    expect([master.space, master.depth]).toEqual(['rgb16', 'ushort']);
    expect(cleaned.ocrCopy.data.length).toBe(cleaned.ocrCopy.width * cleaned.ocrCopy.height);
  });

  it('a CMYK JPEG is analysed as 32-bit colour and cleaned into an sRGB master', async () => {
    const bytes = await skewed().toColourspace('cmyk').jpeg().withDensity(300).toBuffer();
    const page = await loadPageImage(bytes);
    expect([page.colorSpace, page.channels]).toEqual(['cmyk', 4]);
    expect((await analyzePage(page)).color).toMatchObject({ mode: 'color', bitsPerPixel: 32 });
    const cleaned = await cleanPage(page);
    const master = await sharp(cleaned.master.bytes).metadata();
    expect([cleaned.master.format, master.space, master.channels]).toEqual(['jpeg', 'srgb', 3]);
  });

  it('a CMYK JPEG is embedded as sRGB, with the same size and resolution; an sRGB JPEG passes through', async () => {
    const cmyk = await sharp(scan).resize(800).toColourspace('cmyk').jpeg().withDensity(300).toBuffer();
    const ready = await encodeForPdf(await loadPageImage(cmyk));
    const embedded = await sharp(ready.bytes).metadata();
    expect([ready.format, embedded.space, embedded.channels]).toEqual(['jpeg', 'srgb', 3]);
    expect([ready.width, ready.height, ready.dpi]).toEqual([embedded.width, embedded.height, 300]);
    const rgb = await sharp(scan).resize(800).jpeg().withDensity(300).toBuffer();
    expect((await encodeForPdf(await loadPageImage(rgb))).bytes.equals(rgb)).toBe(true);
  });

  it('an image without resolution needs the dpi option; transparency is white paper', async () => {
    const { data, info } = await sharp(scan)
      .resize(600)
      .ensureAlpha(0)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const transparent = await sharp(data, { raw: info }).png().toBuffer();
    expect(await codeOf(loadPageImage(transparent))).toBe('IMAGE_RESOLUTION_MISSING');
    const page = await loadPageImage(transparent, { dpi: 300 });
    expect((await analyzePage(page)).blank).toBe(true);
    const cleaned = await cleanPage(page);
    expect(cleaned.ocrCopy.data.every((value) => value === 255)).toBe(true);
  });
});
