/** Fixed-point scale of the linear-light lookup tables. */
const SCALE = 1 << 16;
/** Each sRGB level in linear light, pre-multiplied by its channel's luminance weight. */
const RED = new Uint32Array(256);
const GREEN = new Uint32Array(256);
const BLUE = new Uint32Array(256);
for (let level = 0; level < 256; level++) {
  const value = level / 255;
  const linear = value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  RED[level] = Math.round(0.2126 * linear * SCALE);
  GREEN[level] = Math.round(0.7152 * linear * SCALE);
  BLUE[level] = Math.round(0.0722 * linear * SCALE);
}
/** Linear luminance (in steps of 16 / 65536) back to an sRGB gray level. */
const TO_SRGB = new Uint8Array((SCALE >> 4) + 2);
for (let index = 0; index < TO_SRGB.length; index++) {
  const linear = Math.min(1, (index * 16 + 8) / SCALE);
  const value = linear <= 0.0031308 ? linear * 12.92 : 1.055 * linear ** (1 / 2.4) - 0.055;
  TO_SRGB[index] = Math.round(value * 255);
}

/**
 * The gray levels of raw 8-bit sRGB pixels (3 bytes a pixel), as libvips computes them (luminance
 * in linear light, back to sRGB gamma; within one level of sharp's `grayscale()`), with lookup
 * tables: one decode of the colour page then serves both the master and the OCR copy.
 *
 * @internal
 */
export function srgbLuma(rgb: Uint8Array, pixels: number): Buffer {
  const out = Buffer.allocUnsafe(pixels);
  for (let index = 0, offset = 0; index < pixels; index++, offset += 3) {
    const sum =
      (RED[rgb[offset] ?? 0] ?? 0) + (GREEN[rgb[offset + 1] ?? 0] ?? 0) + (BLUE[rgb[offset + 2] ?? 0] ?? 0);
    out[index] = TO_SRGB[sum >> 4] ?? 0;
  }
  return out;
}
