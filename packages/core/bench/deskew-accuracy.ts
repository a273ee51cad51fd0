import sharp from 'sharp';
import { detectSkew } from '../src/index.js';
import { BILEVEL_SCANS, COLOUR_SCANS } from './bench-pages.js';

const ANGLES = [-15, -12, -9.5, -7, -5, -3.3, -2, -1, -0.5, -0.2, 0, 0.2, 0.5, 1, 2, 3.3, 5, 7, 9.5, 12, 15];

/**
 * Deskew accuracy on the real scans rotated by known angles (−15°…+15°, 0° included), relative
 * to the skew found on the unrotated page (its own true skew is unknown).
 */
export async function measureDeskewAccuracy() {
  const pages = [...COLOUR_SCANS, ...BILEVEL_SCANS];
  const errors: number[] = [];
  for (const { path, dpi } of pages) {
    const { data, info } = await sharp(path).grayscale().raw().toBuffer({ resolveWithObject: true });
    const base = detectSkew({ data, width: info.width, height: info.height, dpi }).angle;
    for (const angle of ANGLES) {
      const rotated = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
        .rotate(angle, { background: '#ffffff' })
        .extractChannel(0)
        .raw()
        .toBuffer({ resolveWithObject: true });
      const found = detectSkew({
        data: rotated.data,
        width: rotated.info.width,
        height: rotated.info.height,
        dpi,
      });
      errors.push(Math.abs(found.angle - (base - angle)));
    }
  }
  errors.sort((a, b) => a - b);
  return {
    pages: pages.map((page) => page.name),
    anglesDeg: ANGLES,
    samples: errors.length,
    medianAbsErrorDeg: Number((errors[Math.floor(errors.length / 2)] ?? 0).toFixed(4)),
    worstAbsErrorDeg: Number((errors[errors.length - 1] ?? 0).toFixed(4)),
    note: 'error relative to the skew found on the unrotated page; rotation by sharp with white fill',
  };
}
