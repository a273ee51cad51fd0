import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigitizedDocumentRecord, DigitizeEvent } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';
import { bandDossier, headerBand } from './digitize-fixtures.js';

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
  });
});
