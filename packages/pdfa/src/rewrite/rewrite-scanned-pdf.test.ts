import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { characterErrorRate, orderFreeWordError } from '@sohoa/base';
import { chooseTextLayer, type OcrPage } from '@sohoa/ocr';
import { degrees, PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imageStreams } from '../../../../fixtures/image-streams.js';
import { REPO_ROOT, SCANNER_PDFS } from '../../../../fixtures/index.js';
import { checkPdfA } from '../checker/check-pdfa.js';
import { readTextLayer } from '../reader/read-text-layer.js';
import type { TextLayerPage } from '../reader/text-layer-page.js';
import { type PageTextLayer, rewriteScannedPdf } from './rewrite-scanned-pdf.js';

const [LANDSCAPE = '', PORTRAIT = ''] = SCANNER_PDFS;
/** sohoa's reading of 011 page 1, recorded by bench/record-scanner-ocr.ts. */
const RECORDED_OCR = new URL('../../test/fixtures/scanner-011-p1.sohoa-ocr.json', import.meta.url);
const modifiedAt = new Date('2026-12-07T08:00:00+07:00');

const sortedWords = (text: string) => text.split(/\s+/).filter(Boolean).sort();
const lines = (page: TextLayerPage) =>
  page.blocks.flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));

/** Each page's content streams (raw bytes) and resources, hashed. */
async function pageObjects(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  return document.getPages().map((page) => {
    const hash = createHash('sha256');
    const contents = page.node.context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const stream of streams) {
      const raw = page.node.context.lookup(stream);
      if (raw instanceof PDFRawStream) hash.update(raw.contents);
    }
    return hash.update(String(page.node.Resources())).digest('hex');
  });
}

/** Fonts named in the file (`BaseFont`s). */
async function fontNames(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = new Set<string>();
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? undefined : object;
    const name = (dict as { get?: (key: PDFName) => unknown })?.get?.(PDFName.of('BaseFont'));
    if (name instanceof PDFName) names.add(name.decodeText());
  }
  return [...names].sort();
}

