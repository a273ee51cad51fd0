import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { characterErrorRate } from '@sohoa/core';
import { validatePackage } from '@sohoa/ip';
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
import { digitize } from '../src/pipeline/digitize.js';
import type { DigitizedDocumentRecord } from '../src/pipeline/digitize-document.js';
import type { DigitizeEvent, DigitizeSummary } from '../src/pipeline/digitize-events.js';

const FILE_CODE = '000.00.00.H00.2025.01';

/**
 * Upper bound of the character error rate of each page's extracted text layer against its
 * transcription (NFC, whitespace collapsed). Measured with pdf.js extraction
 * (`npm run bench -w @sohoa/pipeline`, tesseract.js 7.0.0, vie 4.0.0_best_int, column ordering and
 * post-correction on): ttr01 0.027, cv299 0.012, qd47 0.040 — the same as the OCR text itself, so
 * the text layer loses nothing. (Before the two-column header was put in reading order the
 * figures were 0.082, 0.133 and 0.047.) One bound for every page, above the worst with a margin.
 */
const CER_BOUND = 0.06;

describe('digitizing the sample dossier', () => {
  let out: string;
  let summary: DigitizeSummary;
  const events: DigitizeEvent[] = [];
  const pdfBytes: Uint8Array[] = [];
  const pdfs: PDFDocument[] = [];
  const records: DigitizedDocumentRecord[] = [];
  const texts: string[] = [];

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'sohoa-digitize-'));
    const run = digitize({
      inputs: [SAMPLE_DOSSIER],
      out,
      jobs: 2,
      createdAt: new Date('2026-11-27T03:00:00Z'),
    });
    for (;;) {
      const next = await run.next();
      if (next.done) {
        summary = next.value;
        break;
      }
      events.push(next.value);
    }
    for (const ordinal of [1, 2, 3]) {
      const bytes = await readFile(join(out, FILE_CODE, `${FILE_CODE}.${ordinal}.pdf`));
      pdfBytes.push(bytes);
      pdfs.push(await PDFDocument.load(bytes, { updateMetadata: false }));
      records.push(JSON.parse(await readFile(join(out, FILE_CODE, `${FILE_CODE}.${ordinal}.json`), 'utf8')));
      texts.push(...(await extractPageTexts(bytes)));
    }
  });

  it('writes one PDF/A and one JSON per document, named <fileCode>.<ordinal>, an AIP and the journal', async () => {
    expect(summary.failures).toEqual([]);
    expect(summary.documents).toEqual({ total: 3, done: 3, skipped: 0, failed: 0 });
    expect(summary.dossiers).toEqual({ total: 1, done: 1, skipped: 0, failed: 0 });
    expect((await readdir(out)).sort()).toEqual([FILE_CODE, 'report.html', 'sohoa-journal.jsonl']);
    expect((await readdir(join(out, FILE_CODE))).sort()).toEqual([
      `${FILE_CODE}.1.json`,
      `${FILE_CODE}.1.pdf`,
      `${FILE_CODE}.2.json`,
      `${FILE_CODE}.2.pdf`,
      `${FILE_CODE}.3.json`,
      `${FILE_CODE}.3.pdf`,
      `${FILE_CODE}.aip.zip`,
    ]);
    records.forEach((record, index) => {
      expect(record.fileCode).toBe(FILE_CODE);
      expect(record.ordinal).toBe(index + 1);
      expect(record.pages).toHaveLength(1);
      const [page] = record.pages;
      expect(page?.source).toBe(`${SAMPLE_PAGES[index]?.image.split('/').pop()}`);
      expect(page?.text.length).toBeGreaterThan(1000);
      expect(page?.text).toBe(page?.text.normalize('NFC'));
    });
    expect(events.at(-1)).toEqual({ type: 'summary', summary });
  });

  it('fills the document metadata from each header: type, issuer, summary', () => {
    expect(records.map((record) => record.metadata.typeName)).toEqual(['15', '22', '02']);
    for (const record of records) {
      expect(record.metadata.organName).toMatch(/BAN NHÂN D.N/u);
      expect(String(record.metadata.issuedDate)).toMatch(/^(\d\d\/)?(01\/)?2025$/);
    }
    expect(records[0]?.metadata.subject).toContain('miễn nhiệm chức danh');
    expect(records[2]?.metadata.subject).toContain('quà Tết cho hộ nghèo');
    expect(records.every((record) => record.disagreements.length === 0)).toBe(true);
  });

  it('packages the dossier as an AIP_hoso that validates against Thông tư 05/2025', async () => {
    const report = await validatePackage(join(out, FILE_CODE, `${FILE_CODE}.aip.zip`), {
      profile: 'vn-tt05',
    });
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.packageType).toBe('AIP_hoso');
    expect(report.fileCount).toBeGreaterThan(10);
  });

  it('has one page per scan at its physical size (100% scale from 300 dpi), in the cleaned geometry', () => {
    pdfs.forEach((pdf, index) => {
      expect(pdf.getPageCount()).toBe(1);
      const page = records[index]?.pages[0];
      const { width, height } = (pdf.getPages()[0] as ReturnType<PDFDocument['getPages']>[number]).getSize();
      expect(page?.dpi).toBe(300);
      expect(width).toBeCloseTo(((page?.width ?? 0) * 72) / 300, 2);
      expect(height).toBeCloseTo(((page?.height ?? 0) * 72) / 300, 2);
      // Deskew and border crop change the page by a few pixels at most on these flat scans.
      const [widthPx, heightPx] = index === 2 ? [2461, 3508] : [2464, 3508];
      expect(Math.abs((page?.width ?? 0) - widthPx)).toBeLessThan(60);
      expect(Math.abs((page?.height ?? 0) - heightPx)).toBeLessThan(60);
    });
  });

  it('embeds each scan as JPEG: the original bytes when cleanup changed nothing, else the cleaned master', async () => {
    for (const [index, pdf] of pdfs.entries()) {
      const jpegStreams = pdf.context
        .enumerateIndirectObjects()
        .map(([, object]) => object)
        .filter(
          (object): object is PDFRawStream =>
            object instanceof PDFRawStream &&
            object.dict.get(PDFName.of('Filter')) === PDFName.of('DCTDecode'),
        );
      expect(jpegStreams).toHaveLength(1);
      const embedded = Buffer.from((jpegStreams[0] as PDFRawStream).contents);
      const original = await readFile((SAMPLE_PAGES[index] as (typeof SAMPLE_PAGES)[number]).image);
      const page = records[index]?.pages[0];
      const unchanged = page?.deskewAngle === 0 && page.width === (index === 2 ? 2461 : 2464);
      expect(embedded.equals(original)).toBe(unchanged);
      const stream = jpegStreams[0] as PDFRawStream;
      expect(stream.dict.lookup(PDFName.of('Width'))?.toString()).toBe(String(page?.width));
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

  it('claims PDF/A-2b in uncompressed XMP whose values match the Info dictionary, with the archival fields', () => {
    pdfs.forEach((pdf, index) => {
      const record = records[index] as DigitizedDocumentRecord;
      const catalog = pdf.catalog;
      const metadata = catalog.lookup(PDFName.of('Metadata'), PDFStream) as PDFRawStream;
      expect(metadata.dict.get(PDFName.of('Filter'))).toBeUndefined();
      const xmp = Buffer.from(metadata.contents).toString('utf8');
      expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
      expect(xmp).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
      expect(xmp).toContain('<xmp:CreateDate>2026-11-27T10:00:00+07:00</xmp:CreateDate>');
      expect(xmp).toContain(`<rdf:li xml:lang="x-default">${record.metadata.subject}</rdf:li>`);
      expect(xmp).toContain(`<hoso:fileCode>${FILE_CODE}</hoso:fileCode>`);
      expect(xmp).toContain(`<vanban:docCode>${FILE_CODE}.000000${index + 1}</vanban:docCode>`);
      expect(xmp).toContain(`<vanban:typeName>${record.metadata.typeName}</vanban:typeName>`);

      const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
      expect(info.lookup(PDFName.of('CreationDate'), PDFString).asString()).toBe("D:20261127100000+07'00'");
      expect(info.lookup(PDFName.of('ModDate'), PDFString).asString()).toBe("D:20261127100000+07'00'");
      expect(info.lookup(PDFName.of('Title'), PDFHexString).decodeText()).toBe(record.metadata.subject);
      expect(catalog.lookup(PDFName.of('Lang'), PDFString).asString()).toBe('vi');
    });
  });

  it('passes every rule of the PDF/A-2b checker', async () => {
    for (const bytes of pdfBytes) {
      const report = await checkPdfA(bytes);
      expect(report.claimed).toMatchObject({ part: 2, conformance: 'B' });
      expect(report.failures).toEqual([]);
      expect(report.advisories).toEqual([]);
      expect(report.passed).toBe(true);
    }
  });

  it('has an sRGB output intent, a trailer ID and the embedded glyphless text-layer font', () => {
    for (const pdf of pdfs) {
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
      // @sohoa/pdfa writes its own complete GlyphLessFont (not a subset, so no ABCDEF+ tag).
      for (const name of baseFonts) expect(name).toBe('GlyphLessFont');
    }
  });
});
