import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../../../fixtures/index.js';
import { decodedImages } from '../../test/pdfjs-images.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { type BilevelImage, encodeCcittG4 } from './encode-ccitt-g4.js';
import { readBilevelPng } from './read-bilevel-png.js';

/** A real 300 dpi bilevel scan (Quảng Ngãi directive 07/CT-UBND, 2018), as the scanner wrote it. */
const SCAN = dataPath('scans/qn_ct07_CT-UBND_20180320_p1.png');

/** A one-page PDF holding the G4 stream, decoded back by pdf.js. */
async function decodeWithPdfJs(image: BilevelImage): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([image.width, image.height]);
  const stream = document.context.stream(encodeCcittG4(image), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'CCITTFaxDecode',
    DecodeParms: { K: -1, Columns: image.width, Rows: image.height },
  });
  const ref = document.context.register(stream);
  page.node.setXObject(PDFName.of('Im0'), ref);
  page.node.addContentStream(
    document.context.register(
      document.context.stream(`q ${image.width} 0 0 ${image.height} 0 0 cm /Im0 Do Q`),
    ),
  );
  const decoded = (await decodedImages(await document.save()))[0]?.[0];
  expect(decoded?.kind).toBe(1);
  return decoded?.data ?? new Uint8Array();
}

function keepBits(data: Uint8Array, index: number, mask: number): void {
  data[index] = (data[index] ?? 0) & mask & 0xff;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('encodeCcittG4', () => {
  it('round-trips a real 300 dpi scan through pdf.js bit for bit, at well under the PNG size', async () => {
    const png = await readFile(SCAN);
    const image = readBilevelPng(png);
    if (!image) throw new Error('fixture is not a 1-bit PNG');
    expect([image.width, image.height]).toEqual([2413, 3423]);
    const g4 = encodeCcittG4(image);
    expect(g4.length).toBeLessThan(png.length * 0.6);
    expect(g4.length).toBeLessThan(deflateSync(image.data, { level: 9 }).length * 0.6);
    expect(Buffer.from(await decodeWithPdfJs(image)).equals(Buffer.from(image.data))).toBe(true);
  });

  it('round-trips synthetic rows: long runs (makeup and 2560+ codes), noise, odd widths, all black', async () => {
    const next = random(7);
    for (const [width, height, density] of [
      [5000, 6, 0.001],
      [37, 40, 0.5],
      [1, 3, 0.5],
      [200, 30, 0.1],
    ] as const) {
      const rowBytes = Math.ceil(width / 8);
      const data = new Uint8Array(rowBytes * height).fill(0xff);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (next() < density || (y === 2 && x > 3 && x < width - 2))
            keepBits(data, y * rowBytes + (x >> 3), ~(0x80 >> (x & 7)));
        }
        // pdf.js decodes the padding bits at the end of a row as 0
        if (width % 8) keepBits(data, y * rowBytes + rowBytes - 1, ~(0xff >> (width % 8)));
      }
      const decoded = await decodeWithPdfJs({ data, width, height });
      expect(Buffer.from(decoded).equals(Buffer.from(data)), `${width}×${height}`).toBe(true);
    }
  });

  it('refuses data shorter than the dimensions', () => {
    expect(() => encodeCcittG4({ data: new Uint8Array(3), width: 16, height: 2 })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });

  it('is what writePdfA stores for a 1-bit PNG page', async () => {
    const png = await readFile(SCAN);
    const pdf = await writePdfA(
      [{ image: { bytes: png, format: 'png', width: 2413, height: 3423, dpi: 300 } }],
      {
        title: 'Chỉ thị 07/CT-UBND',
        createdAt: new Date('2025-06-01T08:00:00+07:00'),
      },
    );
    const document = await PDFDocument.load(pdf);
    const images = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object) =>
          object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      );
    expect(images).toHaveLength(1);
    expect(String((images[0] as PDFRawStream).dict.get(PDFName.of('Filter')))).toBe('/CCITTFaxDecode');
    expect(pdf.length).toBeLessThan(png.length);
  });
});
