import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPdfA } from '@sohoa/pdfa';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerBand } from '../../../fixtures/digitize-fixtures.js';
import { imageStreams } from '../../../fixtures/image-streams.js';
import { SAMPLE_PAGES, SCANNER_PDFS } from '../../../fixtures/index.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';
import { runCaptured } from './run-captured.js';

describe('sohoa pdf', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'sohoa-pdf-'));
  });

  it('makes one searchable PDF/A-2b from a scan, with no dossier.json', { timeout: 600_000 }, async () => {
    // The header band of the sample quyết định (real 300 dpi pixels, about a quarter of the page):
    // its agency and type line are the words checked below.
    const qd47 = join(folder, 'qd47.jpg');
    await writeFile(qd47, await headerBand(SAMPLE_PAGES.findIndex((page) => page.name === 'qd47')));
    const out = join(folder, 'qd47.pdf');
    const result = await runCaptured(['pdf', qd47, out, '-l', 'vie', '-j', '1', '--output-type', 'pdfa-2']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain(`wrote ${out} (1 page(s)`);
    const bytes = await readFile(out);
    expect((await checkPdfA(bytes)).passed).toBe(true);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe('qd47');
    const [text = ''] = await extractPageTexts(bytes);
    expect(text).toContain('QUẢNG NGÃI');
    expect(text).toContain('QUYẾT ĐỊNH');
  });

  it('rewrites a scanner PDF: its images byte for byte, the layer combined by default or kept', {
    timeout: 600_000,
  }, async () => {
    const [landscape = ''] = SCANNER_PDFS;
    const input = await readFile(landscape);
    const combined = join(folder, 'combined.pdf');
    const result = await runCaptured(['pdf', landscape, combined, '-j', '1']);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain("the scanner's images kept byte for byte");
    expect(result.stdout).toMatch(
      /text layer: combine; words: \d+ from the scanner's layer, [1-9]\d* from sohoa's OCR/,
    );
    const bytes = await readFile(combined);
    expect(await imageStreams(bytes)).toEqual(await imageStreams(input));
    expect((await checkPdfA(bytes)).passed).toBe(true);
    expect(bytes.length).toBeLessThan(input.length);
    const [text = ''] = await extractPageTexts(bytes);
    expect(text).toContain('SỞ Y TẾ HẬU GIANG');

    const kept = join(folder, 'kept.pdf');
    const keep = await runCaptured(['pdf', landscape, kept, '--text-layer', 'keep']);
    expect(keep.exitCode, keep.stderr).toBe(0);
    expect(keep.stdout).toContain('text layer: keep');
    const [keptText = ''] = await extractPageTexts(await readFile(kept));
    const [scannerText = ''] = await extractPageTexts(input);
    expect(keptText).toBe(scannerText);
  });

  it('refuses a call without scans, a missing scan and a language that does not ship', async () => {
    const noScan = await runCaptured(['pdf', join(folder, 'out.pdf')]);
    expect(noScan.exitCode).toBe(2);
    expect(noScan.stderr).toContain('error USAGE_ERROR: sohoa pdf takes the scans then the PDF to write');
    const missing = await runCaptured(['pdf', join(folder, 'missing.jpg'), join(folder, 'out.pdf')]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('error INPUT_NOT_FOUND');
    const otherType = await runCaptured([
      'pdf',
      SAMPLE_PAGES[0]?.image ?? '',
      join(folder, 'out.pdf'),
      '--output-type',
      'pdf',
    ]);
    expect(otherType.exitCode).toBe(2); // OCRmyPDF's plain `pdf` output is not offered
    expect(otherType.stderr).toContain('--output-type');
    const english = await runCaptured([
      'pdf',
      SAMPLE_PAGES[0]?.image ?? '',
      join(folder, 'out.pdf'),
      '-l',
      'eng',
    ]);
    expect(english.exitCode).toBe(1);
    expect(english.stderr).toContain('error OPTION_INVALID');
  });
});
