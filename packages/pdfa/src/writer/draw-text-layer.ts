import {
  beginText,
  endText,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
} from 'pdf-lib';
import type { TextLayerInput } from './text-layer-input.js';
import { separateWords, type WordSpan } from './word-spans.js';

/** Smallest gap between two words, as a share of the row height: viewers see a word break above ~0.1 em. */
const MIN_GAP_OF_ROW = 0.15;
/** Baseline slope (radians) above which words are drawn rotated along it: 2°. */
const ROTATE_ABOVE = (2 * Math.PI) / 180;

/** How a page's pixels map to PDF points. */
export interface PageGeometry {
  /** PDF points per image pixel (`72 / dpi`). */
  scale: number;
  /** Page height in points (PDF's y axis points up, the image's down). */
  heightPoints: number;
}

/**
 * The content-stream operators of an invisible text layer (text render mode 3: neither filled nor
 * stroked, so no transparency is needed): one text object per word, on its line's baseline and
 * slope, the font sized to the row height and squeezed or stretched (`Tz`) to the word's box.
 * Between two words of a line a space is drawn stretched over exactly the gap between them, so
 * extraction and copy-paste put one space between words and a line break between lines. Characters the font cannot
 * draw are left out rather than drawn as `.notdef` (which PDF/A forbids).
 */
export function drawTextLayer(
  layer: TextLayerInput,
  font: PDFFont,
  fontKey: PDFName,
  geometry: PageGeometry,
  drawable: ReadonlySet<number>,
): PDFOperator[] {
  const { scale, heightPoints } = geometry;
  const unitHeight = font.heightAtSize(1, { descender: true });
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
  ];
  for (const block of layer.blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { baseline } = line;
        const run = baseline.x1 - baseline.x0;
        const slope = run === 0 ? 0 : (baseline.y1 - baseline.y0) / run;
        // Text is rotated only when the baseline really slopes: pdf.js mis-reads rotated text drawn
        // with horizontal scaling (it breaks the line after every word), and below 2° a word's end
        // stays within a fraction of a point of the baseline anyway.
        const angle = Math.abs(Math.atan(slope)) > ROTATE_ABOVE ? Math.atan(-slope) : 0;
        const cos = Math.cos(angle);
        const sin = Math.sin(angle);
        const size = Math.max(1, (line.rowHeight * scale) / unitHeight);
        operators.push(setFontAndSize(fontKey, size));
        const spaceWidth = font.widthOfTextAtSize(' ', size);
        const spans = separateWords(
          line.words.map((word) => word.box),
          MIN_GAP_OF_ROW * line.rowHeight,
        );
        line.words.forEach((word, index) => {
          const span = spans[index] as WordSpan;
          const printable = keepDrawable(word.text, drawable);
          if (printable === '') return;
          const naturalWidth = font.widthOfTextAtSize(printable, size);
          const boxWidth = ((span.x1 - span.x0) * scale) / cos;
          const squeeze = naturalWidth > 0 ? (100 * boxWidth) / naturalWidth : 100;
          const x = span.x0;
          const y = baseline.y0 + slope * (x - baseline.x0);
          operators.push(
            setCharacterSqueeze(round(squeeze)),
            setTextMatrix(
              round(cos),
              round(sin),
              round(-sin),
              round(cos),
              round(x * scale),
              round(heightPoints - y * scale),
            ),
            showText(font.encodeText(printable)),
          );
          const next = spans[index + 1];
          if (next === undefined) return;
          // The space after a word spans exactly the gap to the next word, so that viewers see a
          // word break there and never an overlap that would join the two words.
          const gap = ((next.x0 - span.x1) * scale) / cos;
          operators.push(
            setCharacterSqueeze(round(Math.max(1, (100 * gap) / spaceWidth))),
            showText(font.encodeText(' ')),
          );
        });
      }
    }
  }
  operators.push(endText(), popGraphicsState());
  return operators;
}

function keepDrawable(text: string, drawable: ReadonlySet<number>): string {
  let kept = '';
  for (const character of text) {
    if (drawable.has(character.codePointAt(0) as number)) kept += character;
  }
  return kept;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
