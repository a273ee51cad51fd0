import type { BorderWidths } from './border-mask.js';
import type { ScanProfileViolation } from './check-scan-profile.js';
import type { ColorInfo } from './color-mode.js';
import type { PageOrientation } from './page-orientation.js';
import type { SkewEstimate } from './skew-estimate.js';

/** Everything {@link analyzePage} measures on a page, as plain data (JSON-serialisable). */
export interface PageAnalysis {
  /** Where the page came from (the file path, or `"<buffer>"`). */
  source: string;
  /** Width in pixels, upright per the file's EXIF orientation. */
  width: number;
  /** Height in pixels, upright per the file's EXIF orientation. */
  height: number;
  /** Resolution in dots per inch. */
  dpi: number;
  /** Whether {@link PageAnalysis.dpi} was read from the file or given as an override. */
  dpiSource: 'file' | 'override';
  /**
   * Skew in degrees: the angle by which the content is rotated counter-clockwise on the page
   * (rotating the image clockwise by it straightens it). Same as `skew.angle`.
   */
  skewAngle: number;
  /** Skew with its confidence. */
  skew: SkewEstimate;
  /** Quarter-turn orientation of the content (same sign convention as the skew). */
  orientation: PageOrientation;
  /** Whether the page carries no marks (an empty back side, a separator sheet). */
  blank: boolean;
  /** Share of the page, inside the margins and borders, covered by marks (0–1). */
  inkCoverage: number;
  /** Dark scanner border on each side, in pixels; all 0 when there is none. */
  borders: BorderWidths;
  /** Edge sharpness, see {@link measureSharpness}. */
  sharpness: number;
  /** Whether the page looks blurred (sharpness below 0.45). */
  blurry: boolean;
  /** Colour mode and depth as stored in the file. */
  color: ColorInfo;
  /** Each rule of Thông tư 05/2025/TT-BNV the scan breaks; see {@link checkScanProfile}. */
  violations: ScanProfileViolation[];
  /** Things worth a look that break no rule, in sentences. */
  warnings: string[];
  /** The same in Vietnamese, in the same order. */
  warningsVi: string[];
}
