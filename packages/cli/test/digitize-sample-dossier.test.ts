import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate } from '@sohoa/core';
import { checkPdfA } from '@sohoa/pdfa';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DOSSIER, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { extractPageTexts } from '../../../fixtures/pdf-text.js';
import { type DigitizeResult, digitizeDossier } from '../src/digitize/digitize-dossier.js';

/**
 * Upper bound of the character error rate of each page's extracted text layer against its
 * transcription (NFC, whitespace collapsed). Measured with pdf.js extraction on the three sample
 * pages (tesseract.js 7.0.0, vie 4.0.0_best_int): ttr01 0.082, cv299 0.133, qd47 0.047, the same
 * as the OCR text itself, so the text layer loses nothing. Most of the error is reading order:
 * the transcriptions give the two-column header left column first, OCR reads across both
 * columns; cv299 also has a handwritten number and a "HỎA TỐC" stamp. One bound for every page.
 */
const CER_BOUND = 0.15;

describe('digitizing the sample dossier', () => {
  let out: string;
  let result: DigitizeResult;
  let pdfBytes: Uint8Array;
  let pdf: PDFDocument;
  let texts: string[];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'sohoa-digitize-'));
    result = await digitizeDossier(SAMPLE_DOSSIER, { out, createdAt: new Date('2026-11-27T03:00:00Z') });
    pdfBytes = await readFile(result.pdfPath);
    pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false });
    texts = await extractPageTexts(pdfBytes);
  });

  it('writes <fileCode>.pdf and <fileCode>.json and nothing else', async () => {
    expect((await readdir(out)).sort()).toEqual(['000.00.00.H00.2025.01.json', '000.00.00.H00.2025.01.pdf']);
    const json = JSON.parse(await readFile(result.jsonPath, 'utf8'));
    expect(json.dossier.fileCode).toBe('000.00.00.H00.2025.01');
    expect(json.pages).toHaveLength(3);
    for (const page of json.pages) {
      expect(page.text.length).toBeGreaterThan(1000);
      expect(page.text).toBe(page.text.normalize('NFC'));
    }
  });

  it('has one page per scan at its physical size (100% scale from 300 dpi)', () => {
    expect(pdf.getPageCount()).toBe(3);
    const expectedSizes = [
      [2464, 3508],
      [2464, 3508],
      [2461, 3508],
    ];
    pdf.getPages().forEach((page, index) => {
      const [widthPx, heightPx] = expectedSizes[index] as [number, number];
      const { width, height } = page.getSize();
      expect(width).toBeCloseTo((widthPx * 72) / 300, 2);
      expect(height).toBeCloseTo((heightPx * 72) / 300, 2);
    });
  });

  it('embeds the scans unchanged (JPEG passed through, not re-encoded)', async () => {
    const jpegStreams = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object): object is PDFRawStream =>
          object instanceof PDFRawStream && object.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode'),
      );
    expect(jpegStreams).toHaveLength(3);
    for (const [index, sample] of SAMPLE_PAGES.entries()) {
      const original = await readFile(sample.image);
      expect(Buffer.from((jpegStreams[index] as PDFRawStream).contents).equals(original)).toBe(true);
    }
  });

  it('has a searchable Vietnamese text layer holding the documents’ symbols and references', () => {
    const [ttr01, cv299, qd47] = texts as [string, string, string];
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
    // The numbers after "Số:" are handwritten on these pages and not read reliably; the printed
    // symbols and the printed references in the bodies are.
    expect(ttr01).toMatch(/Số: ?\S* ?\/TTr-UBND/);
    expect(cv299).toMatch(/Số: ?\S* ?\/UBND-TTHC/);
    expect(qd47).toMatch(/Số: ?\S* ?\/QĐ-UBND/);
    expect(ttr01).toContain('1418/QĐ-UBND');
    expect(cv299).toContain('1744/QĐ-BGTVT');
    expect(qd47).toContain('789/QĐ-UBND');
    expect(qd47).toContain('QUYẾT ĐỊNH');
    expect(cv299).toContain('thủ tục hành chính');
  });

  it(`keeps every page's character error rate below ${CER_BOUND}`, () => {
    SAMPLE_PAGES.forEach((sample, index) => {
      const cer = characterErrorRate(sample.groundTruth, texts[index] as string);
      expect(cer, sample.name).toBeLessThan(CER_BOUND);
    });
  });

  it('claims PDF/A-2b in uncompressed XMP whose values match the Info dictionary', () => {
    const catalog = pdf.catalog;
    const metadata = catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream;
    expect(metadata.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const xmp = Buffer.from(metadata.contents).toString('utf8');
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(xmp).toContain('<xmp:CreateDate>2026-11-27T10:00:00+07:00</xmp:CreateDate>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${result.dossier.title}</rdf:li>`);

    const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
    expect(info.lookup(PDFName.of('CreationDate'), PDFString).asString()).toBe("D:20261127100000+07'00'");
    expect(info.lookup(PDFName.of('ModDate'), PDFString).asString()).toBe("D:20261127100000+07'00'");
    expect(info.lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe(result.dossier.title);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).asString()).toBe('vi');
  });

  it('passes every rule of the PDF/A-2b checker', async () => {
    const report = await checkPdfA(pdfBytes);
    expect(report.claimed).toMatchObject({ part: 2, conformance: 'B' });
    expect(report.failures).toEqual([]);
    expect(report.advisories).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('has an sRGB output intent, a trailer ID and a tagged subset font', () => {
    const intents = pdf.catalog.lookup(PDFName.of('OutputIntents'), PDFArray);
    const intent = intents.lookup(0, PDFDict);
    expect(intent.get(PDFName.of('S'))).toBe(PDFName.of('GTS_PDFA1'));
    const profile = intent.lookup(PDFName.of('DestOutputProfile'), PDFStream) as PDFRawStream;
    expect(Buffer.from(profile.getContents()).subarray(36, 40).toString('latin1')).toBe('acsp');

    const id = pdf.context.trailerInfo.ID as PDFArray;
    expect(id.size()).toBe(2);

    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object): object is PDFDict =>
          object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'),
      );
    const baseFonts = fonts.map((font) => font.lookup(PDFName.of('BaseFont'), PDFName).decodeText());
    expect(baseFonts.length).toBeGreaterThan(0);
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+DejaVuSans$/);
  });
});
