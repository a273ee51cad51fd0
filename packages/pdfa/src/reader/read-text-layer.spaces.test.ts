import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
  setCharacterSpacing,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { signatureFonts } from '../signature/signature-font.js';
import { readTextLayer } from './read-text-layer.js';

const SIZE = 12;
/** Page points to the 300 dpi pixels `readTextLayer` gives a page without images. */
const px = (points: number) => (points * 300) / 72;

type Layer = Awaited<ReturnType<typeof readTextLayer>>[number];
const lineWords = (page: Layer | undefined) =>
  page?.blocks
    .flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines))
    .map((line) => line.words) ?? [];

/** Draws `text` one letter at a time from `x`, `letterGap` font sizes between letters, `wordGap` between words; returns each word's x range in points. */
function spelt(
  page: PDFPage,
  fonts: { latin: PDFFont; vietnamese: PDFFont },
  text: string,
  x: number,
  y: number,
  letterGap: number,
  wordGap: number,
) {
  const words: { x0: number; x1: number }[] = [];
  let at = x;
  for (const word of text.split(' ')) {
    const x0 = at;
    for (const letter of word) {
      const font = /[A-Z]/u.test(letter) ? fonts.latin : fonts.vietnamese;
      page.drawText(letter, { x: at, y, size: SIZE, font });
      at += font.widthOfTextAtSize(letter, SIZE) + letterGap * SIZE;
    }
    words.push({ x0, x1: at - letterGap * SIZE });
    at += (wordGap - letterGap) * SIZE;
  }
  return words;
}

describe('readTextLayer: spaces inside a pdf.js text run', () => {
  it('splits a run at its spaces, each word placed by its glyph advances', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([400, 200]);
    const font = await document.embedFont(StandardFonts.Helvetica);
    const text = 'illicit WWW MOMMY iii';
    page.drawText(text, { x: 20, y: 150, size: SIZE, font });
    const [read] = await readTextLayer(await document.save());
    const [words = []] = lineWords(read);
    expect(words.map((word) => word.text)).toEqual(text.split(' '));
    // where Helvetica draws each word (an equal share of the run's width per character would put "WWW" 86 px late)
    let x = 20;
    for (const [index, word] of text.split(' ').entries()) {
      const width = font.widthOfTextAtSize(word, SIZE);
      expect(words[index]?.box.x0).toBeGreaterThanOrEqual(Math.floor(px(x)) - 2);
      expect(words[index]?.box.x0).toBeLessThanOrEqual(Math.ceil(px(x)) + 2);
      expect(words[index]?.box.x1).toBeGreaterThanOrEqual(Math.floor(px(x + width)) - 2);
      expect(words[index]?.box.x1).toBeLessThanOrEqual(Math.ceil(px(x + width)) + 2);
      x += width + font.widthOfTextAtSize(' ', SIZE);
    }
  });

  it('makes one word of letters spelt with spaces, in one run or one run each', async () => {
    const document = await PDFDocument.create();
    document.registerFontkit(fontkit);
    const page = document.addPage([400, 200]);
    const helvetica = await document.embedFont(StandardFonts.Helvetica);
    // character spacing of 0.3 font size: pdf.js puts a space between every two letters of the run
    page.pushOperators(pushGraphicsState(), setCharacterSpacing(0.3 * SIZE));
    page.drawText('DIEU KHOAN', { x: 20, y: 160, size: SIZE, font: helvetica });
    page.pushOperators(popGraphicsState());
    const tinos = await signatureFonts();
    const fonts = {
      latin: await document.embedFont(tinos.latin, { subset: true }),
      vietnamese: await document.embedFont(tinos.vietnamese, { subset: true }),
    };
    const placed = spelt(page, fonts, 'QUYẾT ĐỊNH', 20, 120, 0.25, 0.55);
    const [read] = await readTextLayer(await document.save());
    const [first = [], second = []] = lineWords(read);
    expect(first.map((word) => word.text)).toEqual(['DIEU', 'KHOAN']);
    expect(second.map((word) => word.text)).toEqual(['QUYẾT', 'ĐỊNH']);
    for (const [index, word] of second.entries()) {
      expect(Math.abs(word.box.x0 - px(placed[index]?.x0 ?? 0))).toBeLessThanOrEqual(3);
      expect(Math.abs(word.box.x1 - px(placed[index]?.x1 ?? 0))).toBeLessThanOrEqual(3);
    }
  });

  it('leaves single-letter words, two letters in a row and digits apart', async () => {
    const document = await PDFDocument.create();
    const page = document.addPage([400, 200]);
    const font = await document.embedFont(StandardFonts.Helvetica);
    page.drawText('SO Y TE a b phan 0 0 0', { x: 20, y: 150, size: SIZE, font });
    const [read] = await readTextLayer(await document.save());
    expect(read?.text).toBe('SO Y TE a b phan 0 0 0');
    expect(lineWords(read)[0]).toHaveLength(9);
  });
});
