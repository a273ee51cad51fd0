import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { type DecodedImage, decodedImages } from '../../test/pdfjs-images.js';
import { checkPdfA } from '../checker/check-pdfa.js';
import { openScannedPdf } from '../reader/open-scanned-pdf.js';
import type { PdfAPage } from './pdfa-options.js';
import { streamPdfA } from './stream-pdfa.js';
import { writePdfA } from './write-pdfa.js';
import { writePdfAFile } from './write-pdfa-file.js';

const createdAt = new Date('2025-06-01T08:00:00+07:00');

async function samplePage(): Promise<PdfAPage> {
  const bytes = await readFile(SAMPLE_PAGES[2]?.image as string);
  const line = (y: number, words: string[]) => ({
    baseline: { x0: 300, y0: y, x1: 300 + words.length * 260, y1: y },
    rowHeight: 50,
    words: words.map((text, index) => ({
      text,
      box: { x0: 300 + index * 260, y0: y - 40, x1: 300 + index * 260 + 220, y1: y + 10 },
    })),
  });
  return {
    image: { bytes, format: 'jpeg', width: 2481, height: 3508, dpi: 300 },
    text: {
      blocks: [
        {
          paragraphs: [{ lines: [line(400, ['QUYẾT', 'ĐỊNH']), line(500, ['Về', 'việc', 'phê', 'duyệt'])] }],
        },
      ],
    },
  };
}

function xmpOf(document: PDFDocument): string {
  const stream = document.catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream;
  return Buffer.from(stream.getContents()).toString('utf8');
}

