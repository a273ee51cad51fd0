import {
  GLYPHLESS_ADVANCE,
  GLYPHLESS_ASCENT,
  GLYPHLESS_DESCENT,
  glyphlessCodes,
  hexCodes,
} from './glyphless-font.js';
import type { TextLayerInput } from './text-layer-input.js';
import { separateWords, type WordSpan } from './word-spans.js';

/** Smallest gap between two words, as a share of the row height: viewers see a word break above ~0.1 em. */
const MIN_GAP_OF_ROW = 0.15;
/** Baseline slope (radians) above which words are drawn rotated along it: 2°. */
const ROTATE_ABOVE = (2 * Math.PI) / 180;
/** Height of the font's em box (ascent − descent) per point of font size. */
const EM_HEIGHT = (GLYPHLESS_ASCENT - GLYPHLESS_DESCENT) / 1000;
/** Width of every glyph per point of font size. */
const GLYPH_WIDTH = GLYPHLESS_ADVANCE / 1000;
const SPACE = hexCodes([0x20]);

/** How a page's pixels map to PDF points. */
export interface PageGeometry {
  /** PDF points per image pixel (`72 / dpi`). */
  scale: number;
  /** Page height in points (PDF's y axis points up, the image's down). */
  heightPoints: number;
}

/**
 * The content-stream operators (text) of an invisible text layer in the glyphless font (text
 * render mode 3: neither filled nor stroked, so no transparency is needed): one word at a time on
 * its line's baseline and slope, the font sized so that its em box spans the row height and
 * scaled (`Tz`) to the word's box; every character is one two-byte code, its UTF-16 value (NFC).
 * Between two words of a line a space is drawn stretched over exactly the gap between them, so
 * extraction and copy-paste put one space between words and a line break between lines.
 * Words move with `Td` (two numbers) from the previous word; words on a baseline sloping more
 * than 2° are placed with a rotated `Tm`. Coordinates are rounded to 0.01 pt, `Tz` to 0.1 %.
 * The high byte of every code shown is added to `highBytes` (for the ToUnicode map).
 */
export function drawTextLayer(
  layer: TextLayerInput,
  fontKey: string,
  geometry: PageGeometry,
  highBytes: Set<number>,
): string {
  const { scale, heightPoints } = geometry;
  const out: string[] = ['q', 'BT', '3 Tr'];
  /** Where the text line matrix is, in hundredths of a point, when it is unrotated. */
  let origin: { x: number; y: number } | undefined = { x: 0, y: 0 };
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
        const size = Math.max(1, (line.rowHeight * scale) / EM_HEIGHT);
        const glyphWidth = GLYPH_WIDTH * size;
        const spans = separateWords(
          line.words.map((word) => word.box),
          MIN_GAP_OF_ROW * line.rowHeight,
        );
        let sized = false;
        line.words.forEach((word, index) => {
          const span = spans[index] as WordSpan;
          const codes = glyphlessCodes(word.text);
          if (codes.length === 0) return;
          for (const code of codes) highBytes.add(code >> 8);
          if (!sized) {
            out.push(`/${fontKey} ${format(size, 2)} Tf`);
            sized = true;
          }
          const boxWidth = ((span.x1 - span.x0) * scale) / cos;
          const x = span.x0;
          const y = baseline.y0 + slope * (x - baseline.x0);
          const px = Math.round(x * scale * 100);
          const py = Math.round((heightPoints - y * scale) * 100);
          if (angle !== 0) {
            const [c, s] = [format(cos, 4), format(sin, 4)];
            out.push(`${c} ${s} ${format(-sin, 4)} ${c} ${px / 100} ${py / 100} Tm`);
            origin = undefined;
          } else if (origin === undefined) {
            out.push(`1 0 0 1 ${px / 100} ${py / 100} Tm`);
            origin = { x: px, y: py };
          } else {
            out.push(`${(px - origin.x) / 100} ${(py - origin.y) / 100} Td`);
            origin = { x: px, y: py };
          }
          out.push(
            `${format((100 * boxWidth) / (codes.length * glyphWidth), 1)} Tz`,
            `${hexCodes(codes)} Tj`,
          );
          const next = spans[index + 1];
          if (next === undefined) return;
          // The space after a word spans exactly the gap to the next word, so that viewers see a
          // word break there and never an overlap that would join the two words.
          const gap = ((next.x0 - span.x1) * scale) / cos;
          out.push(`${format(Math.max(1, (100 * gap) / glyphWidth), 1)} Tz`, `${SPACE} Tj`);
        });
      }
    }
  }
  out.push('ET', 'Q');
  return out.join('\n');
}

/** A number with at most `digits` decimals, no trailing zeros and never `-0`. */
function format(value: number, digits: number): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 ? 0 : rounded);
}
