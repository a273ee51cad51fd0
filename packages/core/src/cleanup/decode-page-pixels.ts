import { decodeError } from '../image/decode-error.js';
import type { GrayImage } from '../image/gray-image.js';
import { loadSharp } from '../image/load-sharp.js';
import type { PageImage } from '../image/page-image.js';
import { srgbLuma } from './srgb-luma.js';

/** A page decoded once: its pixels as 8-bit sRGB (3 bytes a pixel) or gray (1), and its gray. */
export interface PagePixels {
  /** Raw pixels, row by row, `channels` bytes a pixel, upright per EXIF, alpha flattened on white. */
  data: Buffer;
  /** 3 for colour pages, 1 for gray and bilevel ones. */
  channels: 1 | 3;
  /** The gray levels of the page (the same buffer as `data` when `channels` is 1). */
  gray: GrayImage;
}

/**
 * Decodes a page once to 8-bit pixels: colour pages (3 or more channels, CMYK converted) as
 * sRGB when `colour` is asked for, everything else as gray. Transparent areas become white
 * paper; 16-bit samples are reduced to 8 bits.
 *
 * @internal
 */
export async function decodePagePixels(page: PageImage, colour: boolean): Promise<PagePixels> {
  const sharp = await loadSharp();
  const channels = colour && page.channels >= 3 ? 3 : 1;
  try {
    const { data, info } = await sharp(page.bytes, { limitInputPixels: false })
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace(channels === 3 ? 'srgb' : 'b-w')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const gray: GrayImage = {
      data: channels === 3 ? srgbLuma(data, info.width * info.height) : data,
      width: info.width,
      height: info.height,
      dpi: page.dpi,
    };
    return { data, channels, gray };
  } catch (cause) {
    throw decodeError(page.source, cause);
  }
}
