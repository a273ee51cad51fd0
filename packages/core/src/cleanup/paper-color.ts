import { grayHistogram, otsuThreshold } from '../analysis/otsu-threshold.js';
import type { GrayImage } from '../image/gray-image.js';
import { loadSharp } from '../image/load-sharp.js';
import type { PageImage } from '../image/page-image.js';

/** The colour of a page's paper. @internal */
export interface PaperColor {
  /** Gray level 0–255. */
  gray: number;
  /** The same as an RGB colour for sharp. */
  rgb: { r: number; g: number; b: number };
}

/**
 * The paper's gray level: the median of the pixels lighter than Otsu's threshold.
 *
 * @internal
 */
export function estimatePaperColor(gray: GrayImage): PaperColor {
  const histogram = grayHistogram(gray.data, 7);
  const threshold = otsuThreshold(histogram);
  let total = 0;
  for (let level = threshold; level < 256; level++) total += histogram[level] ?? 0;
  let cumulative = 0;
  let median = 255;
  for (let level = threshold; level < 256; level++) {
    cumulative += histogram[level] ?? 0;
    if (cumulative * 2 >= total) {
      median = level;
      break;
    }
  }
  return { gray: median, rgb: { r: median, g: median, b: median } };
}

/**
 * The paper's colour in RGB, from a 256-pixel-wide thumbnail: per channel, the median of the
 * pixels lighter than Otsu's threshold. Yellowed paper gives a yellowish fill, so deskewed
 * corners do not stand out in the master.
 *
 * @internal
 */
export async function estimatePaperRgb(page: PageImage, paperGray: number): Promise<PaperColor['rgb']> {
  const sharp = await loadSharp();
  const { data, info } = await sharp(page.bytes, { limitInputPixels: false })
    .autoOrient()
    .resize(256)
    .removeAlpha()
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  return paperRgbOf(data, info.channels, 1, paperGray);
}

/**
 * {@link estimatePaperRgb} from pixels already decoded (8-bit sRGB, 3 bytes a pixel), on one
 * pixel in 31 (about 280 000 of an A4 page at 300 dpi): no second decode of the page.
 *
 * @internal
 */
export function estimatePaperRgbOfPixels(rgb: Uint8Array, paperGray: number): PaperColor['rgb'] {
  return paperRgbOf(rgb, 3, 31, paperGray);
}

/** Per channel, the median of the sampled pixels lighter than Otsu's threshold (and the paper gray). */
function paperRgbOf(data: Uint8Array, channels: number, step: number, paperGray: number): PaperColor['rgb'] {
  const pixels = Math.floor(data.length / channels / step);
  const luma = new Uint8Array(pixels);
  for (let index = 0; index < pixels; index++) {
    const offset = index * step * channels;
    luma[index] = Math.round(
      0.299 * (data[offset] ?? 0) + 0.587 * (data[offset + 1] ?? 0) + 0.114 * (data[offset + 2] ?? 0),
    );
  }
  const threshold = Math.min(otsuThreshold(grayHistogram(luma)), paperGray);
  const histograms = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
  let count = 0;
  for (let index = 0; index < pixels; index++) {
    if ((luma[index] ?? 0) < threshold) continue;
    count++;
    for (let channel = 0; channel < 3; channel++) {
      const histogram = histograms[channel] as Uint32Array;
      const value = data[index * step * channels + channel] ?? 0;
      histogram[value] = (histogram[value] ?? 0) + 1;
    }
  }
  if (count === 0) return { r: paperGray, g: paperGray, b: paperGray };
  const median = (histogram: Uint32Array): number => {
    let cumulative = 0;
    for (let level = 0; level < 256; level++) {
      cumulative += histogram[level] ?? 0;
      if (cumulative * 2 >= count) return level;
    }
    return 255;
  };
  return {
    r: median(histograms[0] as Uint32Array),
    g: median(histograms[1] as Uint32Array),
    b: median(histograms[2] as Uint32Array),
  };
}
