/**
 * Otsu's threshold of an 8-bit histogram: the level that best separates dark from light pixels
 * (maximum between-class variance). Pixels below it are ink.
 *
 * @internal
 */
export function otsuThreshold(histogram: ArrayLike<number>): number {
  let total = 0;
  let weightedSum = 0;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] ?? 0;
    total += count;
    weightedSum += level * count;
  }
  let backgroundCount = 0;
  let backgroundSum = 0;
  let bestVariance = -1;
  let bestLevel = 128;
  for (let level = 0; level < 256; level++) {
    const count = histogram[level] ?? 0;
    backgroundCount += count;
    if (backgroundCount === 0) continue;
    const foregroundCount = total - backgroundCount;
    if (foregroundCount === 0) break;
    backgroundSum += level * count;
    const meanLow = backgroundSum / backgroundCount;
    const meanHigh = (weightedSum - backgroundSum) / foregroundCount;
    const variance = backgroundCount * foregroundCount * (meanLow - meanHigh) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      bestLevel = level + 1;
    }
  }
  return bestLevel;
}

/**
 * The 256-bin histogram of an 8-bit image, of every `step`-th pixel (a sample is enough for
 * percentiles and thresholds of a page's millions of pixels).
 *
 * @internal
 */
export function grayHistogram(data: Uint8Array, step = 1): Uint32Array {
  const histogram = new Uint32Array(256);
  const length = data.length;
  for (let index = 0; index < length; index += step) {
    const level = data[index] as number;
    histogram[level] = (histogram[level] as number) + 1;
  }
  return histogram;
}

/**
 * The level below which `fraction` of the pixels of a histogram lie.
 *
 * @internal
 */
export function histogramPercentile(histogram: ArrayLike<number>, fraction: number): number {
  let total = 0;
  for (let level = 0; level < 256; level++) total += histogram[level] ?? 0;
  const target = total * fraction;
  let cumulative = 0;
  for (let level = 0; level < 256; level++) {
    cumulative += histogram[level] ?? 0;
    if (cumulative >= target) return level;
  }
  return 255;
}
