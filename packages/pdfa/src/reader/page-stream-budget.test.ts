import { deflateSync } from 'node:zlib';
import { SohoaError } from '@sohoa/base';
import { PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { deflateBomb } from '../checker/__fixtures__/deflate-bomb.js';
import { minimalPdfA } from '../checker/__fixtures__/minimal-pdfa.js';
import { openScannedPdf } from './open-scanned-pdf.js';
import { readTextLayer } from './read-text-layer.js';

const MIB = 1024 * 1024;

/**
 * pdf.js decodes a page's content stream whole: a 1 MB scan whose content inflates to 1 GiB took
 * `sohoa digitize` to 2.6 GB. The readers refuse a page stream past 64 MiB before pdf.js reads it.
 */
describe('the PDF readers refuse a page content bomb before pdf.js decodes it', () => {
  it('refuses a page content stream inflating past 64 MiB (openScannedPdf, readTextLayer)', async () => {
    const pdf = await minimalPdfA({
      decorate: (context, page) => {
        const bomb = context.stream(deflateBomb(80 * MIB), { Filter: 'FlateDecode' });
        page.node.set(PDFName.of('Contents'), context.register(bomb));
      },
    });
    for (const open of [() => openScannedPdf(pdf), () => readTextLayer(pdf)]) {
      const error = await open().catch((caught: unknown) => caught);
      expect(SohoaError.isInstance(error), String(error)).toBe(true);
      expect(error).toMatchObject({ code: 'PDF_LIMIT_EXCEEDED' });
      expect((error as SohoaError).message).toMatch(
        /: the content of page 1 decodes to more than 64 MiB: a possible decompression bomb/,
      );
      expect((error as SohoaError).describe('vi')).toContain('nội dung trang 1 khi giải nén vượt quá 64 MiB');
    }
  });

  it('refuses a form XObject bomb the page draws, and opens the same page with a small form', async () => {
    const withForm = (data: Uint8Array) =>
      minimalPdfA({
        decorate: (context, page) => {
          const form = context.register(
            context.stream(data, {
              Type: 'XObject',
              Subtype: 'Form',
              BBox: [0, 0, 10, 10],
              Filter: 'FlateDecode',
            }),
          );
          page.node.set(PDFName.of('Resources'), context.obj({ XObject: { F1: form } }));
          page.node.set(PDFName.of('Contents'), context.register(context.stream('/F1 Do')));
        },
      });
    const error = await openScannedPdf(await withForm(deflateBomb(80 * MIB))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'PDF_LIMIT_EXCEEDED' });
    const pdf = await openScannedPdf(await withForm(deflateSync(Buffer.from('0 0 m 10 10 l S'))));
    expect(pdf.pageCount).toBe(1);
    await pdf.close();
  });
});
