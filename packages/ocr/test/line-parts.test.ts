import { characterErrorRate } from '@sohoa/base';
import { type GrayImage, loadPageImage, makeOcrCopy } from '@sohoa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import { resolveLanguageData } from '../src/engine/language-data.js';
import { startWorker } from '../src/engine/start-worker.js';
import { toPgm } from '../src/engine/to-pgm.js';
import type { StartedWorker } from '../src/engine/watch-worker.js';
import { findSkippedInk, findUnreadInk, type ReadLine } from '../src/layout/find-unread-ink.js';
import { findPageShortfall } from '../src/layout/page-shortfall.js';
import { measurePaper, type PaperLevels } from '../src/layout/paper-levels.js';
import { rereadLineParts } from '../src/pool/reread-line-parts.js';
import { rereadUnreadInk } from '../src/pool/reread-unread-ink.js';
import type { OcrLine, OcrPage, OcrWord } from '../src/result/ocr-result.js';
import { pageLines } from '../src/result/page-lines.js';
import { recordedPage } from './fixtures/index.js';
import { REGISTER, ROW_HEIGHT, typedSheet } from './fixtures/typed-sheet.js';

/** A real scan of the sample dossier, as the OCR copy, with the reading tesseract.js recorded for it. */
interface Scan {
  gray: GrayImage;
  paper: PaperLevels;
  page: OcrPage;
  rowHeight: number;
}

async function scan(name: string): Promise<Scan> {
  const file = SAMPLE_PAGES.find((page) => page.name === name)?.image ?? '';
  const page = recordedPage(
    file
      .split('/')
      .at(-1)
      ?.replace(/\.jpg$/u, '') ?? '',
  );
  const gray = await makeOcrCopy(await loadPageImage(file, { dpi: 300 }));
  const heights = pageLines(page)
    .map((line) => line.rowHeight)
    .sort((a, b) => a - b);
  return {
    gray,
    paper: measurePaper(gray),
    page,
    rowHeight: heights[Math.floor(heights.length / 2)] as number,
  };
}

const readLines = (page: OcrPage): ReadLine[] =>
  pageLines(page).map((line) => ({
    box: line.box,
    words: line.words.map((word) => word.box),
    letters: line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
  }));
const withLine = (page: OcrPage, line: OcrLine, replaced: OcrLine): OcrPage => ({
  ...page,
  blocks: page.blocks.map((block) => ({
    ...block,
    paragraphs: block.paragraphs.map((paragraph) => ({
      ...paragraph,
      lines: paragraph.lines.map((other) => (other === line ? replaced : other)),
    })),
  })),
});

let worker: StartedWorker;
const read = async (image: GrayImage, parameters: Record<string, string> = {}) =>
  (
    await worker.worker.recognize(
      toPgm(image),
      { user_defined_dpi: String(image.dpi), ...parameters } as Record<string, string>,
      { blocks: true, text: false },
    )
  ).data;
const scans = new Map<string, Scan>();

beforeAll(async () => {
  const [started, cv299, ttr01] = await Promise.all([
    resolveLanguageData('vie').then(({ folder }) => startWorker('vie', folder)),
    scan('cv299'),
    scan('ttr01'),
  ]);
  worker = started;
  scans.set('cv299', cv299);
  scans.set('ttr01', ttr01);
});

afterAll(async () => {
  await worker?.stop();
});

