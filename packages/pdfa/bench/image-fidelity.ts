/**
 * Image fidelity of a rendered PDF page against the scan it was made from: PSNR and SSIM on
 * luma (Rec. 601 weights, the same formula for both images so neither is favoured).
 */

/** An 8-bit luma image, row by row. */
export interface LumaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Luma of interleaved 8-bit pixels with 1 (grey) or 3 (RGB) channels.
 *
 * @example
 * ```ts
 * const gray = toLuma(rgb, 2481, 3508, 3);
 * ```
 */
export function toLuma(pixels: Uint8Array, width: number, height: number, channels: number): LumaImage {
  if (channels === 1) return { width, height, data: pixels };
  const data = new Uint8Array(width * height);
  for (let index = 0, source = 0; index < data.length; index++, source += channels) {
    data[index] = Math.round(
      0.299 * (pixels[source] as number) +
        0.587 * (pixels[source + 1] as number) +
        0.114 * (pixels[source + 2] as number),
    );
  }
  return { width, height, data };
}

function assertSameSize(a: LumaImage, b: LumaImage): void {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`image sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
}

/**
 * Peak signal-to-noise ratio in dB (peak 255); `Infinity` when the images are identical.
 *
 * @example
 * ```ts
 * console.log(psnr(scan, rendered).toFixed(1)); // "48.3"
 * ```
 */
export function psnr(a: LumaImage, b: LumaImage): number {
  assertSameSize(a, b);
  let sum = 0;
  for (let index = 0; index < a.data.length; index++) {
    const difference = (a.data[index] as number) - (b.data[index] as number);
    sum += difference * difference;
  }
  const mse = sum / a.data.length;
  return mse === 0 ? Number.POSITIVE_INFINITY : 10 * Math.log10((255 * 255) / mse);
}

/**
 * Mean structural similarity (SSIM, Wang et al. 2004) with the defaults of scikit-image's
 * `structural_similarity`: a 7×7 uniform window sliding over every position where it fits,
 * sample covariances, K1 0.01, K2 0.03, data range 255. Memory is a few rows, not the image.
 *
 * @example
 * ```ts
 * console.log(ssim(scan, rendered).toFixed(4)); // "0.9987"
 * ```
 */
export function ssim(a: LumaImage, b: LumaImage, window = 7): number {
  assertSameSize(a, b);
  const { width, height } = a;
  const count = window * window;
  const covarianceNorm = count / (count - 1);
  const c1 = (0.01 * 255) ** 2;
  const c2 = (0.03 * 255) ** 2;
  // Column sums over the current `window` rows, for x, y, x², y² and xy.
  const sx = new Float64Array(width);
  const sy = new Float64Array(width);
  const sxx = new Float64Array(width);
  const syy = new Float64Array(width);
  const sxy = new Float64Array(width);
  const addRow = (row: number, sign: number) => {
    const offset = row * width;
    for (let x = 0; x < width; x++) {
      const p = a.data[offset + x] as number;
      const q = b.data[offset + x] as number;
      sx[x] = (sx[x] as number) + sign * p;
      sy[x] = (sy[x] as number) + sign * q;
      sxx[x] = (sxx[x] as number) + sign * p * p;
      syy[x] = (syy[x] as number) + sign * q * q;
      sxy[x] = (sxy[x] as number) + sign * p * q;
    }
  };
  let total = 0;
  let windows = 0;
  for (let row = 0; row < height; row++) {
    addRow(row, 1);
    if (row >= window) addRow(row - window, -1);
    if (row < window - 1) continue;
    let wx = 0;
    let wy = 0;
    let wxx = 0;
    let wyy = 0;
    let wxy = 0;
    for (let x = 0; x < width; x++) {
      wx += sx[x] as number;
      wy += sy[x] as number;
      wxx += sxx[x] as number;
      wyy += syy[x] as number;
      wxy += sxy[x] as number;
      if (x >= window) {
        const out = x - window;
        wx -= sx[out] as number;
        wy -= sy[out] as number;
        wxx -= sxx[out] as number;
        wyy -= syy[out] as number;
        wxy -= sxy[out] as number;
      }
      if (x < window - 1) continue;
      const mx = wx / count;
      const my = wy / count;
      const vx = (wxx / count - mx * mx) * covarianceNorm;
      const vy = (wyy / count - my * my) * covarianceNorm;
      const cxy = (wxy / count - mx * my) * covarianceNorm;
      total += ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx * mx + my * my + c1) * (vx + vy + c2));
      windows++;
    }
  }
  return total / windows;
}
