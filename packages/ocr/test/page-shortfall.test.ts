import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import { describe, expect, it } from 'vitest';
import { dataPath, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { findUnreadInk, type ReadLine } from '../src/layout/find-unread-ink.js';
import { findPageShortfall } from '../src/layout/page-shortfall.js';
import { measurePaper } from '../src/layout/paper-levels.js';
import { pageLines } from '../src/result/page-lines.js';
import { recordedPage } from './fixtures/index.js';
import { LEFT, REGISTER, ROW_HEIGHT, TOP, type TypedRow, typedSheet } from './fixtures/typed-sheet.js';

const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** A reading of rows: one line each, its words as one box over the line, `read` letters in it. */
const reading = (
  rows: TypedRow[],
  read: (row: TypedRow) => number = (row) => letters(row.text),
): ReadLine[] => rows.map((row) => ({ box: row.box, words: [row.box], letters: read(row) }));

const BODY = [
  'VIỆT-NAM DÂN-CHỦ CỘNG-HÒA',
  'Độc-lập - Tự-do - Hạnh-phúc',
  'Ủy-ban Hành-chính tỉnh Cao-bằng kính gửi Ty Giáo-dục',
  'Căn-cứ nghị-định số 45 ngày 12 tháng 3 năm 1972 của Hội-đồng',
  'Chính-phủ về việc tổ-chức các lớp bình-dân học-vụ trong tỉnh,',
  'nay yêu-cầu Ty khẩn-trương báo-cáo số lớp, số học-viên và số',
  'giáo-viên đã mở được ở các huyện trước ngày 30 tháng 4 năm 1972.',
  'Đề-nghị các đồng-chí phụ-trách chú-ý thực-hiện đúng thời-hạn.',
  'T.M. Ủy-ban Hành-chính tỉnh Cao-bằng, K.T. Chủ-tịch, Phó Chủ-tịch',
];

describe('page-level check: letters read against the ink of the page', () => {
  it('finds nothing on a typed page read in full, and estimates its letters from its ink', async () => {
    const { gray, rows } = await typedSheet(BODY);
    const paper = measurePaper(gray);
    expect(findPageShortfall(gray, paper, ROW_HEIGHT, reading(rows), [])).toBeUndefined();
    // Read with a third of its letters, the same page is far short: its ink still tells how much.
    const short = findPageShortfall(
      gray,
      paper,
      ROW_HEIGHT,
      reading(rows, (row) => letters(row.text) / 3),
      [],
    );
    if (!short) throw new Error('no shortfall');
    const truth = BODY.reduce((sum, row) => sum + letters(row), 0);
    expect(short.inkLetters).toBeGreaterThan(truth * 0.7);
    expect(short.inkLetters).toBeLessThan(truth * 1.05);
    // Words covered all the ink (garbage read in place of the letters): the box is the page's text.
    const text = {
      x0: LEFT,
      y0: TOP,
      x1: Math.max(...rows.map((row) => row.box.x1)),
      y1: (rows.at(-1) as TypedRow).box.y1,
    };
    for (const side of ['x0', 'y0', 'x1', 'y1'] as const)
      expect(Math.abs(short.box[side] - text[side])).toBeLessThan(20);
  });

  it('boxes the columns of a register the engine dropped, which no region check finds (each cell is too short)', async () => {
    const { gray, rows } = await typedSheet(REGISTER);
    const paper = measurePaper(gray);
    // Only the first column read: each row's line ends after "Số N".
    const firstColumn = rows.map((row) => ({
      ...row,
      box: {
        ...row.box,
        x1: row.box.x0 + Math.round(((row.box.x1 - row.box.x0) * 6) / row.text.trimEnd().length),
      },
    }));
    const lines = reading(firstColumn, (row) => letters(row.text.slice(0, 6)));
    expect(
      findUnreadInk(
        gray,
        paper,
        lines.map((line) => line.box),
        ROW_HEIGHT,
      ),
    ).toEqual([]);
    const short = findPageShortfall(gray, paper, ROW_HEIGHT, lines, []);
    if (!short) throw new Error('no shortfall');
    expect(short.readLetters).toBe(lines.reduce((sum, line) => sum + line.letters, 0));
    // The box holds the unread columns, not the read one.
    expect(short.box.x0).toBeGreaterThan((firstColumn[0] as TypedRow).box.x1);
    expect(short.box.x1).toBeGreaterThan((rows[0] as TypedRow).box.x1 - 40);
    expect(short.box.y0).toBeLessThan(TOP + 20);
    expect(short.box.y1).toBeGreaterThan((rows.at(-1) as TypedRow).box.y1 - 20);
    // What the region check has reported already is not counted again.
    expect(findPageShortfall(gray, paper, ROW_HEIGHT, lines, [short.box])).toBeUndefined();
  });

  it('leaves alone a page with little ink (a few lines, a signature page)', async () => {
    const { gray, rows } = await typedSheet(BODY.slice(0, 2));
    expect(
      findPageShortfall(
        gray,
        measurePaper(gray),
        ROW_HEIGHT,
        reading(rows, () => 0),
        [],
      ),
    ).toBeUndefined();
  });

  // Two scans with a seal and signature (read without colour: the seal's marks count as ink) and
  // one at 200 dpi; the bench reads the sample dossier's three in full (missingText: 0 'page').
  it.each(
    [
      'qn_cv299_UBND-TTHC_20250115_p1.jpg',
      'qn_ttr01_TTr-UBND_20250106_p1.jpg',
      'gov_cv464_TTg-CDS_20260430_p1.png',
    ].map(
      (name) => SAMPLE_PAGES.find((page) => page.image.endsWith(name))?.image ?? dataPath(`scans/${name}`),
    ),
  )('does not fire on the real modern scan %s as tesseract.js read it', async (file) => {
    const page = recordedPage(
      file
        .split('/')
        .at(-1)
        ?.replace(/\.\w+$/u, '') ?? '',
    );
    const gray = await makeOcrCopy(await loadPageImage(file, { dpi: 300 }));
    const lines = pageLines(page);
    const heights = lines.map((line) => line.rowHeight).sort((a, b) => a - b);
    const read = lines.map((line) => ({
      box: line.box,
      words: line.words.map((word) => word.box),
      letters: letters(line.text),
    }));
    const rowHeight = heights[Math.floor(heights.length / 2)] as number;
    const paper = measurePaper(gray);
    expect(findPageShortfall(gray, paper, rowHeight, read, [])).toBeUndefined();
    // Not by luck: with two lines in three dropped, each page is found short.
    const third = read.filter((_, index) => index % 3 === 0);
    const short = findPageShortfall(gray, paper, rowHeight, third, []);
    expect(short?.readLetters).toBe(third.reduce((sum, line) => sum + line.letters, 0));
  });
});
