import { SohoaError } from '@sohoa/base';
import { describe, expect, it } from 'vitest';
import { makeP12 } from '../../../../fixtures/p12.js';
import { deflateBomb } from '../checker/__fixtures__/deflate-bomb.js';
import { minimalPdfA } from '../checker/__fixtures__/minimal-pdfa.js';
import { signPdf } from '../signature/sign-pdf.js';
import { verifyPdfSignature } from '../signature/verify-pdf-signature.js';
import { openScannedPdf } from './open-scanned-pdf.js';
import { readTextLayer } from './read-text-layer.js';

const MIB = 1024 * 1024;

/**
 * pdf-lib decodes every object stream whole as it parses a file: a 1 MB object-stream bomb took
 * `sohoa pdfa verify` to 2.7 GB and 75 s. The readers and the signature functions first parse the
 * file with the checker's loader, which stops such a stream at 64 MiB.
 */
describe('an object-stream bomb is refused by the readers and the signature check', () => {
  it('answers PDF_LIMIT_EXCEEDED naming the function (openScannedPdf, readTextLayer, verifyPdfSignature, signPdf)', async () => {
    const pdf = await minimalPdfA({
      decorate: (context) => {
        context.register(
          context.stream(deflateBomb(80 * MIB), { Type: 'ObjStm', N: 1, First: 0, Filter: 'FlateDecode' }),
        );
      },
    });
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['openScannedPdf', () => openScannedPdf(pdf)],
      ['readTextLayer', () => readTextLayer(pdf)],
      ['verifyPdfSignature', () => verifyPdfSignature(pdf)],
      ['signPdf', () => signPdf(pdf, { p12: makeP12('mật khẩu'), password: 'mật khẩu', agencyName: 'UBND' })],
    ];
    for (const [caller, call] of calls) {
      const error = await call().catch((caught: unknown) => caught);
      expect(SohoaError.isInstance(error), `${caller}: ${String(error)}`).toBe(true);
      expect(error).toMatchObject({ code: 'PDF_LIMIT_EXCEEDED' });
      expect((error as SohoaError).message).toContain(
        `${caller}: an object or cross-reference stream of the file decodes to more than 64 MiB`,
      );
      expect((error as SohoaError).describe('vi')).toContain('khi giải nén vượt quá 64 MiB');
    }
  });
});
