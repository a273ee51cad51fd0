/**
 * An 8-bit, one-channel image held as raw pixels (row by row, top to bottom, one byte a pixel).
 * Handing raw pixels between stages avoids re-encoding PNGs, which costs more than the
 * processing itself.
 */
export interface GrayImage {
  /** `width × height` bytes, 0 black to 255 white. */
  data: Buffer;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Resolution in dots per inch. */
  dpi: number;
}
