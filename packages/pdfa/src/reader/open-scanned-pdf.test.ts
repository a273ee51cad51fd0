import { readFile } from 'node:fs/promises';
import { degrees, PDFDocument, PDFName, PDFRawStream, type PDFRef, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dataPath, SAMPLE_PAGES, SCANNER_PDFS } from '../../../../fixtures/index.js';
import { decodedImages } from '../../test/pdfjs-images.js';
import { readBilevelPng } from '../ccitt/read-bilevel-png.js';
import { checkPdfA } from '../checker/check-pdfa.js';
import type { CcittPageImage } from '../writer/pdfa-options.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { openScannedPdf, type ScannedPdfPage } from './open-scanned-pdf.js';

const SCAN = dataPath('scans/qn_ct07_CT-UBND_20180320_p1.png');
const [SCANNER_PDF] = SCANNER_PDFS as [string];

async function allPages(input: Uint8Array | string): Promise<ScannedPdfPage[]> {
  const pdf = await openScannedPdf(input);
  const pages: ScannedPdfPage[] = [];
  for await (const page of pdf.pages()) pages.push(page);
  await pdf.close();
  return pages;
}

function darkShare(page: ScannedPdfPage): number {
  let dark = 0;
  for (let index = 0; index < page.pixels.length; index += 3)
    if ((page.pixels[index] as number) < 128) dark++;
  return dark / (page.width * page.height);
}

