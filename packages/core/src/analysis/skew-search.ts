/**
 * Projection-profile skew search on a set of ink points: for each candidate angle, the points are
 * projected onto the page's vertical axis as if the content were rotated by that angle, and the
 * profile is scored by the sum of squared differences of neighbouring bins. Text lines make the
 * profile spiky exactly when the angle is right. Points are split between two bins in proportion,
 * so the score varies smoothly and a parabola through the best three samples refines it.
 *
 * @internal
 */
export interface InkPoints {
  /** Column of each point. */
  xs: Float32Array;
  /** Row of each point. */
  ys: Float32Array;
  /** Number of points. */
  count: number;
  /** Width of the image the points come from. */
  width: number;
  /** Height of the image the points come from. */
  height: number;
}

/** Result of {@link searchSkew}. @internal */
export interface SkewSearchResult {
  /** Content rotation, degrees counter-clockwise. */
  angle: number;
  /** 0 (no evidence) to 1 (one clear peak). */
  confidence: number;
}

/**
 * Scores one angle (degrees, content counter-clockwise). A horizontal line rotated
 * counter-clockwise by θ satisfies y·cos θ + x·sin θ = constant (y grows downwards).
 *
 * @internal
 */
export function profileScore(points: InkPoints, angle: number, bins: Float64Array): number {
  const radians = (angle * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = Math.abs(sin) * points.width + 1;
  const length = Math.ceil(points.height * Math.abs(cos) + points.width * Math.abs(sin)) + 3;
  bins.fill(0, 0, length);
  const { xs, ys, count } = points;
  for (let index = 0; index < count; index++) {
    const position = (ys[index] ?? 0) * cos + (xs[index] ?? 0) * sin + offset;
    const bin = position | 0;
    const share = position - bin;
    bins[bin] = (bins[bin] ?? 0) + 1 - share;
    bins[bin + 1] = (bins[bin + 1] ?? 0) + share;
  }
  let score = 0;
  let previous = 0;
  for (let bin = 0; bin < length; bin++) {
    const value = bins[bin] ?? 0;
    score += (value - previous) ** 2;
    previous = value;
  }
  return score;
}

/**
 * Finds the skew within ±`maxAngle` degrees: a coarse scan, then two finer ones around the best
 * angle, then a parabola through the best three samples.
 *
 * @internal
 */
export function searchSkew(points: InkPoints, maxAngle: number): SkewSearchResult {
  if (points.count < 200) return { angle: 0, confidence: 0 };
  const bins = new Float64Array(Math.ceil(Math.hypot(points.width, points.height)) + 8);
  // The coarse scan only has to land within a step of the peak: about 10,000 points (taken
  // evenly: they are in raster order, so they sample the whole page) are plenty, at a fraction
  // of the cost on a full page (35,000–60,000 points). The fine scans use them all.
  const sampled = everyNth(points, Math.max(1, Math.floor(points.count / 10_000)));
  let coarse = coarseScan(sampled, maxAngle, bins);
  // A page without clear lines at this resolution (on its side, or mostly pictures): scan again
  // with every point, so the weak evidence there is is not thinned out.
  if (coarse.confidence < 0.3 && sampled !== points) coarse = coarseScan(points, maxAngle, bins);
  const { angles: coarseAngles, bestIndex, confidence } = coarse;
  let center = coarseAngles[bestIndex] ?? 0;
  let bestScore = profileScore(points, center, bins);
  for (const [span, step] of [
    [0.25, 0.05],
    [0.05, 0.01],
  ] as const) {
    let bestAngle = center;
    for (let offset = -span; offset <= span + 1e-9; offset += step) {
      const angle = center + offset;
      const score = profileScore(points, angle, bins);
      if (score > bestScore) {
        bestScore = score;
        bestAngle = angle;
      }
    }
    center = bestAngle;
  }
  const step = 0.01;
  const below = profileScore(points, center - step, bins);
  const above = profileScore(points, center + step, bins);
  const curvature = below - 2 * bestScore + above;
  if (curvature < 0 && below <= bestScore && above <= bestScore) {
    center += (step * 0.5 * (below - above)) / curvature;
  }
  return { angle: Math.max(-maxAngle, Math.min(maxAngle, center)), confidence };
}

/** Scores every `step` degrees within ±`maxAngle`, with the best angle and its confidence. */
function coarseScan(
  points: InkPoints,
  maxAngle: number,
  bins: Float64Array,
): { angles: number[]; scores: number[]; bestIndex: number; confidence: number } {
  const step = 0.2;
  const angles: number[] = [];
  const scores: number[] = [];
  for (let angle = -maxAngle; angle <= maxAngle + 1e-9; angle += step) {
    angles.push(angle);
    scores.push(profileScore(points, angle, bins));
  }
  let bestIndex = 0;
  for (let index = 1; index < scores.length; index++) {
    if ((scores[index] ?? 0) > (scores[bestIndex] ?? 0)) bestIndex = index;
  }
  return { angles, scores, bestIndex, confidence: peakConfidence(angles, scores, bestIndex) };
}

/** Every `step`-th point. */
function everyNth(points: InkPoints, step: number): InkPoints {
  if (step === 1) return points;
  const count = Math.floor(points.count / step);
  const xs = new Float32Array(count);
  const ys = new Float32Array(count);
  for (let index = 0; index < count; index++) {
    xs[index] = points.xs[index * step] as number;
    ys[index] = points.ys[index * step] as number;
  }
  return { xs, ys, count, width: points.width, height: points.height };
}

/**
 * How clearly the best angle stands out: its score above the median, relative to the best score
 * found at least one degree away, scaled to 0..1.
 */
function peakConfidence(angles: number[], scores: number[], bestIndex: number): number {
  const best = scores[bestIndex] ?? 0;
  const bestAngle = angles[bestIndex] ?? 0;
  const sorted = [...scores].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  let rival = median;
  for (let index = 0; index < scores.length; index++) {
    if (Math.abs((angles[index] ?? 0) - bestAngle) >= 1) rival = Math.max(rival, scores[index] ?? 0);
  }
  if (best <= median) return 0;
  return Math.max(0, Math.min(1, (best - rival) / (best - median)));
}
