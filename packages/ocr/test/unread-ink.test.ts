import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GrayImage } from '@sohoa/core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../../fixtures/index.js';
import {
  findSkippedInk,
  findUnreadInk,
  type ReadLine,
  stillLooksLikeText,
} from '../src/layout/find-unread-ink.js';
import { measurePaper, type PaperLevels } from '../src/layout/paper-levels.js';
import { isSealRed, type RgbImage, sealInk } from '../src/layout/seal-ink.js';
import type { OcrLine, PixelBox } from '../src/result/ocr-result.js';
import { pageLines } from '../src/result/page-lines.js';
import { recordedPage } from './fixtures/index.js';

/** A page in gray and in colour, with the boxes of the lines OCR read on it. */
interface Sheet {
  gray: GrayImage;
  colour: RgbImage;
  paper: PaperLevels;
  lines: PixelBox[];
  rowHeight: number;
}

/** A page (`top` pixels and down of an image) as the OCR copy gray (`makeOcrCopy`'s steps) and in colour. */
async function sheet(image: Buffer | string, lines: PixelBox[], rowHeight: number, top = 0): Promise<Sheet> {
  const { width = 0, height = 0 } = await sharp(image).metadata();
  const area = { left: 0, top, width, height: height - top };
  const gray = await sharp(image)
    .extract(area)
    .grayscale()
    .normalise()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rgb = await sharp(image).extract(area).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const image8 = { data: gray.data, width: gray.info.width, height: gray.info.height, dpi: 300 };
  const colour = { data: rgb.data, width: rgb.info.width, height: rgb.info.height };
  return { gray: image8, colour, paper: measurePaper(image8), lines, rowHeight };
}

/** Where the part of the real scans used here begins: the last paragraphs, the signature block and its seal. */
const TOP = 2100;

/**
 * The lower part of a real scan of the sample dossier with the lines tesseract.js read there
 * (recorded on the whole page: no OCR runs here).
 */
async function realScan(name: string): Promise<Sheet & { read: OcrLine[] }> {
  const page = SAMPLE_PAGES.find((candidate) => candidate.name === name);
  if (!page) throw new Error(`no sample page ${name}`);
  const all = pageLines(
    recordedPage(
      page.image
        .split('/')
        .at(-1)
        ?.replace(/\.jpg$/u, '') ?? '',
    ),
  );
  const heights = all.map((line) => line.rowHeight).sort((a, b) => a - b);
  const read = all
    .filter((line) => line.box.y0 >= TOP)
    .map((line) => ({ ...line, box: { ...line.box, y0: line.box.y0 - TOP, y1: line.box.y1 - TOP } }));
  const scan = await sheet(
    page.image,
    read.map((line) => line.box),
    heights[Math.floor(heights.length / 2)] as number,
    TOP,
  );
  return { ...scan, read };
}

/** The box of the rows and columns of a page holding at least 20 seal-red pixels: its round seal. */
function sealBox({ colour }: Sheet): PixelBox {
  const rows = new Array<number>(colour.height).fill(0);
  const columns = new Array<number>(colour.width).fill(0);
  for (let y = 0; y < colour.height; y++)
    for (let x = 0; x < colour.width; x++) {
      const at = (y * colour.width + x) * 3;
      if (
        isSealRed(colour.data[at] as number, colour.data[at + 1] as number, colour.data[at + 2] as number)
      ) {
        rows[y] = (rows[y] as number) + 1;
        columns[x] = (columns[x] as number) + 1;
      }
    }
  const dense = (count: number) => count >= 20;
  return {
    x0: columns.findIndex(dense),
    y0: rows.findIndex(dense),
    x1: columns.findLastIndex(dense) + 1,
    y1: rows.findLastIndex(dense) + 1,
  };
}

const meets = (a: PixelBox, b: PixelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const unread = (page: Sheet, lines = page.lines) =>
  findUnreadInk(page.gray, page.paper, lines, page.rowHeight);
const textWithoutRed = (page: Sheet, region: PixelBox, lines = page.lines) =>
  stillLooksLikeText(
    page.gray,
    page.paper,
    lines,
    page.rowHeight,
    region,
    sealInk(page.colour, page.gray.width, page.gray.height),
  );

const FONT = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
  'DejaVuSans-Bold.ttf',
);

