import type { PageImage } from '../image/page-image.js';

/** How a page's pixels are stored. */
export interface ColorInfo {
  /** `bilevel` (1 bit), `grayscale` or `color`. */
  mode: 'bilevel' | 'grayscale' | 'color';
  /** Bits per pixel of the colour channels, alpha not counted: 1, 8, 16, 24, 32 (CMYK), 48. */
  bitsPerPixel: number;
  /** Bits per sample as stored. */
  bitsPerSample: number;
  /** The colour space libvips reports (`srgb`, `b-w`, `cmyk`, …). */
  colorSpace: string;
}

/**
 * Reads the colour mode and depth of a page from its file's header.
 *
 * @example
 * ```ts
 * import { describeColor, loadPageImage } from '@sohoa/core';
 *
 * const color = describeColor(await loadPageImage('p1.jpg'));
 * console.log(color.mode, color.bitsPerPixel); // color 24
 * ```
 */
export function describeColor(page: PageImage): ColorInfo {
  const hasAlpha = page.channels === 2 || (page.channels === 4 && page.colorSpace !== 'cmyk');
  const colorChannels = hasAlpha ? page.channels - 1 : page.channels;
  const mode = colorChannels >= 3 ? 'color' : page.bitsPerSample === 1 ? 'bilevel' : 'grayscale';
  return {
    mode,
    bitsPerPixel: colorChannels * page.bitsPerSample,
    bitsPerSample: page.bitsPerSample,
    colorSpace: page.colorSpace,
  };
}