describe('openScannedPdf', () => {
  it('renders a G4 page at its native 300 dpi with the same pixels, and keeps /Rotate', async () => {
    const png = await readFile(SCAN);
    const bits = readBilevelPng(png);
    if (!bits) throw new Error('fixture is not a 1-bit PNG');
    const pdf = await writePdfA(
      [{ image: { bytes: png, format: 'png', width: 2413, height: 3423, dpi: 300 } }],
      {
        title: 'Chỉ thị 07',
        createdAt: new Date('2025-01-01T00:00:00+07:00'),
      },
    );
    const [page] = await allPages(pdf);
    expect(page).toMatchObject({ pageNumber: 1, width: 2413, height: 3423, dpi: 300, channels: 3 });
    let same = 0;
    const rowBytes = Math.ceil(bits.width / 8);
    for (let y = 0; y < bits.height; y++) {
      for (let x = 0; x < bits.width; x++) {
        const white = ((bits.data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1;
        const rendered = (page?.pixels[(y * bits.width + x) * 3] as number) >= 128 ? 1 : 0;
        if (white === rendered) same++;
      }
    }
    expect(same / (bits.width * bits.height)).toBeGreaterThan(0.995);

    // the G4 stream is offered as it is, and writing it again keeps its bytes
    const stored = (await PDFDocument.load(pdf)).context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find((object) => object instanceof PDFRawStream && object.dict.has(PDFName.of('DecodeParms')));
    const g4 = (stored as PDFRawStream).getContents();
    expect(page?.originalUnavailable).toBeUndefined();
    expect(page?.original).toMatchObject({ format: 'ccitt', width: 2413, height: 3423, dpi: 300, k: -1 });
    expect(Buffer.from(page?.original?.bytes ?? []).equals(Buffer.from(g4))).toBe(true);
    const again = await writePdfA([{ image: page?.original as CcittPageImage }], { title: 'Chỉ thị 07' });
    expect((await checkPdfA(again)).failures).toEqual([]);
    const [copied] = await decodedImages(again);
    const [first] = await decodedImages(pdf);
    expect(Buffer.from(copied?.[0]?.data ?? []).equals(Buffer.from(first?.[0]?.data ?? [1]))).toBe(true);

    const rotated = await PDFDocument.load(pdf);
    rotated.getPage(0).setRotation(degrees(90));
    const [turned] = await allPages(await rotated.save());
    expect([turned?.width, turned?.height, turned?.dpi]).toEqual([3423, 2413, 300]);
    expect([turned?.original, turned?.originalUnavailable]).toEqual([undefined, 'rotated-page']);
  });

  it('offers a JPEG page (also inside FlateDecode) byte for byte, with its invisible text, and refuses pages that need rendering', async () => {
    // a real scan, cropped and re-encoded small so the test renders fast: 620×877 pixels at 75 dpi
    const jpeg = await sharp(SAMPLE_PAGES[2]?.image as string)
      .resize(620, 877)
      .jpeg({ quality: 80 })
      .toBuffer();
    const word = { text: 'QUYẾT', box: { x0: 250, y0: 100, x1: 370, y1: 130 } };
    const text = {
      blocks: [
        {
          paragraphs: [
            { lines: [{ baseline: { x0: 250, y0: 128, x1: 370, y1: 128 }, rowHeight: 30, words: [word] }] },
          ],
        },
      ],
    };
    const pdf = await writePdfA(
      [{ image: { bytes: jpeg, format: 'jpeg', width: 620, height: 877, dpi: 75 }, text }],
      {
        title: 'Quyết định 47',
        createdAt: new Date('2025-06-01T08:00:00+07:00'),
      },
    );
    const [page] = await allPages(pdf);
    expect(page?.text).toContain('QUYẾT');
    expect(page).toMatchObject({ width: 620, height: 877, dpi: 75 });
    expect(page?.original).toMatchObject({ format: 'jpeg', width: 620, height: 877, dpi: 75 });
    expect(Buffer.from(page?.original?.bytes ?? []).equals(jpeg)).toBe(true);

    const variant = async (edit: (document: PDFDocument, image: PDFRawStream) => void) => {
      const document = await PDFDocument.load(pdf, { updateMetadata: false });
      const image = document.context
        .enumerateIndirectObjects()
        .map(([, object]) => object)
        .find(
          (object) =>
            object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
        );
      edit(document, image as PDFRawStream);
      const [rendered] = await allPages(await document.save());
      return rendered;
    };
    const wrapped = await variant((document, image) => {
      const ref = document.context.getObjectRef(image) as PDFRef;
      const flate = document.context.flateStream(jpeg, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: 620,
        Height: 877,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
      });
      flate.dict.set(PDFName.of('Filter'), document.context.obj(['FlateDecode', 'DCTDecode']));
      document.context.assign(ref, flate);
    });
    expect(Buffer.from(wrapped?.original?.bytes ?? []).equals(jpeg)).toBe(true);
    const boxed = await variant((document) =>
      document.getPage(0).drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(1, 0, 0) }),
    );
    expect([boxed?.original, boxed?.originalUnavailable]).toEqual([undefined, 'visible-vector-or-text']);
    const inverted = await variant((document, image) =>
      image.dict.set(PDFName.of('Decode'), document.context.obj([1, 0, 1, 0, 1, 0])),
    );
    expect(inverted?.originalUnavailable).toBe('unsupported-colour-space');
    const smaller = await variant((document) => document.getPage(0).setMediaBox(0, 0, 1000, 1000));
    expect(smaller?.originalUnavailable).toBe('image-does-not-fill-page');
  });

  it('composites a scanner MRC page (150 dpi JPEG + 300 dpi JBIG2 mask) at 300 dpi, landscape, with its text layer', async () => {
    const [page, ...rest] = await allPages(SCANNER_PDF);
    expect(rest).toHaveLength(0);
    expect(page).toMatchObject({ width: 3554, height: 2479, dpi: 300 });
    const share = darkShare(page as ScannedPdfPage);
    // text from the mask is there (a background-only render has almost no dark pixels), the page is not inverted
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.2);
    expect(page?.text).toContain('HẬU GIANG');
    // JPEG backgrounds and colour patches under a JBIG2 mask: no single stream to keep, the page is rendered
    expect(page?.original).toBeUndefined();
    expect(page?.originalUnavailable).toBe('not-a-single-image');
    // the other scanner file (4 portrait pages, linearized): its first page is MRC too
    const other = await openScannedPdf(SCANNER_PDFS[1] as string);
    for await (const first of other.pages()) {
      expect(first).toMatchObject({ width: 2475, height: 3554, dpi: 300, original: undefined });
      expect(first.originalUnavailable).toBe('not-a-single-image');
      break;
    }
    await other.close();
  });

  it('throws INPUT_NOT_FOUND and INPUT_UNREADABLE', async () => {
    await expect(openScannedPdf('/nonexistent.pdf')).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
    await expect(openScannedPdf(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });
});
