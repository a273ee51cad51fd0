import type { GrayImage } from '@sohoa/core';
import type { Page } from 'tesseract.js';
import { convertResult, type Scale } from '../engine/convert-result.js';
import { findSkippedInk, findUnreadInk, stillLooksLikeText } from '../layout/find-unread-ink.js';
import type { NotText } from '../layout/letter-marks.js';
import { findPageShortfall } from '../layout/page-shortfall.js';
import { flattenRegion, measurePaper } from '../layout/paper-levels.js';
import { type RgbImage, sealInk } from '../layout/seal-ink.js';
import { missingText } from '../result/missing-text.js';
import type { MissingText, OcrBlock, OcrLine, OcrPage, PixelBox } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import { inside, overlaps, pageBox, withBlocks } from './page-blocks.js';
import { rereadLineParts } from './reread-line-parts.js';

/** Reads a gray image (a region of the page), with extra tesseract parameters, and returns tesseract.js's page. */
export type ReadRegion = (region: GrayImage, parameters?: Record<string, string>) => Promise<Page>;

/** A re-read line is kept only from this confidence (0–100) on. */
const MIN_LINE_CONFIDENCE = 50;
/** Rounds of the second look. */
const ROUNDS = 2;
/**
 * Below this mean word confidence of the first reading, parts of lines and the page are reported,
 * not read again: the page was most likely read turned (upside down, sideways) or is not text, and
 * the readings of its parts would lift its confidence, by which the pipeline sees that it must be
 * turned and read again (measured: a page read sideways went from below 60 to 68).
 */
const TRUSTED_PAGE_CONFIDENCE = 60;

/**
 * The second look at a page: regions whose ink looks like text but where no line was recognised
 * ({@link findUnreadInk}) are cut out, their paper flattened (a darker band or stain becomes
 * white paper, faint ink dark), and read again on their own. Lines read there with confidence
 * ≥ 50 join the page in their place from top to bottom; a region that still yields no line is
 * returned in `missingText`, so that the page says "text may be missing here" instead of
 * dropping it silently. With the page in colour, a region that is no longer text once its
 * seal-red ink is taken for paper (a round seal's ring of letters) is neither read nor reported.
 * Last, lines read only in part ({@link findSkippedInk}: ink inside a line's box that none of its
 * words covers) have that part read again on its own ({@link rereadLineParts}); a part that
 * still gives no word is reported too. So is the page when far fewer letters were read on it than
 * its ink holds ({@link findPageShortfall}, outside what was reported already), once the box of
 * its unread ink has been read again as one block of text the same way. On a page first read with
 * a mean confidence below 60 (most likely read turned) parts and page are reported without being
 * read again.
 *
 * @param page the first reading, in the caller's page pixels
 * @param ocrImage what the engine read (`scale` maps its pixels onto the page's)
 * @param colour the page in colour, asked for once and only when unread ink is found
 */