describe('parts of lines read in no word are read again on their own', () => {
  it('reads back the words the engine left out of the middle of a typed line (ttr01)', async () => {
    const { gray, paper, page, rowHeight } = scans.get('ttr01') as Scan;
    const line = pageLines(page).find((candidate) =>
      candidate.text.startsWith('Xây dựng tại kỳ họp'),
    ) as OcrLine;
    const kept = [...line.words.slice(0, 2), ...line.words.slice(-2)];
    const cut = withLine(page, line, { ...line, words: kept, text: kept.map((word) => word.text).join(' ') });
    const dropped = line.words
      .slice(2, -2)
      .map((word) => word.text)
      .join(' ');
    const parts = findSkippedInk(gray, paper, readLines(cut), rowHeight);
    expect(parts).toHaveLength(1);
    const { page: after, unread } = await rereadLineParts(
      cut,
      parts,
      gray,
      paper,
      { x: 1, y: 1 },
      rowHeight,
      read,
    );
    expect(unread).toEqual([]);
    const added = after.blocks.filter((block) => !cut.blocks.includes(block));
    const text = added
      .flatMap((block) => block.paragraphs.flatMap((p) => p.lines.map((l) => l.text)))
      .join(' ');
    expect(characterErrorRate(dropped, text)).toBeLessThan(0.1);
    // Every line read before is still there, the new one placed among them from top to bottom.
    expect(pageLines(after).length).toBe(pageLines(cut).length + 1);
    expect(after.text).toContain(text);
  });

  it("reads the signer's second title line of cv299 the engine folded into the left column's line", async () => {
    const { gray, paper, page, rowHeight } = scans.get('cv299') as Scan;
    expect(page.text).not.toMatch(/CHÁNH VĂN/u);
    const parts = findSkippedInk(gray, paper, readLines(page), rowHeight);
    expect(parts.length).toBeGreaterThan(0);
    const { page: after, unread } = await rereadLineParts(
      page,
      parts,
      gray,
      paper,
      { x: 1, y: 1 },
      rowHeight,
      read,
    );
    expect(after.text).toMatch(/CHÁNH VĂN PHÒ/u);
    // The stray ':' the engine had read under "CHÁNH" (confidence 75) gave way to the word.
    expect(pageLines(page).find((line) => line.text.startsWith('- Như trên;'))?.text).toBe(
      '- Như trên; : x ˆ',
    );
    expect(pageLines(after).find((line) => line.text.startsWith('- Như trên;'))?.text).not.toContain(':');
    expect(unread.length).toBeLessThan(parts.length);
  });

  it('reads again a page read far short of its ink: a register whose short cells the engine dropped', async () => {
    const { gray, rows } = await typedSheet(REGISTER.slice(0, 10));
    // The first reading has each row's first cell ("Số 12") only.
    const lines: OcrLine[] = rows.map(({ text, box }) => {
      const advance = (box.x1 - box.x0) / text.trimEnd().length;
      const word = (from: number, to: number): OcrWord => ({
        text: text.slice(from, to),
        box: {
          x0: Math.round(box.x0 + from * advance),
          y0: box.y0,
          x1: Math.round(box.x0 + to * advance),
          y1: box.y1,
        },
        confidence: 90,
      });
      const words = [word(0, 2), word(3, 5)];
      const lineBox = { ...box, x1: (words[1] as OcrWord).box.x1 };
      return {
        text: words.map((one) => one.text).join(' '),
        box: lineBox,
        baseline: { x0: lineBox.x0, y0: box.y1, x1: lineBox.x1, y1: box.y1 },
        rowHeight: ROW_HEIGHT,
        confidence: 90,
        words,
      };
    });
    const first: OcrPage = {
      width: gray.width,
      height: gray.height,
      dpi: 300,
      text: lines.map((line) => line.text).join('\n'),
      confidence: 90,
      blocks: [
        { box: rows[0]?.box as OcrLine['box'], paragraphs: [{ box: rows[0]?.box as OcrLine['box'], lines }] },
      ],
    };
    // Short by the page-level check (each cell is too short for the region check).
    const paper = measurePaper(gray);
    expect(
      findUnreadInk(
        gray,
        paper,
        lines.map((line) => line.box),
        ROW_HEIGHT,
      ),
    ).toEqual([]);
    expect(findPageShortfall(gray, paper, ROW_HEIGHT, readLines(first), [])).toBeDefined();
    const second = await rereadUnreadInk(first, gray, { x: 1, y: 1 }, read);
    expect(second.missingText?.filter((missing) => missing.kind === 'page') ?? []).toEqual([]);
    for (const cell of ['Ty', 'người', 'Hà-nội'])
      expect(second.text.split(cell).length - 1, cell).toBeGreaterThanOrEqual(8);
    // The first reading's lines are kept.
    for (const line of lines) expect(second.text).toContain(line.text);
  });
});
