import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPdfA, verifyPdfSignature } from '@sohoa/pdfa';
import { PDFDocument, StandardFonts, setTextRenderingMode, TextRenderingMode } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import { imageStreams } from '../../../fixtures/image-streams.js';
import { SAMPLE_PAGES, SCANNER_PDFS } from '../../../fixtures/index.js';
import { makeP12 } from '../../../fixtures/p12.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';
import { runCaptured } from './run-captured.js';

describe('sohoa pdf with the flags an OCRmyPDF user types', () => {
  const [landscape = ''] = SCANNER_PDFS;
  let folder: string;
  /** The header band of the sample quyết định as a 150 dpi JPEG, 1240 pixels wide. */
  let scan: Buffer;
  /** A one-page PDF of that scan with an invisible text layer, as scanner software leaves one. */
  let layered: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-pdf-flags-'));
    // The scan: the header band of the sample quyết định (real pixels, about a quarter of the page,
    // at 150 dpi), its type line the word the tests read.
    const band = await headerBand(SAMPLE_PAGES.findIndex((page) => page.name === 'qd47'));
    scan = await sharp(band).resize({ width: 1240 }).jpeg({ quality: 85 }).toBuffer();
    const pdf = await PDFDocument.create();
    const page = await addScanPage(pdf, scan);
    page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    page.drawText('QUYET DINH', { x: 330, y: page.getHeight() - 150, size: 14, font });
    layered = join(folder, 'layered.pdf');
    await writeFile(layered, await pdf.save());
  });
  // The files of the package share one process: leave no password behind for the next one.
  afterAll(() => {
    Reflect.deleteProperty(process.env, 'SOHOA_TEST_PDF_P12');
  });

  it('--redo-ocr replaces the scanner layer, keeps its images and --sign signs the PDF/A', {
    timeout: 600_000,
  }, async () => {
    const p12 = join(folder, 'agency.p12');
    await writeFile(p12, makeP12('mật khẩu'));
    process.env.SOHOA_TEST_PDF_P12 = 'mật khẩu';
    const out = join(folder, 'redone.pdf');
    const result = await runCaptured([
      'pdf',
      layered,
      out,
      '--redo-ocr',
      '-j',
      '1',
      '--sign',
      p12,
      '--agency',
      'UBND tỉnh Hậu Giang',
      '--password-env',
      'SOHOA_TEST_PDF_P12',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /text layer: replace; words: 0 from the scanner's layer, [1-9]\d* from sohoa's OCR/,
    );
    const bytes = await readFile(out);
    expect(await imageStreams(bytes)).toEqual(await imageStreams(await readFile(layered)));
    expect((await checkPdfA(bytes)).passed).toBe(true);
    const [text = ''] = await extractPageTexts(bytes); // pdf.js opens the signed file
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).not.toContain('QUYET DINH'); // the layer was replaced
    const signature = await verifyPdfSignature(bytes);
    expect(signature.valid).toBe(true);
    expect(signature.signatures).toHaveLength(1);
  });

  it('--skip-text keeps a page that has a layer and reads only the page without one', {
    timeout: 600_000,
  }, async () => {
    // The scanner's page, then a scan added as a bare image: a PDF with text on one page only.
    const mixed = await PDFDocument.load(await readFile(landscape), { updateMetadata: false });
    await addScanPage(mixed, scan);
    const input = join(folder, 'mixed.pdf');
    await writeFile(input, await mixed.save());

    const out = join(folder, 'skipped.pdf');
    const result = await runCaptured(['pdf', input, out, '--skip-text', '-j', '1']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('text layer: keep');
    expect(result.stdout).toContain('1 page(s) without a layer read by sohoa');
    const bytes = await readFile(out);
    expect(await imageStreams(bytes)).toEqual(await imageStreams(await readFile(input)));
    expect((await checkPdfA(bytes)).passed).toBe(true);
    const [first = '', second = ''] = await extractPageTexts(bytes);
    const [scannerText = ''] = await extractPageTexts(await readFile(landscape));
    expect(first.replace(/\s+/g, ' ').trim()).toBe(scannerText.replace(/\s+/g, ' ').trim());
    expect(second).toContain('QUYẾT ĐỊNH');
  });

  it('--force-ocr renders and reads a PDF with a text layer again instead of rewriting it', {
    timeout: 600_000,
  }, async () => {
    const out = join(folder, 'forced.pdf');
    const result = await runCaptured([
      'pdf',
      layered,
      out,
      '--force-ocr',
      '-j',
      '1',
      '--dpi',
      '200',
      '--no-cleanup',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('PDF/A-2b with a vie text layer');
    expect(result.stdout).not.toContain('byte for byte');
    const bytes = await readFile(out);
    expect((await checkPdfA(bytes)).passed).toBe(true);
    expect(await imageStreams(bytes)).not.toEqual(await imageStreams(await readFile(layered)));
    const [layer = ''] = await extractPageTexts(await readFile(layered));
    expect(layer).toContain('QUYET DINH');
    const [text = ''] = await extractPageTexts(bytes);
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).not.toContain('QUYET DINH'); // the layer was not kept
  });

  it('refuses flags that contradict each other, and --sign without --agency', async () => {
    const out = join(folder, 'never.pdf');
    const both = await runCaptured(['pdf', landscape, out, '--redo-ocr', '--skip-text']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toContain('--skip-text');
    const deskew = await runCaptured(['pdf', landscape, out, '--deskew', '--no-cleanup']);
    expect(deskew.exitCode).toBe(2);
    const layer = await runCaptured(['pdf', landscape, out, '--force-ocr', '--text-layer', 'keep']);
    expect(layer.exitCode).toBe(2);
    const unsigned = await runCaptured(['pdf', landscape, out, '--sign', join(folder, 'agency.p12')]);
    expect(unsigned.exitCode).toBe(2);
    expect(unsigned.stderr).toContain('error USAGE_ERROR: --sign needs --agency');
  });
});

/** Adds a page holding the JPEG scan (1240 pixels wide) at 150 dpi, as a bare image; returns it. */
async function addScanPage(pdf: PDFDocument, scan: Buffer) {
  const image = await pdf.embedJpg(scan);
  const height = (595.28 * image.height) / image.width;
  const page = pdf.addPage([595.28, height]);
  page.drawImage(image, { x: 0, y: 0, width: 595.28, height });
  return page;
}
