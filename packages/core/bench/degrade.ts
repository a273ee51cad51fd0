import sharp from 'sharp';
import { seededRandom } from '../../../bench/seeded-random.js';

/**
 * An old-paper render of a page, deterministic for a seed, made with sharp only: contrast lowered
 * (ink at about 75, paper at about 225 of 255), a slight blur (σ 0.9 px at 300 dpi), yellowed and
 * unevenly lit paper (a yellow tint darkening towards one corner, with two soft stains), dust
 * specks (about 2500 dark dots of 1–3 px), saved as a JPEG of quality 80 at the page's resolution.
 */
export async function degradePage(input: string | Buffer, dpi: number, seed: number): Promise<Buffer> {
  const random = seededRandom(seed);
  const { data, info } = await sharp(input)
    .removeAlpha()
    .toColourspace('srgb')
    .linear(0.6, 75)
    .blur(0.9)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  // The paper: a coarse 64-cell-wide field of yellow tints, smoothly enlarged to the page.
  const cellsX = 64;
  const cellsY = Math.round((64 * height) / width);
  const field = Buffer.alloc(cellsX * cellsY * 3);
  const corner = { x: random() < 0.5 ? 0 : 1, y: random() < 0.5 ? 0 : 1 };
  const stains = [0, 1].map(() => ({ x: random(), y: random(), radius: 0.08 + 0.1 * random() }));
  for (let y = 0; y < cellsY; y++) {
    for (let x = 0; x < cellsX; x++) {
      const u = x / (cellsX - 1);
      const v = y / (cellsY - 1);
      // Up to 30 % darker towards one corner (uneven lighting, an aged edge).
      let light = 1 - 0.3 * Math.hypot(u - corner.x, v - corner.y) ** 2 * 0.5;
      for (const stain of stains) {
        const distance = Math.hypot(u - stain.x, (v - stain.y) * (height / width)) / stain.radius;
        if (distance < 1) light *= 1 - 0.12 * (1 - distance * distance);
      }
      const offset = (y * cellsX + x) * 3;
      field[offset] = Math.round(255 * light);
      field[offset + 1] = Math.round(238 * light);
      field[offset + 2] = Math.round(196 * light);
    }
  }
  const paper = await sharp(field, { raw: { width: cellsX, height: cellsY, channels: 3 } })
    .resize(width, height, { fit: 'fill', kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Dust: dark dots of 1–3 px across the page.
  const dust = Buffer.alloc(width * height * 3, 255);
  const specks = Math.round((2500 * width * height) / (2480 * 3508));
  for (let speck = 0; speck < specks; speck++) {
    const cx = Math.floor(random() * width);
    const cy = Math.floor(random() * height);
    const size = 1 + Math.floor(random() * 3);
    const level = Math.round(40 + 90 * random());
    for (let dy = 0; dy < size; dy++) {
      for (let dx = 0; dx < size; dx++) {
        if (cx + dx >= width || cy + dy >= height) continue;
        dust.fill(level, ((cy + dy) * width + cx + dx) * 3, ((cy + dy) * width + cx + dx) * 3 + 3);
      }
    }
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let index = 0; index < data.length; index++) {
    out[index] = ((data[index] as number) * (paper[index] as number) * (dust[index] as number)) / 65025;
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .withDensity(dpi)
    .toBuffer();
}
