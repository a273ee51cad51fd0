import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeCcittG4, type PdfAPage, writePdfA } from '@sohoa/pdfa';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { bandDossier, headerBand } from '../../../fixtures/digitize-fixtures.js';
import type { DigitizedDocumentRecord, DigitizeOptions } from '../src/index.js';
import { digitize } from '../src/pipeline/digitize.js';

const FILE_CODE = '000.00.00.H00.2025.31';

/** The image XObjects of a PDF: their filter and their stored (still encoded) bytes. */
async function imageStreams(pdf: Uint8Array): Promise<{ filter: string; bytes: Buffer }[]> {
  const document = await PDFDocument.load(pdf);
  return document.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter(
      (object): object is PDFRawStream =>
        object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    )
    .map((stream) => ({
      filter: String(stream.dict.get(PDFName.of('Filter'))),
      bytes: Buffer.from(stream.getContents()),
    }));
}

/** A header band of a real scan thresholded to 1 bit and CCITT G4-encoded, as fax-mode scanners store pages. */
async function ccittBand(index: number): Promise<PdfAPage['image']> {
  const { data, info } = await sharp(await headerBand(index))
    .greyscale()
    .threshold(150)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rowBytes = Math.ceil(info.width / 8);
  const packed = new Uint8Array(rowBytes * info.height).fill(0xff);
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if ((data[y * info.width + x] as number) < 128) {
        const at = y * rowBytes + (x >> 3);
        packed[at] = (packed[at] as number) & ~(0x80 >> (x & 7));
      }
    }
  }
  const bytes = encodeCcittG4({ data: packed, width: info.width, height: info.height });
  return { bytes, format: 'ccitt', width: info.width, height: info.height, dpi: 300, k: -1 };
}

/** The header band of sample page `index` as a scanned PDF's JPEG page. */
async function jpegBand(index: number): Promise<PdfAPage> {
  return { image: { bytes: await headerBand(index), format: 'jpeg', width: 2400, height: 950, dpi: 300 } };
}

/**
 * A dossier folder of the header bands `indexes` (see `bandDossier`) whose pages are one scanned
 * PDF, `scan.pdf`, of `pages`; returns the PDF.
 */
async function scannedDossier(
  dossier: string,
  indexes: readonly number[],
  pages: PdfAPage[],
): Promise<Uint8Array> {
  await bandDossier(dossier, FILE_CODE, indexes);
  const pdf = await writePdfA(pages, { title: 'scan', createdAt: new Date('2025-01-20T08:00:00+07:00') });
  await writeFile(join(dossier, 'scan.pdf'), pdf);
  const metadata = JSON.parse(await readFile(join(dossier, 'dossier.json'), 'utf8'));
  await writeFile(join(dossier, 'dossier.json'), JSON.stringify({ ...metadata, pages: ['scan.pdf'] }));
  return pdf;
}

async function run(options: DigitizeOptions): Promise<void> {
  for await (const event of digitize(options)) {
    if (event.type === 'document-failed') throw new Error(`${event.code}: ${event.message}`);
  }
}

describe('digitize passes the image streams of scanned PDF pages through unchanged', () => {
  let folder: string;
  let scanned: { filter: string; bytes: Buffer }[];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-pass-through-'));
    // The scanner's PDF: page 1 a JPEG, page 2 CCITT G4, each one image filling its page.
    scanned = await imageStreams(
      await scannedDossier(
        join(folder, 'dossier'),
        [0, 2],
        [await jpegBand(0), { image: await ccittBand(2) }],
      ),
    );
  });

  it('writes the JPEG and the CCITT data of the scan into the PDF/A byte for byte when cleanup keeps the pages whole', async () => {
    expect(scanned.map((stream) => stream.filter)).toEqual(['/DCTDecode', '/CCITTFaxDecode']);
    const out = join(folder, 'out-whole');
    // Cleanup on, but nothing that moves pixels: the masters come back unchanged.
    await run({
      inputs: [join(folder, 'dossier')],
      out,
      jobs: 2,
      packageType: 'none',
      cleanup: { deskew: false, cropBorders: false },
    });
    for (const [index, expected] of scanned.entries()) {
      const [written] = await imageStreams(
        await readFile(join(out, FILE_CODE, `${FILE_CODE}.${index + 1}.pdf`)),
      );
      expect(written?.filter).toBe(expected.filter);
      expect(written?.bytes.equals(expected.bytes)).toBe(true);
    }
    const record = JSON.parse(
      await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.json`), 'utf8'),
    ) as DigitizedDocumentRecord;
    expect(record.pages[0]?.text).toMatch(/TỜ TRÌNH/);
    const second = JSON.parse(
      await readFile(join(out, FILE_CODE, `${FILE_CODE}.2.json`), 'utf8'),
    ) as DigitizedDocumentRecord;
    expect(second.pages[0]?.text).toMatch(/QUYẾT ĐỊNH/);
    expect(second.pages[0]?.thumbnail).toMatch(/^data:image\/webp;base64,/);
  });

  it('writes the same streams with cleanup off', async () => {
    const out = join(folder, 'out-off');
    await run({ inputs: [join(folder, 'dossier')], out, jobs: 1, packageType: 'none', cleanup: false });
    for (const [index, expected] of scanned.entries()) {
      const [written] = await imageStreams(
        await readFile(join(out, FILE_CODE, `${FILE_CODE}.${index + 1}.pdf`)),
      );
      expect(written?.bytes.equals(expected.bytes)).toBe(true);
    }
  });

  it('re-encodes a page whose cleanup moved its pixels', async () => {
    // The scan's JPEG page alone, in a one-page dossier: the same image stream as page 1 above.
    const dossier = join(folder, 'dossier-jpeg');
    const [jpeg] = await imageStreams(await scannedDossier(dossier, [0], [await jpegBand(0)]));
    expect(jpeg?.bytes.equals(scanned[0]?.bytes ?? Buffer.alloc(0))).toBe(true);
    const out = join(folder, 'out-rotated');
    await run({
      inputs: [dossier],
      out,
      jobs: 1,
      packageType: 'none',
      cleanup: { rotate: 90, deskew: false, cropBorders: false },
    });
    const [written] = await imageStreams(await readFile(join(out, FILE_CODE, `${FILE_CODE}.1.pdf`)));
    expect(written?.bytes.equals(scanned[0]?.bytes ?? Buffer.alloc(0))).toBe(false);
  });
});
