import { describe, expect, it } from 'vitest';
import { encodeCcittG4 } from '../ccitt/encode-ccitt-g4.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { openScannedPdf } from './open-scanned-pdf.js';
import { readTextLayer } from './read-text-layer.js';

/** A one-page PDF holding one CCITT G4 image of bars, as a fax-mode scanner stores a page. */
async function ccittPdf(): Promise<Uint8Array> {
  const width = 1200;
  const height = 400;
  const rowBytes = width / 8;
  const packed = new Uint8Array(rowBytes * height).fill(0xff);
  for (let y = 100; y < 300; y++)
    for (let x = 100; x < 1100; x += 4) {
      const at = y * rowBytes + (x >> 3);
      packed[at] = (packed[at] as number) & ~(0x80 >> (x & 7));
    }
  const bytes = encodeCcittG4({ data: packed, width, height });
  return writePdfA([{ image: { bytes, format: 'ccitt', width, height, dpi: 300, k: -1 } }], {
    title: 'fax',
    createdAt: new Date('2025-01-20T08:00:00+07:00'),
  });
}

describe('pdf.js documents open at once', () => {
  // Before PDFJS_OPTIONS turned pdf.js's WebAssembly decoders off, the render below never
  // settled in the first or second round: the CCITT decoder fetched its .wasm through the text
  // layer's document, destroyed meanwhile.
  it('render a CCITT page while another document of the same file is read and destroyed', async () => {
    const pdf = await ccittPdf();
    for (let round = 0; round < 3; round++) {
      const rendering = (async () => {
        const scanned = await openScannedPdf(pdf);
        try {
          const dark: number[] = [];
          for await (const page of scanned.pages()) {
            let count = 0;
            for (let index = 0; index < page.pixels.length; index += 3)
              if ((page.pixels[index] as number) < 128) count++;
            dark.push(count);
          }
          return dark;
        } finally {
          await scanned.close();
        }
      })();
      const [dark, layers] = await Promise.all([rendering, readTextLayer(pdf)]);
      // The bars: every fourth column of 1000 over 200 rows is black.
      expect(dark).toEqual([250 * 200]);
      expect(layers.map((layer) => layer.check.empty)).toEqual([true]);
    }
  }, 30_000);
});