/**
 * A rectangular stamp as archives put on copies ("SAO Y BẢN CHÍNH", 14 pt capitals in a frame)
 * inked in `ink` on yellowed paper, 300 dpi: its letters stand on one line like typed text.
 */
async function stamp(ink: [number, number, number]): Promise<Buffer> {
  const { data, info } = await sharp({
    text: { text: 'SAO Y BẢN CHÍNH', font: 'DejaVu Sans Bold 14', fontfile: FONT, dpi: 300 },
  })
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const [width, height] = [1400, 420];
  const [left, top] = [Math.round((width - info.width) / 2), Math.round((height - info.height) / 2)];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const tx = x - left;
      const ty = y - top;
      const inText = tx >= 0 && ty >= 0 && tx < info.width && ty < info.height;
      const frame =
        x >= left - 40 &&
        x < left + info.width + 40 &&
        y >= top - 40 &&
        y < top + info.height + 40 &&
        !(x >= left - 34 && x < left + info.width + 34 && y >= top - 34 && y < top + info.height + 34);
      // Stamp-pad ink is never solid: 80 % at most, less where the pad was dry.
      const a =
        Math.max(frame ? 1 : 0, inText ? (data[ty * info.width + tx] as number) / 255 : 0) *
        (0.65 + 0.15 * Math.sin(x / 23) * Math.cos(y / 17));
      const paper = [236, 224, 186];
      for (let c = 0; c < 3; c++)
        pixels[(y * width + x) * 3 + c] = Math.round((paper[c] as number) * (1 - a) + (ink[c] as number) * a);
    }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withMetadata({ density: 300 })
    .png()
    .toBuffer();
}

/** The two real scans with a seal, read once for every test of the file. */
const scans = new Map<string, Sheet & { read: OcrLine[] }>();

beforeAll(async () => {
  for (const name of ['cv299', 'ttr01']) scans.set(name, await realScan(name));
});

describe('seals and stamps in the second look', () => {
  it('finds no text in the round red seal and signature beside the signer name OCR read (cv299)', () => {
    const page = scans.get('cv299') as Sheet;
    const seal = sealBox(page);
    expect([seal.x1 - seal.x0, seal.y1 - seal.y0].every((side) => side > 350 && side < 600)).toBe(true);
    expect(unread(page).filter((region) => meets(region, seal))).toEqual([]);
  });

  it("still reports the signer's title and name OCR did not read under the seal of ttr01, also once the red is paper", () => {
    const page = scans.get('ttr01') as Sheet & { read: OcrLine[] };
    expect(page.read.some((line) => /Tuấn/u.test(line.text))).toBe(false);
    const regions = unread(page).filter((region) => meets(region, sealBox(page)));
    expect(regions).toHaveLength(1);
    expect(textWithoutRed(page, regions[0] as PixelBox)).toBe(true);
  });

  it.each([
    ['cv299', /^đặt trụ sở chính/u],
    ['ttr01', /^Xây dựng tại kỳ họp/u],
  ])('still reports a typed line of %s that OCR dropped', (name, dropped) => {
    const page = scans.get(name) as Sheet & { read: OcrLine[] };
    const line = page.read.find((candidate) => dropped.test(candidate.text));
    if (!line) throw new Error(`${name}: no recorded line ${dropped}`);
    const lines = page.read.filter((other) => other !== line).map((other) => other.box);
    const found = unread(page, lines).filter((region) => meets(region, line.box));
    expect(found.length).toBeGreaterThan(0);
    for (const region of found) expect(textWithoutRed(page, region, lines)).toBe(true);
  });

  it('takes a red stamp for no text, and the same stamp in black or violet ink for text', async () => {
    for (const [ink, text] of [
      [[200, 40, 55], false],
      [[30, 28, 32], true],
      [[105, 60, 160], true],
    ] as const) {
      const page = await sheet(await stamp([...ink]), [], 54);
      const regions = unread(page);
      // The frame and the letters inside it (two regions, one in the other).
      expect(regions.length, `ink ${ink}`).toBeGreaterThan(0);
      for (const region of regions) expect(textWithoutRed(page, region), `ink ${ink}`).toBe(text);
    }
  });

  it('tells seal red from the inks and papers of old documents, on white and on yellowed paper', () => {
    const yellowed = [236, 224, 186] as const;
    const on = (ink: readonly number[], paper: readonly number[], a: number) =>
      [0, 1, 2].map((c) => Math.round((paper[c] as number) * (1 - a) + (ink[c] as number) * a)) as [
        number,
        number,
        number,
      ];
    // Crimson, faded pink and scarlet seal ink, solid and as a faint edge.
    for (const ink of [
      [205, 45, 60],
      [226, 120, 132],
      [200, 70, 40],
    ])
      for (const paper of [[255, 255, 255] as const, yellowed])
        for (const a of [1, 0.35])
          expect(isSealRed(...on(ink, paper, a), paper), `${ink} ${a} on ${paper}`).toBe(true);
    // Ribbon black, faded brown ribbon, violet and blue carbon, blue ballpoint, a water stain.
    for (const ink of [
      [30, 28, 32],
      [95, 80, 70],
      [105, 60, 160],
      [45, 70, 165],
      [40, 60, 140],
      [190, 160, 120],
    ])
      for (const paper of [[255, 255, 255] as const, yellowed])
        for (const a of [1, 0.35])
          expect(isSealRed(...on(ink, paper, a), paper), `${ink} ${a} on ${paper}`).toBe(false);
    // Yellowed paper itself, judged against white.
    expect(isSealRed(...yellowed)).toBe(false);
  });
});

