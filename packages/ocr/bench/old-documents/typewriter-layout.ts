/**
 * Lays a {@link PeriodText} out as a typist would on a monospace machine: the issuing body and
 * the national heading side by side, the number and date under them, the title centred, the body
 * wrapped with an indent, recipients and signer side by side. Gives the typed rows and the two
 * transcriptions a reader may rightly produce (columns read left first, or rows across).
 */
import type { PeriodText } from './period-texts.js';

/** Characters a row (64 at 10 characters an inch: 163 mm of an A4 page). */
export const ROW_CHARACTERS = 64;
const LEFT_WIDTH = 28;
const RIGHT_START = 29;
const RIGHT_WIDTH = ROW_CHARACTERS - RIGHT_START;
const INDENT = '     ';

/** The page as typed, and its exact text in two reading orders. */
export interface TypedPage {
  /** Rows of the page, spaces included; `''` is an empty row. */
  rows: string[];
  /** Two-column zones read left column first (the archival transcription). */
  readingOrder: string;
  /** Every row read across the page, as a plain page reader does. */
  rowOrder: string;
}

/** Lays out one text; see {@link TypedPage}. */
export function layoutTypedPage(text: PeriodText): TypedPage {
  const rows: string[] = [];
  const reading: string[] = [];
  const sideBySide = (left: string[], right: string[]) => {
    const count = Math.max(left.length, right.length);
    for (let row = 0; row < count; row++) {
      const l = centre(left[row] ?? '', LEFT_WIDTH);
      const r = centre(right[row] ?? '', RIGHT_WIDTH);
      rows.push(`${l.padEnd(RIGHT_START)}${r}`.trimEnd());
    }
    reading.push(...left.filter(Boolean), ...right.filter(Boolean));
  };
  const headerRows = Math.max(text.issuer.length, text.motto.length);
  const pad = (lines: string[]) => [...lines, ...Array<string>(headerRows - lines.length).fill('')];
  sideBySide([...pad(text.issuer), text.numberLine[0]], [...pad(text.motto), text.numberLine[1]]);
  rows.push('');
  for (const line of text.title) {
    rows.push(centre(line, ROW_CHARACTERS).trimEnd());
    reading.push(line);
  }
  rows.push('');
  for (const paragraph of text.body) {
    const wrapped = wrap(`${INDENT}${paragraph}`, ROW_CHARACTERS);
    rows.push(...wrapped);
    reading.push(...wrapped.map((line) => line.trim()));
  }
  rows.push('');
  // The signer's block sits right, its rows centred; its blank row is the signature.
  const { recipients, signer } = text;
  for (let row = 0; row < Math.max(recipients.length, signer.length); row++) {
    const left = (recipients[row] ?? '').padEnd(RIGHT_START);
    rows.push(`${left}${centre(signer[row] ?? '', RIGHT_WIDTH)}`.trimEnd());
  }
  reading.push(...recipients.map((line) => line.trim()), ...signer.filter(Boolean));
  const rowOrder = rows
    .map((row) => row.trim().replace(/ {2,}/g, ' '))
    .filter(Boolean)
    .join('\n');
  return { rows, readingOrder: reading.join('\n').normalize('NFC'), rowOrder: rowOrder.normalize('NFC') };
}

function centre(text: string, width: number): string {
  const free = Math.max(0, width - [...text].length);
  return ' '.repeat(Math.floor(free / 2)) + text + ' '.repeat(Math.ceil(free / 2));
}

/** Word wrap at `width` characters (code points: every Vietnamese letter is one in NFC). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/(?<= )(?=\S)/u)) {
    if ([...`${current}${word}`.trimEnd()].length > width && current.trim() !== '') {
      lines.push(current.trimEnd());
      current = word;
    } else current += word;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}
