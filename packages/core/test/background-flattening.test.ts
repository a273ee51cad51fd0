import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { degradePage } from '../bench/degrade.js';
import {
  characterErrorRate,
  cleanPageForOcr,
  type GrayImage,
  loadPageImage,
  makeOcrCopy,
  type PageImage,
} from '../src/index.js';
import { COLOR_SCANS, renderedPath, scanPath } from './scan-fixtures.js';

/** The rendered page that the benchmark's degraded render with seed 4 comes from. */
const RENDERED = 'qn_tb542_TB-UBND_20241106_p1';

/** The page's paper in the original render: light pixels at least 4 px from any ink (sharp's `dilate` grows the dark ink). */
async function paperMask(): Promise<Uint8Array> {
  const { data, info } = await sharp(renderedPath(`${RENDERED}.png`))
    .flatten({ background: '#fff' })
    .grayscale()
    .dilate(4)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const mask = new Uint8Array(info.width * info.height);
  for (let index = 0; index < mask.length; index++) mask[index] = (data[index] as number) >= 250 ? 1 : 0;
  return mask;
}

/** Share of the paper pixels of an OCR copy that are white or nearly (240 or more). */
function whitePaper(copy: GrayImage, paper: Uint8Array): number {
  let total = 0;
  let white = 0;
  for (let index = 0; index < paper.length; index++) {
    if (paper[index] === 0) continue;
    total++;
    if ((copy.data[index] as number) >= 240) white++;
  }
  return white / total;
}

/** The render aged as the benchmark ages it (low contrast, blur, yellowed uneven paper, dust). */
async function degraded(seed: number): Promise<PageImage> {
  const page = await loadPageImage(renderedPath(`${RENDERED}.png`));
  return loadPageImage(await degradePage(page.bytes, page.dpi, seed));
}

describe('cleanPage background flattening (normalizeBackground, minBackgroundUnevenness)', () => {
  it('leaves the even paper of the real scans as the contrast stretch makes it', async () => {
    for (const scan of COLOR_SCANS) {
      const page = await loadPageImage(scanPath(scan));
      const cleaned = await cleanPageForOcr(page, { despeckle: false });
      expect(cleaned.backgroundUnevenness).toBeLessThan(0.02);
      expect(cleaned.backgroundFlattened).toBe(false);
      expect(cleaned.ocrCopy.data.equals((await makeOcrCopy(page)).data)).toBe(true);
    }
  });

  it('flattens yellowed, unevenly lit paper to white, not to a mottled grey', async () => {
    const paper = await paperMask();
    for (const seed of [4, 5]) {
      const page = await degraded(seed);
      const cleaned = await cleanPageForOcr(page, { despeckle: false });
      expect(cleaned.geometry.rotation).toBe(0);
      expect(cleaned.backgroundUnevenness).toBeGreaterThan(0.2);
      expect(cleaned.backgroundFlattened).toBe(true);
      // Under the plain copy's stretch most of the paper stays grey; flattened, nearly all is white.
      expect(whitePaper(await makeOcrCopy(page), paper)).toBeLessThan(0.5);
      expect(whitePaper(cleaned.ocrCopy, paper)).toBeGreaterThan(0.95);
    }
  });

  it('makes tesseract.js read the degraded page better than the plain OCR copy does', async () => {
    // @sohoa/ocr depends on @sohoa/core: imported at run time, as the package benchmark does.
    const { createOcrEngine } = await import('@sohoa/ocr');
    const truth = await import('node:fs/promises').then((fs) =>
      fs.readFile(renderedPath(`${RENDERED}.gt.txt`), 'utf8'),
    );
    const engine = await createOcrEngine();
    try {
      const page = await degraded(4);
      const plain = characterErrorRate(truth, (await engine.recognize(await makeOcrCopy(page))).text);
      const cleaned = characterErrorRate(
        truth,
        (await engine.recognize((await cleanPageForOcr(page)).ocrCopy)).text,
      );
      expect(cleaned).toBeLessThan(plain - 0.01);
    } finally {
      await engine.terminate();
    }
  });
});
