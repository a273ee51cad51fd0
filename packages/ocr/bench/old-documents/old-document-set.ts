/**
 * sohoa's old-document test set: the period texts of `period-texts.ts` typed and aged as
 * typewritten originals, violet and blue carbon copies, stencil prints and faded ribbons of
 * 1945–1990. Seeded: the same seed gives the same pages, byte for byte; nothing is committed but
 * this code. `npx tsx packages/ocr/scripts/make-old-documents.ts <folder>` writes the set out.
 */

import { seededRandom } from '../../../../bench/seeded-random.js';
import { PERIOD_TEXTS } from './period-texts.js';
import { type Ageing, typeAndAge } from './type-and-age.js';
import { layoutTypedPage } from './typewriter-layout.js';

/** One page of the set. */
export interface OldDocumentPage {
  /** `<text>-<impression>`. */
  name: string;
  /** The aged scan: a 300 dpi JPEG. */
  jpeg: Buffer;
  /** The typed text, two-column zones read left column first. */
  readingOrder: string;
  /** The typed text, every row read across the page. */
  rowOrder: string;
  ageing: Ageing;
}

/** The set's pages: which text is typed how (the first is the violet carbon copy of 1972). */
export const OLD_DOCUMENT_PAGES: { text: string; ageing: Omit<Ageing, 'skew'> & { skew?: number } }[] = [
  {
    text: 'cv1972-caobang',
    ageing: { impression: 'carbon-violet', band: 0.3, stains: 1, specks: 260, jpegQuality: 60 },
  },
  {
    text: 'qd1958-hanoi',
    ageing: { impression: 'ribbon', band: 0, stains: 2, specks: 200, jpegQuality: 70 },
  },
  {
    text: 'tt1965-thanhhoa',
    ageing: { impression: 'stencil', band: 0.3, stains: 1, specks: 300, jpegQuality: 55 },
  },
  {
    text: 'bc1980-nghetinh',
    ageing: { impression: 'faded-ribbon', band: 0, stains: 3, specks: 150, jpegQuality: 60 },
  },
  {
    text: 'cv1949-vietbac',
    ageing: { impression: 'carbon-blue', band: 0.3, stains: 2, specks: 220, jpegQuality: 50 },
  },
  {
    text: 'qd1986-haiphong',
    ageing: { impression: 'carbon-violet', band: 0, stains: 0, specks: 400, jpegQuality: 65 },
  },
];

/**
 * Generates pages of the set (all by default, or those named), each from its own seed derived
 * from `seed` and its position, so one page is made without the others.
 *
 * @example
 * ```ts
 * const [violetCarbon] = await oldDocumentSet({ only: ['cv1972-caobang-carbon-violet'] });
 * ```
 */
export async function oldDocumentSet(
  options: { seed?: number; only?: string[]; ageing?: Partial<Ageing> } = {},
): Promise<OldDocumentPage[]> {
  const seed = options.seed ?? 1972;
  const pages: OldDocumentPage[] = [];
  for (const [index, entry] of OLD_DOCUMENT_PAGES.entries()) {
    const name = `${entry.text}-${entry.ageing.impression}`;
    if (options.only && !options.only.includes(name)) continue;
    const text = PERIOD_TEXTS.find((candidate) => candidate.name === entry.text);
    if (!text) throw new Error(`old-document set: no period text named ${entry.text}`);
    const random = seededRandom(seed * 1000 + index);
    const skew = entry.ageing.skew ?? (random() < 0.5 ? -1 : 1) * (0.3 + random() * 1.2);
    const ageing: Ageing = { ...entry.ageing, skew: Math.round(skew * 100) / 100, ...options.ageing };
    const typed = layoutTypedPage(text);
    const jpeg = await typeAndAge(typed.rows, ageing, random);
    pages.push({ name, jpeg, readingOrder: typed.readingOrder, rowOrder: typed.rowOrder, ageing });
  }
  return pages;
}
