/**
 * Types rows on an A4 page at 300 dpi in a monospace font (sharp's Pango text renderer, DejaVu Sans
 * Mono from `dejavu-fonts-ttf`, which covers Vietnamese) and ages it the ways old copies age:
 * ribbon ink that varies from key to key, keys struck twice or off the line, carbon-copy blur and
 * violet or blue ink, stencil bleed, faded ribbons, yellowed mottled paper with stains and a darker
 * band, specks near letters, skew, grain and JPEG. Everything comes from one seeded random source.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/** How the text was put on paper. */
export type Impression = 'ribbon' | 'faded-ribbon' | 'carbon-violet' | 'carbon-blue' | 'stencil';

/** The ageing of one page. */
export interface Ageing {
  impression: Impression;
  /** Skew, degrees counter-clockwise. */
  skew: number;
  /** How much darker a band of paper across the middle of the text is (0: no band; 0.3: 30 %). */
  band: number;
  /** Brown water stains. */
  stains: number;
  /** Dark specks, a third of them just above typed letters where tone marks sit. */
  specks: number;
  jpegQuality: number;
}

const WIDTH = 2480;
const HEIGHT = 3508;
const LEFT = 270;
const TOP = 260;
const ROW_PITCH = 72; // 1.5 line spacing of a 12 pt typewriter face at 300 dpi
const require = createRequire(import.meta.url);
const FONT_FILE = join(
  dirname(require.resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
  'DejaVuSansMono.ttf',
);

const INK: Record<Impression, { rgb: [number, number, number]; strength: [number, number]; blur: number }> = {
  ribbon: { rgb: [30, 28, 32], strength: [0.8, 1], blur: 0.7 },
  'faded-ribbon': { rgb: [95, 80, 70], strength: [0.4, 0.55], blur: 0.9 },
  'carbon-violet': { rgb: [105, 60, 160], strength: [0.5, 0.7], blur: 1.9 },
  'carbon-blue': { rgb: [45, 70, 165], strength: [0.5, 0.7], blur: 1.7 },
  stencil: { rgb: [25, 25, 30], strength: [0.8, 1], blur: 1.2 },
};

/** Cell advance, the bar's ink bearing, the baseline, and the five tone marks' ink, measured once. */
interface CellMetrics {
  advance: number;
  bearing: number;
  baseline: number;
  marks: Map<string, Glyph>;
}
interface Glyph {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}
let cellMetrics: Promise<CellMetrics> | undefined;
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

async function renderText(text: string): Promise<Glyph> {
  const { data, info } = await sharp({
    text: { text: escapePango(text), font: 'DejaVu Sans Mono 12', fontfile: FONT_FILE, dpi: 300 },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

async function measureCells(): Promise<CellMetrics> {
  const one = await renderText('\u2502');
  const two = await renderText('\u2502\u2502');
  const advance = two.width - one.width;
  const framedX = await renderText('\u2502x\u2502');
  let baseline = 0;
  for (let y = 0; y < framedX.height; y++)
    for (let x = one.width + 2; x < framedX.width - one.width - 2; x++)
      if ((framedX.data[(y * framedX.width + x) * framedX.channels] ?? 0) > 128) baseline = y + 1;
  const marks = new Map<string, Glyph>();
  for (const tone of TONES) marks.set(tone, await renderText(`\u00a0${tone}`));
  return { advance, bearing: (advance - one.width) / 2, baseline, marks };
}

/**
 * Renders one row of text as ink coverage (0–255), `ROW_PITCH` tall, column 0 at x = 0. As on a
 * Vietnamese typewriter, tone marks are dead keys struck over the letter (â, ê, ô, ơ, ư, ă, đ have
 * keys of their own): each is stamped above the letter's ink (the dot below the baseline).
 * Pango's image is cropped to the ink, so the row is framed by two full-height bars (│) that fix
 * its origin; they are cut off.
 */
async function typeRow(row: string): Promise<{ data: Buffer; width: number; advance: number }> {
  cellMetrics ??= measureCells();
  const { advance, bearing, baseline, marks } = await cellMetrics;
  const keys = [...row.normalize('NFC')].map((character) => {
    const decomposed = character.normalize('NFD');
    const tone = TONES.find((mark) => decomposed.includes(mark));
    const base = tone ? decomposed.replace(tone, '').normalize('NFC') : character;
    // A mark above an i replaces its dot (a dotless ı is typed under it).
    return { base: base === 'i' && tone && tone !== '\u0323' ? '\u0131' : base, tone };
  });
  const glyphs = await renderText(`\u2502${keys.map((key) => key.base).join('')}\u2502`);
  const skip = Math.round(advance - bearing);
  const width = Math.round(keys.length * advance);
  const ink = Buffer.alloc(width * ROW_PITCH);
  for (let y = 0; y < Math.min(ROW_PITCH, glyphs.height); y++)
    for (let x = 0; x < width; x++)
      ink[y * width + x] = glyphs.data[(y * glyphs.width + x + skip) * glyphs.channels] ?? 0;
  for (const [index, { tone }] of keys.entries()) {
    const mark = tone ? marks.get(tone) : undefined;
    if (!mark) continue;
    const x0 = Math.round(index * advance);
    const x1 = Math.round((index + 1) * advance);
    let top = baseline;
    for (let y = 0; y < baseline && top === baseline; y++)
      for (let x = x0; x < x1; x++) if ((ink[y * width + x] ?? 0) > 128) top = y;
    const left = Math.round(x0 + (advance - mark.width) / 2);
    const markTop = tone === '\u0323' ? baseline + 4 : Math.max(0, top - 3 - mark.height);
    for (let y = 0; y < mark.height; y++)
      for (let x = 0; x < mark.width; x++) {
        const at = (markTop + y) * width + left + x;
        if (markTop + y >= ROW_PITCH || left + x < 0 || left + x >= width) continue;
        ink[at] = Math.max(ink[at] ?? 0, mark.data[(y * mark.width + x) * mark.channels] ?? 0);
      }
  }
  return { data: ink, width, advance };
}

function escapePango(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Types `rows` key by key: every key's ink strength varies, some keys print off the line or are
 * struck twice, then the impression's blur (ribbon, carbon, stencil bleed) spreads the ink.
 * Returns ink coverage 0–1 for the whole page.
 */
async function typePage(rows: string[], impression: Impression, random: () => number): Promise<Float32Array> {
  const ink = new Float32Array(WIDTH * HEIGHT);
  const { strength } = INK[impression];
  for (const [index, row] of rows.entries()) {
    if (row.trim() === '') continue;
    const glyphs = await typeRow(row);
    const characters = [...row].length;
    const advance = glyphs.advance;
    const top = TOP + index * ROW_PITCH;
    for (let key = 0; key < characters; key++) {
      const keyStrength = (strength[0] + (strength[1] - strength[0]) * random()) / 255;
      const dy = random() < 0.08 ? Math.round((random() - 0.5) * 6) : 0;
      const twice = random() < 0.05 ? 1 + Math.round(random() * 2) : 0;
      const x0 = Math.round(key * advance);
      const x1 = Math.min(glyphs.width, Math.round((key + 1) * advance));
      for (let y = 0; y < ROW_PITCH; y++) {
        for (let x = x0; x < x1; x++) {
          const value = (glyphs.data[y * glyphs.width + x] ?? 0) * keyStrength;
          if (value === 0) continue;
          for (const shift of twice ? [0, twice] : [0]) {
            const at = (top + y + dy) * WIDTH + LEFT + x + shift;
            ink[at] = Math.max(ink[at] ?? 0, shift ? value * 0.8 : value);
          }
        }
      }
    }
  }
  return spread(ink, impression);
}

/**
 * The impression's blur; a stencil's ink also bleeds outward first (sharp's `erode` grows the
 * light foreground, here the ink; its `dilate` would thin the strokes and erase tone marks).
 */
async function spread(ink: Float32Array, impression: Impression): Promise<Float32Array> {
  let bytes = Buffer.from(Uint8Array.from(ink, (value) => Math.round(Math.min(1, value) * 255)));
  const raw = { raw: { width: WIDTH, height: HEIGHT, channels: 1 as const } };
  if (impression === 'stencil') bytes = await sharp(bytes, raw).erode(1).extractChannel(0).raw().toBuffer();
  const blurred = await sharp(bytes, raw).blur(INK[impression].blur).extractChannel(0).raw().toBuffer();
  return Float32Array.from(blurred, (value) => value / 255);
}

/** Low-frequency noise in [0, 1]: a coarse random grid smoothly enlarged to the page. */
async function cloud(random: () => number, cells: number): Promise<Float32Array> {
  const w = cells;
  const h = Math.round((cells * HEIGHT) / WIDTH);
  const grid = Buffer.from(Array.from({ length: w * h }, () => Math.round(random() * 255)));
  const big = await sharp(grid, { raw: { width: w, height: h, channels: 1 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .blur(3)
    .extractChannel(0)
    .raw()
    .toBuffer();
  return Float32Array.from(big, (value) => value / 255);
}

/**
 * Types `rows` and ages the page as `ageing` says; returns a JPEG at 300 dpi.
 *
 * @example
 * ```ts
 * const jpeg = await typeAndAge(layoutTypedPage(PERIOD_TEXTS[0]).rows, ageing, random);
 * ```
 */
export async function typeAndAge(rows: string[], ageing: Ageing, random: () => number): Promise<Buffer> {
  const ink = await typePage(rows, ageing.impression, random);
  const mottle = await cloud(random, 24);
  const blotch = ageing.impression === 'stencil' ? await cloud(random, 90) : undefined;
  const paper: [number, number, number] = [236 - random() * 10, 222 - random() * 12, 176 - random() * 20];
  const stains = Array.from({ length: ageing.stains }, () => ({
    x: random() * WIDTH,
    y: random() * HEIGHT,
    r: 120 + random() * 380,
  }));
  const bandTop = HEIGHT * (0.28 + random() * 0.1);
  const bandHeight = HEIGHT * (0.1 + random() * 0.06);
  const [inkR, inkG, inkB] = INK[ageing.impression].rgb;
  const pixels = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++) {
    // The band darkens the paper (not the ink's colour) with soft edges.
    const inBand = Math.max(0, 1 - Math.abs(y - bandTop - bandHeight / 2) / (bandHeight / 2));
    const bandShade = 1 - ageing.band * Math.min(1, inBand * 2.5);
    for (let x = 0; x < WIDTH; x++) {
      const i = y * WIDTH + x;
      let shade = bandShade * (0.9 + 0.1 * (mottle[i] ?? 0));
      for (const stain of stains) {
        if (Math.abs(x - stain.x) > stain.r || Math.abs(y - stain.y) > stain.r) continue;
        const d = Math.hypot(x - stain.x, (y - stain.y) * 1.3) / stain.r;
        if (d < 1) shade *= d > 0.94 ? 0.9 + (0.06 * Math.abs(d - 0.97)) / 0.03 : 0.96;
      }
      let a = ink[i] ?? 0;
      if (blotch) a *= 0.55 + 0.6 * (blotch[i] ?? 0);
      a = Math.min(1, a);
      pixels[i * 3] = paper[0] * shade * (1 - a) + inkR * a;
      pixels[i * 3 + 1] = paper[1] * shade * (1 - a) + inkG * a;
      pixels[i * 3 + 2] = paper[2] * (shade * 0.97) * (1 - a) + inkB * a;
    }
  }
  addSpecks(pixels, ageing.specks, random);
  const rotated = await sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .rotate(-ageing.skew, { background: { r: paper[0], g: paper[1], b: paper[2] } })
    .resize(WIDTH, HEIGHT, { fit: 'cover' })
    .raw()
    .toBuffer();
  for (let i = 0; i < rotated.length; i += 3) {
    const grain = (random() + random() + random() - 1.5) * 16;
    for (let c = 0; c < 3; c++) rotated[i + c] = Math.max(0, Math.min(255, (rotated[i + c] ?? 0) + grain));
  }
  return sharp(rotated, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .withMetadata({ density: 300 })
    .jpeg({ quality: ageing.jpegQuality })
    .toBuffer();
}

/** Dark specks 1–3 px in radius; a third of them in the band above a typed row, where tone marks sit. */
function addSpecks(pixels: Buffer, count: number, random: () => number): void {
  for (let n = 0; n < count; n++) {
    const nearText = random() < 1 / 3;
    const x = Math.round(nearText ? LEFT + random() * 1900 : random() * WIDTH);
    const y = Math.round(
      nearText ? TOP + Math.floor(random() * 38) * ROW_PITCH + 4 + random() * 10 : random() * HEIGHT,
    );
    const radius = 1 + random() * 2;
    const darkness = 60 + random() * 60;
    for (let dy = -3; dy <= 3; dy++)
      for (let dx = -3; dx <= 3; dx++) {
        if (dx * dx + dy * dy > radius * radius) continue;
        const at = ((y + dy) * WIDTH + x + dx) * 3;
        if (at < 0 || at + 2 >= pixels.length) continue;
        for (let c = 0; c < 3; c++) pixels[at + c] = Math.min(pixels[at + c] ?? 0, darkness);
      }
  }
}