describe('rewriteScannedPdf on the archive scanner PDFs', () => {
  it('keep: the scanner layer stays, the images keep their bytes, the PDF/A-2b claim becomes true, same size', async () => {
    const input = new Uint8Array(await readFile(PORTRAIT));
    const { bytes, pages, fixes } = await rewriteScannedPdf(PORTRAIT, { modifiedAt });
    expect(await imageStreams(bytes)).toEqual(await imageStreams(input));
    expect((await imageStreams(bytes)).length).toBe(13);
    expect(pages.every((page) => page.textObjectsRemoved === 0 && page.wordsWritten === 0)).toBe(true);
    expect(bytes.length / input.length).toBeLessThanOrEqual(1.05);
    const report = await checkPdfA(bytes);
    expect(report.failures).toEqual([]);
    expect(report.claimed).toEqual({ part: 2, conformance: 'B' });
    const xmp = Buffer.from(bytes).toString('latin1');
    // the scanner's document id is kept; the producer and the modification date are sohoa's
    expect(xmp).toContain('<xmpMM:DocumentID>uuid:8978614E-97E4-4FA7-8FF4-EAC5B0523D8A</xmpMM:DocumentID>');
    expect(xmp).toContain('<xmp:ModifyDate>2026-12-07T08:00:00+07:00</xmp:ModifyDate>');
    expect(fixes[0]).toMatch(/^XMP metadata rewritten/);
    // the pages, their content (the scanner's layer) and resources are the same objects
    expect(await pageObjects(bytes)).toEqual(await pageObjects(input));
  });

  it('replace on the landscape page: the old layer and its four fonts go, the new one sits where the words are', async () => {
    const input = new Uint8Array(await readFile(LANDSCAPE));
    const [layer] = await readTextLayer(input);
    if (!layer) throw new Error('no page');
    const { bytes, pages } = await rewriteScannedPdf(input, { textLayers: [layer], modifiedAt });
    expect(pages).toEqual([{ pageNumber: 1, textObjectsRemoved: 1, wordsWritten: 353 }]);
    expect(await imageStreams(bytes)).toEqual(await imageStreams(input));
    expect(await fontNames(input)).toHaveLength(4);
    expect(await fontNames(bytes)).toEqual(['GlyphLessFont']);
    expect(bytes.length / input.length).toBeLessThan(0.8); // the scanner's TrueType subsets are gone
    expect((await checkPdfA(bytes)).failures).toEqual([]);
    const [reread] = await readTextLayer(bytes);
    expect(reread).toMatchObject({ width: 3554, height: 2479, dpi: 300 });
    expect(sortedWords(reread?.text ?? '')).toEqual(sortedWords(layer.text));
    // each line written comes back where the scanner's layer had it (pdf.js reads a line as one
    // run, so its words' own boxes come back shared out evenly: lines are compared)
    const rereadLines = lines(reread as TextLayerPage);
    let compared = 0;
    for (const line of lines(layer)) {
      const distance = (other: (typeof rereadLines)[number]) =>
        Math.abs(other.baseline.y0 - line.baseline.y0) + Math.abs(other.box.x0 - line.box.x0);
      const other = rereadLines
        .filter((candidate) => candidate.text === line.text)
        .sort((a, b) => distance(a) - distance(b))[0];
      if (!other) continue;
      compared++;
      expect(Math.abs(other.box.x0 - line.box.x0)).toBeLessThanOrEqual(2);
      expect(Math.abs(other.box.x1 - line.box.x1)).toBeLessThanOrEqual(2);
      expect(Math.abs(other.baseline.y0 - line.baseline.y0)).toBeLessThanOrEqual(2);
    }
    expect(compared).toBeGreaterThan(lines(layer).length / 2);
  });

  it('combine: the combined reading of page 1 is what the file now holds, the other pages untouched', async () => {
    const input = new Uint8Array(await readFile(PORTRAIT));
    const layers = await readTextLayer(input);
    const ocr = JSON.parse(await readFile(RECORDED_OCR, 'utf8')) as OcrPage;
    const choice = chooseTextLayer('combine', { layer: layers[0], ocr });
    expect(choice.source).toBe('combined');
    const textLayers = [choice.page, ...layers.slice(1)];
    const { bytes } = await rewriteScannedPdf(input, { textLayers });
    expect(await imageStreams(bytes)).toEqual(await imageStreams(input));
    expect((await checkPdfA(bytes)).failures).toEqual([]);
    expect(bytes.length / input.length).toBeLessThanOrEqual(1.05);
    const reread = await readTextLayer(bytes);
    expect(orderFreeWordError(choice.page?.text ?? '', reread[0]?.text ?? '')).toBe(0);
    const key = await readFile(
      `${REPO_ROOT}fixtures/data/pdfs/001.03.08.H30.81.2024.K4.01.01.011.p1.gt.txt`,
      'utf8',
    );
    expect(orderFreeWordError(key, reread[0]?.text ?? '')).toBeLessThan(
      orderFreeWordError(key, layers[0]?.text ?? ''),
    );
    for (const index of [1, 2, 3]) {
      expect(characterErrorRate(layers[index]?.text ?? '', reread[index]?.text ?? '')).toBeLessThan(0.01);
    }
  });

  it('a page without a layer gets the new one; a page left without one keeps none', async () => {
    const [layer] = await readTextLayer(LANDSCAPE);
    const stripped = await rewriteScannedPdf(LANDSCAPE, { textLayers: [undefined] });
    const [none] = await readTextLayer(stripped.bytes);
    expect(none?.check).toMatchObject({ empty: true, problems: [] });
    expect((await checkPdfA(stripped.bytes)).failures).toEqual([]);
    const choice = chooseTextLayer('combine', { layer: none, ocr: layer as OcrPage });
    expect(choice).toMatchObject({ source: 'ocr', warnings: [] });
    const { bytes, pages } = await rewriteScannedPdf(stripped.bytes, { textLayers: [choice.page] });
    expect(pages[0]).toMatchObject({ textObjectsRemoved: 0, wordsWritten: 353 });
    const [reread] = await readTextLayer(bytes);
    expect(sortedWords(reread?.text ?? '')).toEqual(sortedWords(layer?.text ?? ''));
  });
});

/** One line of words at the given x ranges, in pixels at 300 dpi, baseline at `y`. */
function oneLine(texts: [string, number, number][], y: number): PageTextLayer {
  const box = { x0: texts[0]?.[1] ?? 0, y0: y - 40, x1: texts.at(-1)?.[2] ?? 0, y1: y + 10 };
  const line = {
    baseline: { x0: box.x0, y0: y, x1: box.x1, y1: y },
    rowHeight: 50,
    words: texts.map(([text, x0, x1]) => ({ text, box: { x0, y0: y - 40, x1, y1: y + 10 } })),
  };
  return { dpi: 300, blocks: [{ paragraphs: [{ lines: [line] }] }] };
}

describe('rewriteScannedPdf page geometry', () => {
  it('places the layer on pages turned by /Rotate, with a crop box off the origin, where pdf.js reads it', async () => {
    const document = await PDFDocument.create();
    for (const angle of [0, 90, 180, 270]) {
      const page = document.addPage([600, 300]);
      page.setMediaBox(-20, 40, 600, 300); // x, y, width, height: [-20 40 580 340]
      page.setCropBox(0, 50, 560, 280); // 560 × 280 pt visible: 2333 × 1167 px at 300 dpi
      page.setRotation(degrees(angle));
    }
    const input = await document.save();
    const upright = oneLine(
      [
        ['Cộng', 150, 300],
        ['hòa', 340, 460],
        ['xã', 500, 560],
      ],
      300,
    );
    const { bytes } = await rewriteScannedPdf(input, { textLayers: [upright, upright, upright, upright] });
    const pages = await readTextLayer(bytes, { dpi: 300 });
    for (const [index, page] of pages.entries()) {
      const [line] = lines(page);
      expect([index, line?.text]).toEqual([index, 'Cộng hòa xã']);
      expect(Math.abs((line?.box.x0 ?? 0) - 150)).toBeLessThanOrEqual(2);
      expect(Math.abs((line?.box.x1 ?? 0) - 560)).toBeLessThanOrEqual(2);
      expect(Math.abs((line?.baseline.y0 ?? 0) - 300)).toBeLessThanOrEqual(2);
    }
    expect(pages.map((page) => [page.width, page.height])).toEqual([
      [2333, 1167],
      [1167, 2333],
      [2333, 1167],
      [1167, 2333],
    ]);
  });
});