describe('writePdfA', () => {
  it('writes archival metadata in described XMP namespaces; the file passes checkPdfA', async () => {
    const page = await samplePage();
    const pdf = await writePdfA([page], {
      title: 'Quyết định 47/QĐ-UBND',
      createdAt,
      archival: {
        dossier: { fileCode: '000.00.00.H00.2025.01', title: 'Hồ sơ mẫu', pageTotal: 3, missing: undefined },
        document: { docCode: '000.00.00.H00.2025.01.003', codeNumber: '47', autograph: true },
      },
    });
    const report = await checkPdfA(pdf);
    expect(report.failures).toEqual([]);
    expect(report.advisories).toEqual([]);
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    const xmp = xmpOf(document);
    expect(xmp).toContain('<hoso:fileCode>000.00.00.H00.2025.01</hoso:fileCode>');
    expect(xmp).toContain('<hoso:title>Hồ sơ mẫu</hoso:title>');
    expect(xmp).toContain('<vanban:autograph>True</vanban:autograph>');
    expect(xmp).not.toContain('missing');
    expect(xmp).toContain(
      '<pdfaSchema:namespaceURI>https://sohoa.vn/ns/xmp/hoso/1.0/</pdfaSchema:namespaceURI>',
    );
    expect(xmp).toContain(
      '<pdfaProperty:name>pageTotal</pdfaProperty:name>\n                  <pdfaProperty:valueType>Integer',
    );
    // the JPEG is embedded byte for byte
    const jpeg = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find(
        (object) =>
          object instanceof PDFRawStream && String(object.dict.get(PDFName.of('Filter'))) === '/DCTDecode',
      );
    expect(Buffer.from((jpeg as PDFRawStream).getContents()).equals(Buffer.from(page.image.bytes))).toBe(
      true,
    );
    const pdfjs = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const text = (await (await pdfjs.getPage(1)).getTextContent()).items
      .map((item) => ('str' in item ? item.str : ''))
      .join('');
    await pdfjs.destroy();
    expect(text.normalize('NFC')).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc phê duyệt');
  });

  it('with deflateJpeg stores the JPEG inside FlateDecode, byte for byte once inflated', async () => {
    const page = await samplePage();
    const pdf = await writePdfA([page], { title: 'Quyết định', createdAt, deflateJpeg: true });
    expect((await checkPdfA(pdf)).failures).toEqual([]);
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    const image = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .find(
        (object): object is PDFRawStream =>
          object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      ) as PDFRawStream;
    expect(String(image.dict.get(PDFName.of('Filter')))).toBe('[ /FlateDecode /DCTDecode ]');
    expect(image.getContents().length).toBeLessThan(page.image.bytes.length * 0.99);
    expect(inflateSync(image.getContents()).equals(Buffer.from(page.image.bytes))).toBe(true);
    const scanned = await openScannedPdf(pdf);
    for await (const scannedPage of scanned.pages()) {
      expect(Buffer.from(scannedPage.original?.bytes ?? []).equals(Buffer.from(page.image.bytes))).toBe(true);
    }
  });

  it('stores a greyscale PNG as DeviceGray and an RGB PNG as DeviceRGB even when R = G = B (colour depth as scanned)', async () => {
    const width = 64;
    const height = 48;
    const levels = Buffer.alloc(width * height);
    for (let pixel = 0; pixel < width * height; pixel++) levels[pixel] = (pixel * 7) % 256;
    const rgb = Buffer.alloc(width * height * 3);
    for (let pixel = 0; pixel < width * height; pixel++)
      rgb.fill(levels[pixel] as number, pixel * 3, pixel * 3 + 3);
    const grey = await sharp(levels, { raw: { width, height, channels: 1 } })
      .toColourspace('b-w')
      .png()
      .toBuffer();
    const greyRgb = await sharp(rgb, { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer();
    const colour = await sharp(
      rgb.map((value, index) => (index % 3 === 0 ? 255 - value : value)),
      {
        raw: { width, height, channels: 3 },
      },
    )
      .png()
      .toBuffer();
    for (const [bytes, space] of [
      [grey, '/DeviceGray'],
      [greyRgb, '/DeviceRGB'],
      [colour, '/DeviceRGB'],
    ] as const) {
      const pdf = await writePdfA([{ image: { bytes, format: 'png', width, height, dpi: 300 } }], {
        title: 'PNG',
        createdAt,
      });
      expect((await checkPdfA(pdf)).failures).toEqual([]);
      const document = await PDFDocument.load(pdf, { updateMetadata: false });
      const image = document.context
        .enumerateIndirectObjects()
        .map(([, object]) => object)
        .find(
          (object): object is PDFRawStream =>
            object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
        ) as PDFRawStream;
      expect(String(image.dict.get(PDFName.of('ColorSpace')))).toBe(space);
      const [[decoded]] = (await decodedImages(pdf)) as [[DecodedImage]];
      const { data: expected } = await sharp(bytes)
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
      // pdf.js gives RGB (kind 2) for all three: every pixel identical to the PNG's
      expect(decoded.kind).toBe(2);
      expect(Buffer.from(decoded.data).equals(expected)).toBe(true);
    }
  });

  it('refuses archival fields it cannot describe', async () => {
    await expect(
      writePdfA([await samplePage()], { title: 't', archival: { document: { 'bad name': 'x' } } }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    await expect(
      writePdfA([await samplePage()], { title: 't', archival: { document: { ratio: 0.5 } } }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });

  it('streams: pages are pulled one at a time and each is written before the next is read', async () => {
    const page = await samplePage();
    const events: string[] = [];
    async function* pages(): AsyncGenerator<PdfAPage> {
      for (let index = 0; index < 3; index++) {
        events.push(`read ${index}`);
        yield page;
      }
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamPdfA(pages(), { title: 'Hồ sơ', createdAt })) {
      chunks.push(chunk);
      if (chunk.length > page.image.bytes.length) events.push('image written');
    }
    expect(events).toEqual(['read 0', 'image written', 'read 1', 'image written', 'read 2', 'image written']);
    const streamed = Buffer.concat(chunks);
    expect(
      streamed.equals(Buffer.from(await writePdfA([page, page, page], { title: 'Hồ sơ', createdAt }))),
    ).toBe(true);
    const path = join(tmpdir(), `sohoa-stream-${process.pid}.pdf`);
    await writePdfAFile(path, pages(), { title: 'Hồ sơ', createdAt });
    expect((await readFile(path)).equals(streamed)).toBe(true);
    await rm(path);
    expect((await PDFDocument.load(streamed)).getPageCount()).toBe(3);
    expect((await checkPdfA(streamed)).failures).toEqual([]);
  });

  it('writes PDF/A-3b with associated files (AFRelationship) and refuses them in PDF/A-2', async () => {
    const ead = new TextEncoder().encode('<ead><eadheader/></ead>');
    const pdf = await writePdfA([await samplePage()], {
      title: 'Hồ sơ',
      createdAt,
      part: 3,
      attachments: [
        { name: 'ho-so.ead.xml', bytes: ead, mimeType: 'application/xml', relationship: 'Source' },
      ],
    });
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(xmpOf(document)).toContain('<pdfaid:part>3</pdfaid:part>');
    const associated = document.catalog.lookup(PDFName.of('AF'), PDFArray);
    const spec = associated.lookup(0, PDFDict);
    expect(String(spec.get(PDFName.of('AFRelationship')))).toBe('/Source');
    const pdfjs = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const attachments = (await pdfjs.getAttachments()) as Record<string, { content: Uint8Array }>;
    await pdfjs.destroy();
    expect(Buffer.from(Object.values(attachments)[0]?.content ?? []).equals(Buffer.from(ead))).toBe(true);
    await expect(
      writePdfA([await samplePage()], {
        title: 't',
        attachments: [{ name: 'a.xml', bytes: ead, mimeType: 'application/xml' }],
      }),
    ).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });
});