export async function rereadUnreadInk(
  page: OcrPage,
  ocrImage: GrayImage,
  scale: Scale,
  read: ReadRegion,
  colour?: () => Promise<RgbImage | undefined>,
): Promise<OcrPage> {
  const toOcr = (box: PixelBox): PixelBox => ({
    x0: Math.floor(box.x0 / scale.x),
    y0: Math.floor(box.y0 / scale.y),
    x1: Math.ceil(box.x1 / scale.x),
    y1: Math.ceil(box.y1 / scale.y),
  });
  const heights = pageLines(page)
    .map((line) => line.rowHeight / scale.y)
    .sort((a, b) => a - b);
  const rowHeight = heights[Math.floor(heights.length / 2)] ?? (ocrImage.dpi * 14) / 72;
  const paper = measurePaper(ocrImage);
  const size = { width: page.width, height: page.height, dpi: page.dpi };
  const failed: PixelBox[] = [];
  let current = page;
  let notText: Promise<NotText | undefined> | undefined;
  // A second round reads what the first left (lines of a region read only in part stand alone then).
  for (let round = 0; round < ROUNDS; round++) {
    const lines = pageLines(current);
    const lineBoxes = lines.map((line) => toOcr(line.box));
    let regions = findUnreadInk(ocrImage, paper, lineBoxes, rowHeight).filter(
      (region) => !failed.some((known) => inside(region, known)),
    );
    if (regions.length > 0 && colour) {
      notText ??= colour().then((rgb) => rgb && sealInk(rgb, ocrImage.width, ocrImage.height));
      const seal = await notText;
      if (seal)
        regions = regions.filter((region) =>
          stillLooksLikeText(ocrImage, paper, lineBoxes, rowHeight, region, seal),
        );
    }
    if (regions.length === 0) break;
    const found: OcrBlock[] = [];
    for (const region of regions) {
      const margin = Math.round(rowHeight / 2);
      const crop = {
        x0: Math.max(0, region.x0 - margin),
        y0: Math.max(0, region.y0 - margin),
        x1: Math.min(ocrImage.width, region.x1 + margin),
        y1: Math.min(ocrImage.height, region.y1 + margin),
      };
      const result = await read(flattenRegion(ocrImage, paper, crop));
      const reread = convertResult(result, size, scale, { x: crop.x0, y: crop.y0 });
      const inRegion = (line: OcrLine) => {
        const middle = (line.box.y0 + line.box.y1) / 2 / scale.y;
        return middle >= region.y0 && middle <= region.y1;
      };
      const kept = pageLines(reread).filter(
        (line) =>
          line.confidence >= MIN_LINE_CONFIDENCE &&
          inRegion(line) &&
          /\p{L}{2}/u.test(line.text) &&
          !lines.some((known) => overlaps(known.box, line.box)),
      );
      if (kept.length === 0) failed.push(region);
      else {
        const box = pageBox(region, scale);
        found.push({ box, paragraphs: [{ box, lines: kept }] });
      }
    }
    current = withBlocks(current, found);
  }
  // Lines read only in part: ink inside a line's box that none of its words covers.
  const readLines = (reading: OcrPage) =>
    pageLines(reading).map((line) => ({
      box: toOcr(line.box),
      words: line.words.map((word) => toOcr(word.box)),
      letters: line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    }));
  const seal = await notText;
  const parts = findSkippedInk(ocrImage, paper, readLines(current), rowHeight, seal).filter(
    (box) => !failed.some((known) => inside(box, known)),
  );
  // Each read again on its own; what still gives no word is reported.
  const trusted = page.confidence >= TRUSTED_PAGE_CONFIDENCE;
  let skipped = parts;
  if (parts.length > 0 && trusted) {
    const reread = await rereadLineParts(current, parts, ocrImage, paper, scale, rowHeight, read);
    current = reread.page;
    skipped = reread.unread;
  }
  const reported = [...failed, ...skipped];
  let short = findPageShortfall(ocrImage, paper, rowHeight, readLines(current), reported, seal);
  if (short && trusted) {
    // The page read short: where its unread ink lies, read again as one block of text.
    const reread = await rereadLineParts(current, [short.box], ocrImage, paper, scale, rowHeight, read);
    current = reread.page;
    short = findPageShortfall(ocrImage, paper, rowHeight, readLines(current), reported, seal);
  }
  const missing: MissingText[] = [
    ...failed.map((region) => missingText('region', pageBox(region, scale))),
    ...skipped.map((region) => missingText('line', pageBox(region, scale))),
    ...(short
      ? [
          {
            ...missingText('page', pageBox(short.box, scale), short),
            letters: { ink: short.inkLetters, read: short.readLetters },
          },
        ]
      : []),
  ];
  if (missing.length === 0) return current;
  return { ...current, missingText: missing.sort((a, b) => a.box.y0 - b.box.y0) };
}