describe('lines read only in part', () => {
  const readLines = (lines: OcrLine[]): ReadLine[] =>
    lines.map((line) => ({
      box: line.box,
      words: line.words.map((word) => word.box),
      letters: line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0,
    }));
  /** Where the signature block begins on both scans (2530 on the page): "Nơi nhận:" and the signer's title. */
  const BLOCK = 2530 - TOP;

  it.each([
    ['cv299', 'CHÁNH VĂN PHÒNG', 1420],
    ['ttr01', 'PHÓ CHỦ TỊCH', 1540],
  ])(
    "finds the part of a line holding %s's second title line, which OCR read in no word, and nothing in the body",
    (name, title, left) => {
      const page = scans.get(name) as Sheet & { read: OcrLine[] };
      expect(page.read.some((line) => line.text.includes(title))).toBe(false);
      const skipped = findSkippedInk(page.gray, page.paper, readLines(page.read), page.rowHeight);
      expect(skipped.length).toBeGreaterThan(0);
      for (const box of skipped) {
        // In the signature block, reaching across the title's left edge.
        expect(box.y0).toBeGreaterThanOrEqual(BLOCK);
        expect(box.x0 < left && box.x1 > left + 200).toBe(true);
      }
    },
  );

  it('finds words the engine left out of the middle of a typed line', () => {
    const page = scans.get('ttr01') as Sheet & { read: OcrLine[] };
    const line = page.read.find((candidate) => candidate.text.startsWith('Xây dựng tại kỳ họp')) as OcrLine;
    const whole = findSkippedInk(page.gray, page.paper, readLines(page.read), page.rowHeight);
    expect(whole.filter((box) => meets(box, line.box))).toEqual([]);
    const kept = [...line.words.slice(0, 2), ...line.words.slice(-2)];
    const cut = { ...line, words: kept, text: kept.map((word) => word.text).join(' ') };
    const skipped = findSkippedInk(
      page.gray,
      page.paper,
      readLines(page.read.map((other) => (other === line ? cut : other))),
      page.rowHeight,
    ).filter((box) => meets(box, line.box));
    expect(skipped).toHaveLength(1);
    const [box] = skipped as [PixelBox];
    const dropped = line.words.slice(2, -2).map((word) => word.box);
    expect(box.x0).toBeLessThanOrEqual((dropped[0] as PixelBox).x1);
    expect(box.x1).toBeGreaterThanOrEqual((dropped.at(-1) as PixelBox).x0);
  });
});
