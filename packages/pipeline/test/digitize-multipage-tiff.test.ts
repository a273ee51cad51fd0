import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIETNAM_TIME_PATTERN } from '@sohoa/base';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandDossier, headerBand } from '../../../fixtures/digitize-fixtures.js';
import type { DigitizedDocumentRecord, DigitizeEvent } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

const FILE_CODE = '000.00.00.H00.2025.32';

async function events(run: AsyncIterable<DigitizeEvent>): Promise<DigitizeEvent[]> {
  const all: DigitizeEvent[] = [];
  for await (const event of run) all.push(event);
  return all;
}

describe('digitize on a dossier scanned as one multi-page TIFF', () => {
  let dossier: string;
  let out: string;
  let run: DigitizeEvent[];

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-tiff-'));
    dossier = join(folder, 'dossier');
    // The sample metadata, three header bands of real scans as the three pages of one TIFF, and
    // two documents: the tờ trình (1 page), then a document of 2 pages.
    await bandDossier(dossier, FILE_CODE, [0, 1, 2]);
    const frames = await Promise.all([0, 1, 2].map((index) => headerBand(index)));
    await sharp(frames, { join: { animated: true } })
      .greyscale()
      .tiff({ compression: 'deflate' })
      .withDensity(300)
      .toFile(join(dossier, 'ho-so.tif'));
    const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
    const [first, second] = metadata.documents;
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({
        dossier: { ...metadata.dossier, totalDoc: 2 },
        pages: ['ho-so.tif'],
        documents: [first, { ...second, numberOfPage: 2 }],
      }),
    );
    out = join(folder, 'out');
    run = await events(digitize({ inputs: [dossier], out, jobs: 2, packageType: 'none' }));
  });

  it('splits the pages of the TIFF into the documents by their page counts', async () => {
    expect(run.filter((event) => event.type === 'document-failed')).toEqual([]);
    const records: DigitizedDocumentRecord[] = [];
    for (const ordinal of [1, 2]) {
      records.push(JSON.parse(await readFile(join(out, FILE_CODE, `${FILE_CODE}.${ordinal}.json`), 'utf8')));
      const pdf = await PDFDocument.load(await readFile(join(out, FILE_CODE, `${FILE_CODE}.${ordinal}.pdf`)));
      expect(pdf.getPageCount()).toBe(ordinal);
    }
    expect(records.map((record) => record.pages.map((page) => page.source))).toEqual([
      ['ho-so.tif#1'],
      ['ho-so.tif#2', 'ho-so.tif#3'],
    ]);
    // Each page is its own page of the TIFF, read in order.
    expect(records[0]?.pages[0]?.text).toMatch(/TỜ TRÌNH/);
    expect(records[1]?.pages[0]?.text).toMatch(/UBND-TTHC/);
    expect(records[1]?.pages[1]?.text).toMatch(/QUYẾT ĐỊNH/);
    expect(records[1]?.pages.map((page) => [page.width, page.dpi])).toEqual([
      [2400, 300],
      [2400, 300],
    ]);
  });

  it('checks every page of the TIFF in a dry run', async () => {
    const checked = await events(digitize({ inputs: [dossier], out: join(out, 'dry'), dryRun: true }));
    expect(
      checked.flatMap((event) => (event.type === 'page-checked' ? [[event.ordinal, event.source]] : [])),
    ).toEqual([
      [1, 'ho-so.tif#1'],
      [2, 'ho-so.tif#2'],
      [2, 'ho-so.tif#3'],
    ]);
    // The outputs' date is shown as everywhere else: Vietnam time, +07:00 (issue #17).
    const plan = checked.find((event) => event.type === 'plan');
    expect(plan?.type === 'plan' && plan.createdAt).toMatch(VIETNAM_TIME_PATTERN);
  });
});

/**
 * Overwrites the middle of the image data of page `page` (from 1) of a TIFF with bytes that no
 * Deflate stream can hold, leaving its page directory intact: libtiff finds the page and fails
 * to decode it, as with a scan damaged on disk.
 */
