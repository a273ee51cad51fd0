import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadPageImage, makeOcrCopy } from '@sohoa/core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dataPath, SAMPLE_PAGES } from '../../../fixtures/index.js';
import { findUnreadInk, type ReadLine } from '../src/layout/find-unread-ink.js';
import { findPageShortfall } from '../src/layout/page-shortfall.js';
import { measurePaper } from '../src/layout/paper-levels.js';
import type { PixelBox } from '../src/result/ocr-result.js';
import { pageLines } from '../src/result/page-lines.js';
import { recordedPage } from './fixtures/index.js';

const FONT = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
  'DejaVuSansMono.ttf',
);
const LEFT = 240;
const TOP = 160;
const PITCH = 72;
const ROW_HEIGHT = 54;
const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/** A typed row as it lies on the page: its text and its ink's box. */
interface TypedRow {
  text: string;
  box: PixelBox;
}

/**
 * A half A4 sheet at 300 dpi typed in a 12 pt monospace face, grey ink on slightly yellowed
 * paper, one row every 1.5 lines; returns the gray page and each row's ink box.
 */
async function typedSheet(
  rows: string[],
): Promise<{ gray: Awaited<ReturnType<typeof makeOcrCopy>>; rows: TypedRow[] }> {
  const rendered = await Promise.all(
    rows.map(async (text) => {
      const escaped = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
      const { data, info } = await sharp({
        text: { text: escaped, font: 'DejaVu Sans Mono 12', fontfile: FONT, dpi: 300 },
      })
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }),
  );
  const [width, height] = [2480, TOP * 2 + rows.length * PITCH];
  const pixels = Buffer.alloc(width * height, 232);
  const typed: TypedRow[] = [];
  for (const [index, row] of rendered.entries()) {
    const top = TOP + index * PITCH;
    for (let y = 0; y < row.height; y++)
      for (let x = 0; x < row.width; x++) {
        const ink = (row.data[y * row.width + x] as number) / 255;
        const at = (top + y) * width + LEFT + x;
        pixels[at] = Math.round((pixels[at] as number) * (1 - ink * 0.7) + 40 * ink * 0.7);
      }
    typed.push({
      text: rows[index] as string,
      box: { x0: LEFT, y0: top, x1: LEFT + row.width, y1: top + row.height },
    });
  }
  return { gray: { data: pixels, width, height, dpi: 300 }, rows: typed };
}

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

/** A register of short entries in three columns, none eight letters long. */
const REGISTER = Array.from({ length: 14 }, (_, index) =>
  [`Số ${index + 12}`, `Ty Y-tế`, `${index + 3} người`, `Hà-nội`]
    .map((cell) => cell.padEnd(14, ' '))
    .join(''),
);

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
