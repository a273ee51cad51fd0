/** The encoded formats sohoa reads. */
export type PageImageFormat = 'jpeg' | 'png' | 'tiff' | 'webp';

/**
 * One scanned page as read from its file: the original encoded bytes (never re-encoded by
 * loading) and the facts sohoa needs about them.
 */
export interface PageImage {
  /** Where the page came from: the file path, or `"<buffer>"` for bytes given directly. */
  source: string;
  /** The original encoded bytes, untouched. */
  bytes: Buffer;
  /** The encoded format. */
  format: PageImageFormat;
  /** Width in pixels, as stored. */
  width: number;
  /** Height in pixels, as stored. */
  height: number;
  /** Horizontal resolution in dots per inch (from the file, or the override). */
  dpi: number;
  /** Where {@link PageImage.dpi} came from. */
  dpiSource: 'file' | 'override';
  /** Number of colour channels (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA or CMYK). */
  channels: number;
  /** The colour space libvips reports: `srgb`, `b-w`, `cmyk`, `rgb16`, `grey16`, … */
  colorSpace: string;
  /** Bits per sample (1 for bilevel scans, 8 for most, 16 for deep scans). */
  bitsPerSample: number;
}
