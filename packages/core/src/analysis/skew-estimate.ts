/**
 * How far the content of a page is rotated from upright, within the small range of a skewed
 * scan.
 *
 * **Sign convention:** `angle` is the angle in degrees by which the content is rotated
 * counter-clockwise on the page. Rotating the image clockwise by `angle` straightens it (with
 * sharp: `sharp(input).rotate(angle)`, since sharp rotates clockwise). A page whose lines climb
 * to the right has a positive angle.
 */
export interface SkewEstimate {
  /** Degrees, content counter-clockwise; see the sign convention above. */
  angle: number;
  /**
   * From 0 (no evidence: a blank page, a photo) to 1 (one clear peak). Below about 0.3 the
   * angle should not be trusted.
   */
  confidence: number;
}
