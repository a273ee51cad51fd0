import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { characterErrorRate } from '@sohoa/base';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../../fixtures/index.js';
import { extractPageTexts } from '../../../../fixtures/pdf-text.js';
import { checkPdfA } from '../checker/check-pdfa.js';
import { GLYPHLESS_ADVANCE, glyphlessFontProgram, identityToUnicode } from './glyphless-font.js';
import type { PdfAPage } from './pdfa-options.js';
import { writePdfA } from './write-pdfa.js';

const createdAt = new Date('2025-06-01T08:00:00+07:00');
const LINES = [
  ['CỘNG', 'HOÀ', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM'],
  ['Độc', 'lập', '-', 'Tự', 'do', '-', 'Hạnh', 'phúc'],
  ['Về', 'việc', 'phê', 'duyệt', 'kinh', 'phí', '“hỗ', 'trợ”', 'năm', '2025;'],
];

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function page(words: string[][]): Promise<PdfAPage> {
  const bytes = await readFile(SAMPLE_PAGES[2]?.image as string);
  return {
    image: { bytes, format: 'jpeg', width: 2481, height: 3508, dpi: 300 },
    text: {
      blocks: [
        {
          paragraphs: [
            {
              lines: words.map((line, row) => {
                const y = 400 + row * 90;
                return {
                  baseline: { x0: 300, y0: y, x1: 300 + line.length * 200, y1: y + 6 },
                  rowHeight: 60,
                  words: line.map((text, index) => ({
                    // decomposed (NFD) input: the layer must still give NFC
                    text: text.normalize('NFD'),
                    box: {
                      x0: 300 + index * 200,
                      y0: y - 45,
                      x1: 300 + index * 200 + 40 * text.length,
                      y1: y + 15,
                    },
                  })),
                };
              }),
            },
          ],
        },
      ],
    },
  };
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + view.getUint32(offset)) >>> 0;
  return sum;
}

describe('the glyphless text-layer font', () => {
  it('is a valid two-glyph TrueType whose glyphs are all GLYPHLESS_ADVANCE wide', () => {
    const program = glyphlessFontProgram();
    expect(program.length).toBeLessThan(800);
    const font = fontkit.create(Buffer.from(program));
    expect(font.numGlyphs).toBe(2);
    expect(font.unitsPerEm).toBe(1000);
    expect(font.getGlyph(0).advanceWidth).toBe(GLYPHLESS_ADVANCE);
    expect(font.getGlyph(1).advanceWidth).toBe(GLYPHLESS_ADVANCE);
    expect(font.getGlyph(1).path.toSVG()).toBe('');
    expect(font.postscriptName).toBe('GlyphLessFont');
    // the whole font sums to 0xB1B0AFBA (head.checkSumAdjustment), and each table to its directory entry
    expect(checksum(program)).toBe(0xb1b0afba);
    const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
    for (let index = 0; index < view.getUint16(4); index++) {
      const record = 12 + index * 16;
      const tag = String.fromCharCode(...program.subarray(record, record + 4));
      const [sum, offset, length] = [
        view.getUint32(record + 4),
        view.getUint32(record + 8),
        view.getUint32(record + 12),
      ];
      const table = program.slice(offset, offset + length);
      if (tag === 'head') table.fill(0, 8, 12);
      expect(checksum(table), tag).toBe(sum);
    }
  });

  it('writes ToUnicode ranges that vary only in their last byte', () => {
    expect(identityToUnicode(new Set([0x1e, 0x00]))).toContain(
      '2 beginbfrange\n<0020> <00FF> <0020>\n<1E00> <1EFF> <1E00>\nendbfrange',
    );
    expect(identityToUnicode(new Set([0xff]))).toContain('<FF00> <FFFD> <FF00>');
  });

  it('is embedded as Type 0 / CIDFontType2: every CID on glyph 1, DW = the program’s advance, ToUnicode', async () => {
    const pdf = await writePdfA([await page(LINES)], { title: 'Glyphless', createdAt });
    expect((await checkPdfA(pdf)).failures).toEqual([]);
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    const fonts = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object): object is PDFDict =>
          object instanceof PDFDict && object.get(PDFName.of('Subtype')) === PDFName.of('Type0'),
      );
    expect(fonts).toHaveLength(1);
    const type0 = fonts[0] as PDFDict;
    expect(String(type0.get(PDFName.of('BaseFont')))).toBe('/GlyphLessFont');
    expect(String(type0.get(PDFName.of('Encoding')))).toBe('/Identity-H');
    const toUnicode = Buffer.from(
      inflateSync((type0.lookup(PDFName.of('ToUnicode')) as PDFRawStream).getContents()),
    );
    expect(toUnicode.toString('latin1')).toContain('<1E00> <1EFF> <1E00>');
    const cidFont = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    expect(cidFont.lookup(PDFName.of('DW'), PDFNumber).asNumber()).toBe(GLYPHLESS_ADVANCE);
    expect(cidFont.get(PDFName.of('W'))).toBeUndefined();
    const map = inflateSync((cidFont.lookup(PDFName.of('CIDToGIDMap')) as PDFRawStream).getContents());
    expect(map.length).toBe(0x20000);
    const notGlyph1 = Array.from({ length: 0x10000 }, (_, cid) => map.readUInt16BE(cid * 2)).filter(
      (gid) => gid !== 1,
    );
    expect(notGlyph1).toEqual([]);
    const descriptor = cidFont.lookup(PDFName.of('FontDescriptor'), PDFDict);
    const program = inflateSync((descriptor.lookup(PDFName.of('FontFile2')) as PDFRawStream).getContents());
    expect(Buffer.from(program).equals(Buffer.from(glyphlessFontProgram()))).toBe(true);
  });

  it('gives back the NFC text exactly in pdf.js and, where installed, poppler (CER 0)', async () => {
    const pdf = await writePdfA([await page(LINES)], { title: 'Glyphless', createdAt });
    const expected = LINES.map((line) => line.join(' ')).join('\n');
    const [pdfjs = ''] = await extractPageTexts(pdf);
    expect(pdfjs).toBe(pdfjs.normalize('NFC'));
    expect(pdfjs.trim()).toBe(expected);
    expect(characterErrorRate(expected, pdfjs)).toBe(0);
    if (!hasPoppler()) return;
    const folder = await mkdtemp(join(tmpdir(), 'sohoa-glyphless-'));
    try {
      await writeFile(join(folder, 'page.pdf'), pdf);
      const poppler = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(folder, 'page.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(poppler.replace(/\f/g, '').trim()).toBe(expected);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
