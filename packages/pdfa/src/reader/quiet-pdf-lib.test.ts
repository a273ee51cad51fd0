import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPdfA } from '../checker/check-pdfa.js';
import { verifyPdfSignature } from '../signature/verify-pdf-signature.js';
import { openScannedPdf } from './open-scanned-pdf.js';
import { quietPdfLib } from './quiet-pdf-lib.js';

/** A one-page PDF with a broken object that pdf-lib repairs, warning "Trying to parse invalid object". */
async function damagedPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  const text = Buffer.from(await document.save({ useObjectStreams: false })).toString('latin1');
  const xref = text.indexOf('xref');
  return Buffer.from(
    `${text.slice(0, xref)}9 0 obj\n<< /A [1 2 >> >>\nendobj\n${text.slice(xref)}`,
    'latin1',
  );
}

describe('quietPdfLib', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps pdf-lib repair warnings off the console in the checker, the reader and the verifier', async () => {
    const bytes = await damagedPdf();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Without it, pdf-lib prints its repair (the case this guards against).
    await PDFDocument.load(bytes, { updateMetadata: false });
    expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
      expect.stringMatching(/^Trying to parse invalid object/),
    );
    warn.mockClear();
    await checkPdfA(bytes);
    await verifyPdfSignature(bytes).catch(() => undefined);
    const pdf = await openScannedPdf(bytes).catch(() => undefined);
    await pdf?.close();
    expect(warn).not.toHaveBeenCalled();
    expect(console.warn).toBe(warn);
  });

  it('lets other warnings through and restores console.warn after nested and failing calls', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await quietPdfLib(async () => {
      await quietPdfLib(async () => console.warn('Trying to parse invalid object: {}'));
      console.warn('something else');
    });
    await expect(quietPdfLib(() => Promise.reject(new Error('bad')))).rejects.toThrow('bad');
    expect(warn.mock.calls).toEqual([['something else']]);
    expect(console.warn).toBe(warn);
  });
});
