/**
 * Degraded synthetic pages for the OCR benchmark: real Vietnamese document text (the project's
 * shared `texts/`) typeset on A4 at 300 dpi with sharp's text renderer (Pango) in DejaVu Serif
 * 12 pt from `dejavu-fonts-ttf`, then "scanned": yellowed paper, skew, blur, noise and JPEG
 * compression. The page's text is its ground truth.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

/** A rendered page: the degraded JPEG and the text typeset on it. */
export interface DegradedRender {
  name: string;
  jpeg: Buffer;
  groundTruth: string;
  /** The skew applied, degrees counter-clockwise. */
  skew: number;
}

const WIDTH = 2480;
const HEIGHT = 3508;
const MARGIN = 236; // 20 mm
const require = createRequire(import.meta.url);
const FONT_FILE = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSerif.ttf');

function escapePango(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits a text into page-sized runs of whole lines (about 2,000 characters each). */
function pageTexts(text: string, pages: number, skipCharacters: number): string[] {
  const lines = text
    .normalize('NFC')
    .slice(skipCharacters)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !/^-{3,}/.test(line));
  const result: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of lines.slice(1)) {
    current.push(line);
    size += line.length;
    if (size > 2000) {
      result.push(current.join('\n'));
      if (result.length === pages) break;
      current = [];
      size = 0;
    }
  }
  return result;
}

async function typeset(text: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp({
    text: {
      text: escapePango(text),
      font: 'DejaVu Serif 12',
      fontfile: FONT_FILE,
      dpi: 300,
      width: WIDTH - 2 * MARGIN,
      wrap: 'word',
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Pango gives alpha-only glyphs (one channel): ink where the value is high.
  const ink = Buffer.alloc(info.width * info.height);
  for (let i = 0; i < ink.length; i++) ink[i] = 255 - (data[i * info.channels + info.channels - 1] ?? 0);
  return { data: ink, width: info.width, height: info.height };
}

/**
 * Renders `count` pages from the shared texts and degrades each one; the same seed gives the
 * same pages.
 */
export async function degradedRenders(textsFolder: string, count: number): Promise<DegradedRender[]> {
  const sources = [
    ['nd45', readFileSync(join(textsFolder, 'nd45_2026_ND-CP_20260126.txt'), 'utf8'), 3000],
    ['tb542', readFileSync(join(textsFolder, 'qn_tb542_TB-UBND_20241106.txt'), 'utf8'), 0],
  ] as const;
  const texts: { name: string; text: string }[] = [];
  const fromNotice = pageTexts(sources[1][1], 1, 0).map((text) => ({ name: 'tb542', text }));
  const fromDecree = pageTexts(sources[0][1], Math.max(0, count - fromNotice.length), 3000).map(
    (text, index) => ({ name: `nd45-${index + 1}`, text }),
  );
  texts.push(...fromNotice, ...fromDecree);
  let seed = 20_260_126;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const renders: DegradedRender[] = [];
  for (const { name, text } of texts.slice(0, count)) {
    let lines = text.split('\n');
    let glyphs = await typeset(lines.join('\n'));
    while (glyphs.height > HEIGHT - 2 * MARGIN && lines.length > 1) {
      lines = lines.slice(0, -2);
      glyphs = await typeset(lines.join('\n'));
    }
    const skew = (random() < 0.5 ? -1 : 1) * (1.5 + random());
    // Yellowed paper: the ink is dark brown-grey, the paper (250, 240, 200).
    const page = await sharp({
      create: { width: WIDTH, height: HEIGHT, channels: 3, background: { r: 250, g: 240, b: 200 } },
    })
      .composite([
        {
          input: await sharp(glyphs.data, {
            raw: { width: glyphs.width, height: glyphs.height, channels: 1 },
          })
            .toColourspace('srgb')
            .linear(0.85, 38)
            .png()
            .toBuffer(),
          left: MARGIN,
          top: MARGIN,
          blend: 'multiply',
        },
      ])
      .png()
      .toBuffer();
    const rotated = await sharp(page)
      .rotate(-skew, { background: { r: 250, g: 240, b: 200 } })
      .resize(WIDTH, HEIGHT, { fit: 'cover' })
      .blur(0.8)
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const pixels = rotated.data;
    for (let i = 0; i < pixels.length; i += 3) {
      const grain = (random() + random() + random() - 1.5) * 30;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, (pixels[i + c] ?? 0) + grain));
    }
    const jpeg = await sharp(pixels, {
      raw: { width: rotated.info.width, height: rotated.info.height, channels: 3 },
    })
      .withMetadata({ density: 300 })
      .jpeg({ quality: 40 })
      .toBuffer();
    renders.push({ name, jpeg, groundTruth: lines.join('\n'), skew: Math.round(skew * 100) / 100 });
  }
  return renders;
}
