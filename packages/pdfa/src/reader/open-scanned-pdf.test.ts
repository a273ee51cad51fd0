import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { degrees, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readBilevelPng } from '../ccitt/read-bilevel-png.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { openScannedPdf, type ScannedPdfPage } from './open-scanned-pdf.js';

const SCAN = new URL('../ccitt/__fixtures__/qn_ct07_CT-UBND_20180320_p1.png', import.meta.url);
const SCANNER_PDF = new URL(
  '../../../../../shared/data/pdfs/001.03.08.H30.81.2024.K4.01.01.010.pdf',
  import.meta.url,
);

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

    const rotated = await PDFDocument.load(pdf);
    rotated.getPage(0).setRotation(degrees(90));
    const [turned] = await allPages(await rotated.save());
    expect([turned?.width, turned?.height, turned?.dpi]).toEqual([3423, 2413, 300]);
  });

  it.skipIf(!existsSync(SCANNER_PDF))(
    'composites a scanner MRC page (150 dpi JPEG + 300 dpi JBIG2 mask) at 300 dpi, landscape, with its text layer',
    async () => {
      const [page, ...rest] = await allPages(SCANNER_PDF.pathname);
      expect(rest).toHaveLength(0);
      expect(page).toMatchObject({ width: 3554, height: 2479, dpi: 300 });
      const share = darkShare(page as ScannedPdfPage);
      // text from the mask is there (a background-only render has almost no dark pixels), the page is not inverted
      expect(share).toBeGreaterThan(0.01);
      expect(share).toBeLessThan(0.2);
      expect(page?.text).toContain('HẬU GIANG');
    },
  );

  it('throws INPUT_NOT_FOUND and INPUT_UNREADABLE', async () => {
    await expect(openScannedPdf('/nonexistent.pdf')).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
    await expect(openScannedPdf(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
    });
  });
});