/**
 * A page with a PNG image and an invisible layer of TCVN3 text shown in WinAnsi Helvetica (not
 * embedded): the mojibake (`Céng hoµ x· héi`) an old Vietnamese scanner layer reads as.
 */
async function mojibakePdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([288, 144]);
  const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#f4f0e8' } })
    .png()
    .toBuffer();
  page.drawImage(await document.embedPng(png), { x: 0, y: 0, width: 288, height: 144 });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const key = page.node.newFontDictionary('F1', font.ref);
  const line = (text: string, y: number) =>
    `BT 3 Tr /${key.asString().slice(1)} 9 Tf 20 ${y} Td ${font.encodeText(text).toString()} Tj ET`;
  const content = [line('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 110), line('§éc lËp - Tù do - H¹nh phóc', 90)];
  page.node.addContentStream(document.context.register(document.context.flateStream(content.join('\n'))));
  return document.save();
}

describe('rewriteScannedPdf on bad input', () => {
  it('combine over a mojibake layer: detected, sohoa’s reading written instead, Helvetica gone, true PDF/A', async () => {
    const input = await mojibakePdf();
    const [layer] = await readTextLayer(input);
    expect(layer?.check.problems.map((problem) => problem.code)).toContain('legacy-encoding');
    const line = { x0: 83, y0: 100, x1: 700, y1: 140 };
    const ocr: OcrPage = {
      width: 1200,
      height: 600,
      dpi: 300,
      text: 'Cộng hòa xã hội',
      confidence: 95,
      blocks: [
        {
          box: line,
          paragraphs: [
            {
              box: line,
              lines: [
                {
                  text: 'Cộng hòa xã hội',
                  box: line,
                  baseline: { x0: 83, y0: 133, x1: 700, y1: 133 },
                  rowHeight: 40,
                  confidence: 95,
                  words: ['Cộng', 'hòa', 'xã', 'hội'].map((text, index) => ({
                    text,
                    confidence: 95,
                    box: { x0: 83 + index * 160, y0: 100, x1: 223 + index * 160, y1: 140 },
                  })),
                },
              ],
            },
          ],
        },
      ],
    };
    const choice = chooseTextLayer('combine', { layer, ocr });
    expect(choice.source).toBe('ocr');
    expect(choice.warnings[0]).toContain('not usable');
    const { bytes } = await rewriteScannedPdf(input, { textLayers: [choice.page], modifiedAt });
    expect(await imageStreams(bytes)).toEqual(await imageStreams(input));
    expect(await fontNames(bytes)).toEqual(['GlyphLessFont']);
    const [reread] = await readTextLayer(bytes);
    expect(reread?.text).toBe('Cộng hòa xã hội');
    expect(reread?.check.usable).toBe(true);
    expect((await checkPdfA(bytes)).failures).toEqual([]);
  });

  it('refuses an encrypted PDF with PDF_ENCRYPTED', async () => {
    const document = await PDFDocument.load(await mojibakePdf());
    const encrypt = document.context.register(
      document.context.obj({ Filter: 'Standard', V: 2, R: 3, Length: 128, P: -44 }),
    );
    document.context.trailerInfo.Encrypt = encrypt as PDFRef;
    const encrypted = await document.save();
    await expect(rewriteScannedPdf(encrypted)).rejects.toMatchObject({
      code: 'PDF_ENCRYPTED',
      message: expect.stringContaining('is encrypted'),
      fix: expect.stringContaining('qpdf --decrypt'),
    });
  });

  it('refuses more text layers than pages, and a file that is not a PDF', async () => {
    await expect(rewriteScannedPdf(LANDSCAPE, { textLayers: [undefined, undefined] })).rejects.toMatchObject({
      code: 'OPTION_INVALID',
    });
    const notPdf = await rewriteScannedPdf(new TextEncoder().encode('not a pdf')).catch((error) => error);
    expect(notPdf).toMatchObject({ code: 'INPUT_UNREADABLE', details: undefined });
    // Bytes have no path: each language names them in its own words, nothing English in Vietnamese.
    expect(notPdf.texts.en.message).toMatch(/^rewriteScannedPdf: the bytes cannot be read as a PDF: .+\.$/);
    expect(notPdf.texts.vi.message).toMatch(
      /^rewriteScannedPdf: không đọc được dữ liệu dưới dạng PDF: .+\.$/,
    );
    const tooMany = await rewriteScannedPdf(await readFile(LANDSCAPE), {
      textLayers: [undefined, undefined],
    }).catch((error) => error);
    expect(tooMany.texts.vi.message).toContain('tệp PDF truyền vào dạng byte');
    expect(tooMany.texts.vi.message).not.toContain('given as bytes');
  });
});
