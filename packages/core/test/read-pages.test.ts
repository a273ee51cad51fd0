import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanPage, type PageImage, readPages, readTiffPage, SohoaError } from '../src/index.js';
import { COLOR_SCANS, scanPath } from './scan-fixtures.js';

/** The three real colour scans, reduced to 600 × 855 so the TIFF stays small. */
async function scanPages(): Promise<Buffer[]> {
  return Promise.all(
    COLOR_SCANS.map((name) => sharp(scanPath(name)).resize(600, 855, { fit: 'fill' }).png().toBuffer()),
  );
}

async function collect(pages: AsyncIterable<PageImage>): Promise<PageImage[]> {
  const all: PageImage[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

describe('readPages', () => {
  let folder: string;
  let tiffPath: string;
  let frames: Buffer[];
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-pages-'));
    frames = await scanPages();
    tiffPath = join(folder, 'dossier.tif');
    await sharp(frames, { join: { animated: true } })
      .tiff({ compression: 'deflate' })
      .withDensity(300)
      .toFile(tiffPath);
  });

  it('yields each page of a multi-page TIFF in turn, with its own pixels and resolution', async () => {
    const pages = await collect(readPages(tiffPath));
    expect(pages.map((page) => page.source)).toEqual([1, 2, 3].map((index) => `${tiffPath}#${index}`));
    for (const [index, page] of pages.entries()) {
      expect(page).toMatchObject({ format: 'tiff', width: 600, height: 855, dpi: 300, dpiSource: 'file' });
      const pixels = await sharp(page.bytes).removeAlpha().raw().toBuffer();
      const expected = await sharp(frames[index]).removeAlpha().raw().toBuffer();
      expect(pixels.equals(expected)).toBe(true);
    }
  });

  it('reads the same pages from bytes and from a stream', async () => {
    const fromFile = await collect(readPages(tiffPath));
    const fromBytes = await collect(readPages(await readFile(tiffPath)));
    const fromStream = await collect(readPages(createReadStream(tiffPath)));
    for (const [index, page] of fromBytes.entries())
      expect(page.bytes.equals(fromFile[index]?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(fromStream.map((page) => page.source)).toEqual(['<buffer>#1', '<buffer>#2', '<buffer>#3']);
    for (const [index, page] of fromStream.entries())
      expect(page.bytes.equals(fromFile[index]?.bytes ?? Buffer.alloc(0))).toBe(true);
  });

  it('spools a stream to a temporary file, removed when the reading ends or stops early', async () => {
    const spools = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith('sohoa-stream-')).sort();
    const before = await spools();
    const pages = readPages(createReadStream(tiffPath))[Symbol.asyncIterator]();
    expect((await pages.next()).value?.source).toBe('<buffer>#1');
    expect((await spools()).length).toBe(before.length + 1);
    await pages.return();
    expect(await spools()).toEqual(before);
    await collect(readPages(createReadStream(tiffPath)));
    expect(await spools()).toEqual(before);
  });

  it('reads a page only when the reader asks for it', async () => {
    const copy = join(folder, 'lazy.tif');
    await writeFile(copy, await readFile(tiffPath));
    const pages = readPages(copy)[Symbol.asyncIterator]();
    expect((await pages.next()).value?.source).toBe(`${copy}#1`);
    // The file goes away after the first page: the second one was not read in advance.
    await unlink(copy);
    const error = await pages.next().catch((caught: unknown) => caught);
    expect(SohoaError.isInstance(error) && error.details?.page).toBe(2);
  });

  it('keeps the original bytes of a single-page image', async () => {
    const path = scanPath(COLOR_SCANS[0]);
    const pages = await collect(readPages(path));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.bytes.equals(await readFile(path))).toBe(true);
    expect(pages[0]?.source).toBe(path);
  });

  it('keeps bilevel pages 1-bit', async () => {
    const bilevel = await Promise.all(
      frames.map((frame) => sharp(frame).threshold(128).toColourspace('b-w').png().toBuffer()),
    );
    const path = join(folder, 'bilevel.tif');
    await sharp(bilevel, { join: { animated: true } })
      .extractChannel(0)
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1 })
      .withDensity(200)
      .toFile(path);
    const pages = await collect(readPages(path));
    expect(pages.map((page) => [page.bitsPerSample, page.dpi])).toEqual([
      [1, 200],
      [1, 200],
      [1, 200],
    ]);
  });

  it('reports truncated multi-page TIFFs as damaged, at once or when the page is decoded', async () => {
    const bytes = await readFile(tiffPath);
    const codeOf = async (cut: number) => {
      const error = await (async () => {
        for await (const page of readPages(bytes.subarray(0, Math.floor(bytes.length * cut)))) {
          await cleanPage(page);
        }
      })().catch((caught: unknown) => caught);
      return SohoaError.isInstance(error) ? [error.code, error.details?.page] : error;
    };
    // Cut in the first page's pixels: no page directory can be read.
    expect(await codeOf(0.3)).toEqual(['IMAGE_CORRUPT', undefined]);
    // Cut before the last directory: libtiff sees fewer pages, whose pixels then fail.
    expect(await codeOf(0.6)).toEqual(['IMAGE_CORRUPT', undefined]);
    expect(await codeOf(0.9)).toEqual(['IMAGE_CORRUPT', 1]);
  });

  it('gives a missing file and a page over the pixel limit their codes', async () => {
    const missing = await collect(readPages(join(folder, 'missing.tif'))).catch((caught: unknown) => caught);
    expect((missing as SohoaError).code).toBe('INPUT_NOT_FOUND');
    const large = await collect(readPages(tiffPath, { maxPixels: 100_000 })).catch(
      (caught: unknown) => caught,
    );
    expect((large as SohoaError).code).toBe('IMAGE_TOO_LARGE');
    expect((large as SohoaError).details).toMatchObject({ page: 1, pages: 3 });
  });

  it('reads one page of a TIFF on its own (readTiffPage), the same page readPages yields', async () => {
    const [, second] = await collect(readPages(tiffPath));
    const alone = await readTiffPage(tiffPath, 2);
    expect(alone.source).toBe(`${tiffPath}#2`);
    expect(alone.bytes.equals(second?.bytes ?? Buffer.alloc(0))).toBe(true);
    const fromBytes = await readTiffPage(await readFile(tiffPath), 3, { source: 'scan.tif', dpi: 200 });
    expect(fromBytes).toMatchObject({ source: 'scan.tif#3', dpi: 200, dpiSource: 'override' });
    const beyond = await readTiffPage(tiffPath, 4).catch((caught: unknown) => caught);
    expect(beyond).toMatchObject({ code: 'IMAGE_CORRUPT', details: { page: 4, pages: 3 } });
  });
});