function corruptTiffPage(tiff: Buffer, page: number): Buffer {
  const damaged = Buffer.from(tiff);
  const little = damaged.toString('latin1', 0, 2) === 'II';
  const u16 = (offset: number) => (little ? damaged.readUInt16LE(offset) : damaged.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? damaged.readUInt32LE(offset) : damaged.readUInt32BE(offset));
  let ifd = u32(4);
  for (let index = 1; index < page; index++) ifd = u32(ifd + 2 + u16(ifd) * 12);
  const entries = u16(ifd);
  const field = (tag: number) => {
    for (let entry = 0; entry < entries; entry++) {
      const at = ifd + 2 + entry * 12;
      if (u16(at) !== tag) continue;
      const count = u32(at + 4);
      const type = u16(at + 2);
      const size = type === 3 ? 2 : 4;
      const valuesAt = count * size <= 4 ? at + 8 : u32(at + 8);
      return Array.from({ length: count }, (_, i) =>
        size === 2 ? u16(valuesAt + i * 2) : u32(valuesAt + i * 4),
      );
    }
    throw new Error(`tag ${tag} missing`);
  };
  const offsets = field(273);
  const counts = field(279);
  for (const [strip, offset] of offsets.entries()) {
    const length = counts[strip] ?? 0;
    damaged.fill(0xa5, offset + 2, offset + length);
  }
  return damaged;
}

describe('digitize on a multi-page TIFF with a damaged page', () => {
  let out: string;
  let run: DigitizeEvent[];

  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-tiff-bad-'));
    const dossier = join(folder, 'dossier');
    // Three header bands of real scans as the three pages of one TIFF, the second one damaged;
    // three documents of one page each.
    await bandDossier(dossier, FILE_CODE, [0, 1, 2]);
    const frames = await Promise.all([0, 1, 2].map((index) => headerBand(index)));
    const tiff = await sharp(frames, { join: { animated: true } })
      .greyscale()
      .tiff({ compression: 'deflate' })
      .withDensity(300)
      .toBuffer();
    await writeFile(join(dossier, 'ho-so.tif'), corruptTiffPage(tiff, 2));
    const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
    await writeFile(
      join(dossier, 'dossier.json'),
      JSON.stringify({ dossier: metadata.dossier, pages: ['ho-so.tif'], documents: metadata.documents }),
    );
    out = join(folder, 'out');
    run = await events(digitize({ inputs: [dossier], out, jobs: 2, packageType: 'none' }));
  });

  it('fails the document of the damaged page alone, with the page named', async () => {
    const failed = run.flatMap((event) => (event.type === 'document-failed' ? [event] : []));
    expect(failed.map((event) => [event.ordinal, event.code])).toEqual([[2, 'IMAGE_CORRUPT']]);
    expect(failed[0]?.message).toMatch(/page 2 of 3 of ".*ho-so\.tif"/);
    const done = run.flatMap((event) => (event.type === 'document-done' ? [event.ordinal] : []));
    expect(done.sort()).toEqual([1, 3]);
  });

  it('reads the pages before and after the damaged one', async () => {
    const third: DigitizedDocumentRecord = JSON.parse(
      await readFile(join(out, FILE_CODE, `${FILE_CODE}.3.json`), 'utf8'),
    );
    expect(third.pages.map((page) => page.source)).toEqual(['ho-so.tif#3']);
    expect(third.pages[0]?.text).toMatch(/QUYẾT ĐỊNH/);
    const first: DigitizedDocumentRecord = JSON.parse(
      await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
    );
    expect(first.pages[0]?.text).toMatch(/TỜ TRÌNH/);
  });

  it('fails the damaged page alone in a dry run too', async () => {
    const checked = await events(
      digitize({ inputs: [join(out, '..', 'dossier')], out: join(out, 'dry'), dryRun: true }),
    );
    expect(
      checked.flatMap((event) => (event.type === 'document-failed' ? [[event.ordinal, event.code]] : [])),
    ).toEqual([[2, 'IMAGE_CORRUPT']]);
    expect(checked.filter((event) => event.type === 'page-checked')).toHaveLength(2);
  });
});
