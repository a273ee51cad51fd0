import { readFile } from 'node:fs/promises';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  type PDFRawStream,
  type PDFRef,
} from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { makeP12 } from '../../../../fixtures/p12.js';
import { checkPdfA } from '../checker/check-pdfa.js';
import { writePdfA } from '../writer/write-pdfa.js';
import { signPdf, vietnamIsoTime } from './sign-pdf.js';
import { verifyPdfSignature } from './verify-pdf-signature.js';

const signedAt = new Date('2025-06-01T01:00:00Z');
const agencyName = 'UBND tỉnh Quảng Ngãi';

describe('signPdf and verifyPdfSignature', () => {
  let original: Uint8Array;
  let signed: Uint8Array;
  let p12: Uint8Array;

  beforeAll(async () => {
    p12 = makeP12('mật khẩu');
    const bytes = await readFile(SAMPLE_PAGES[0]?.image as string);
    original = await writePdfA([{ image: { bytes, format: 'jpeg', width: 2481, height: 3508, dpi: 300 } }], {
      title: 'Tờ trình 01/TTr-UBND',
      createdAt: new Date('2025-06-01T08:00:00+07:00'),
    });
    signed = await signPdf(original, { p12, password: 'mật khẩu', agencyName, signedAt });
  });

  it('appends an incremental update and the signed file still passes checkPdfA', async () => {
    expect(Buffer.from(signed.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const report = await checkPdfA(signed);
    expect(report.failures).toEqual([]);
    expect(report.advisories).toEqual([]);
  });

  it('verifies the PAdES signature and reports bytes changed or appended after signing', async () => {
    const report = await verifyPdfSignature(signed);
    expect(report).toMatchObject({ valid: true, changedAfterSigning: false });
    expect(report.signatures).toEqual([
      {
        signerName: 'UBND tinh Quang Ngai',
        signedAt: "D:20250601080000+07'00'",
        subFilter: 'ETSI.CAdES.detached',
        intact: true,
        coversWholeFile: true,
      },
    ]);
    const tampered = Buffer.from(signed);
    tampered.writeUInt8((tampered[200] ?? 0) ^ 0x01, 200);
    expect((await verifyPdfSignature(tampered)).signatures[0]?.intact).toBe(false);
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from('\n% changed\n')]);
    expect(await verifyPdfSignature(appended)).toMatchObject({
      valid: false,
      changedAfterSigning: true,
      signatures: [{ intact: true, coversWholeFile: false }],
    });
    expect((await verifyPdfSignature(original)).signatures).toEqual([]);
  });

  it('shows the agency name and the ISO 8601 Vietnam time at the top right of page 1, 10 pt', async () => {
    expect(vietnamIsoTime(signedAt)).toBe('2025-06-01T08:00:00+07:00');
    const document = await getDocument({ data: new Uint8Array(signed), verbosity: 0 }).promise;
    const page = await document.getPage(1);
    const [annotation] = (await page.getAnnotations()) as { fieldType?: string; rect: number[] }[];
    const [width, height] = [page.view[2] as number, page.view[3] as number];
    await document.destroy();
    expect(annotation?.fieldType).toBe('Sig');
    const [x1, y1, x2, y2] = annotation ? annotation.rect : [];
    expect(x2).toBeGreaterThan(width * 0.9);
    expect(y2).toBeGreaterThan(height * 0.9);
    expect(x1).toBeGreaterThan(width / 2);
    expect((y2 as number) - (y1 as number)).toBeLessThan(40);
    const parsed = await PDFDocument.load(signed, { updateMetadata: false });
    const widget = parsed.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray).lookup(0, PDFDict);
    expect(widget.get(PDFName.of('F'))?.toString()).toBe('4');
    const appearance = widget.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N')) as PDFRawStream;
    const operators = Buffer.from(decodePDFRawStream(appearance).decode()).toString('latin1');
    expect(operators).toMatch(/^0 g\nBT\n/);
    expect(operators).toContain('/F1 10 Tf');
    expect(operators).toContain('/F2 10 Tf');
    expect(operators).not.toContain(' Do');
  });

  it('numbers its objects after those of object and cross-reference streams, so pdf.js opens the signed file', async () => {
    // Saved as a rewritten scanner PDF is: objects in object streams, a cross-reference stream,
    // whose own object numbers pdf-lib does not count once loaded.
    const compressed = await (await PDFDocument.load(original, { updateMetadata: false })).save({
      useObjectStreams: true,
    });
    const signedCompressed = await signPdf(compressed, { p12, password: 'mật khẩu', agencyName, signedAt });
    const objectNumbers = (bytes: Uint8Array) =>
      [
        ...Buffer.from(bytes)
          .toString('latin1')
          .matchAll(/(?:^|\s)(\d+) 0 obj\b/g),
      ].map((match) => Number(match[1]));
    const loaded = await PDFDocument.load(compressed, { updateMetadata: false });
    const updatedInPlace = [
      loaded.getPage(0).ref.objectNumber,
      (loaded.context.trailerInfo.Root as PDFRef).objectNumber,
    ];
    const added = objectNumbers(signedCompressed.subarray(compressed.length)).filter(
      (number) => !updatedInPlace.includes(number), // the page and the catalog get a new version
    );
    expect(Math.min(...added)).toBeGreaterThan(Math.max(...objectNumbers(compressed)));
    const document = await getDocument({ data: new Uint8Array(signedCompressed), verbosity: 0 }).promise;
    expect(document.numPages).toBe(1);
    const [annotation] = (await (await document.getPage(1)).getAnnotations()) as { fieldType?: string }[];
    await document.destroy();
    expect(annotation?.fieldType).toBe('Sig');
    expect((await verifyPdfSignature(signedCompressed)).valid).toBe(true);
  });

  it('refuses a wrong password with SIGNATURE_KEY_INVALID', async () => {
    await expect(signPdf(original, { p12, password: 'sai', agencyName })).rejects.toMatchObject({
      code: 'SIGNATURE_KEY_INVALID',
    });
  });
});
