export { type AnalyzePageOptions, analyzePage, type OrientationDetector } from './analyze-page.js';
export type { BorderWidths } from './border-mask.js';
export {
  type CheckScanProfileOptions,
  checkScanProfile,
  type ScannedMaterial,
  type ScanProfileReport,
  type ScanProfileViolation,
} from './check-scan-profile.js';
export { type ColorInfo, describeColor } from './color-mode.js';
export { detectOrientation } from './detect-orientation.js';
export { type DetectSkewOptions, detectSkew } from './detect-skew.js';
export { measureSharpness } from './measure-sharpness.js';
export type { PageAnalysis } from './page-analysis.js';
export type { PageOrientation, QuarterTurn } from './page-orientation.js';
export type { SkewEstimate } from './skew-estimate.js';
