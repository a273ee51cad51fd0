import type { PageImage } from '../image/page-image.js';
import { describeColor } from './color-mode.js';

/** What was scanned: the rules of Thông tư 05/2025/TT-BNV differ by kind. */
export type ScannedMaterial = 'document' | 'map-or-drawing' | 'photo';

/** One way a scan breaks the national scanning rules. */
export interface ScanProfileViolation {
  /** Stable identifier of the check. */
  code: 'RESOLUTION_TOO_LOW' | 'COLOR_DEPTH_TOO_LOW' | 'SCALE_NOT_100_PERCENT';
  /** The rule broken, with its article. */
  rule: string;
  /** The same in Vietnamese. */
  ruleVi: string;
  /** What is wrong with this page, in a sentence. */
  message: string;
  /** The same in Vietnamese. */
  messageVi: string;
  /** The measured value (dpi, bits per pixel, or scale in percent). */
  actual: number;
  /** The value the rule requires. */
  required: number;
}

/** Options of {@link checkScanProfile}. */
export interface CheckScanProfileOptions {
  /**
   * What was scanned: paper documents need 200 dpi, maps and drawings 300 dpi, photo prints
   * and film 200 dpi in their original colours.
   * @default 'document'
   */
  material?: ScannedMaterial;
  /**
   * The original's physical size in millimetres, if known (for example `{ width: 210, height:
   * 297 }` for A4). With it the 100 % scale rule is checked (±3 %, either orientation);
   * without it, only an implausible implied size is warned about.
   * @default undefined
   */
  originalSizeMm?: { width: number; height: number };
}

/** Result of {@link checkScanProfile}. */
export interface ScanProfileReport {
  /** Each rule the scan breaks; empty when it complies. */
  violations: ScanProfileViolation[];
  /** Facts that could not be checked or look suspicious, in sentences. */
  warnings: string[];
  /** The same in Vietnamese, in the same order. */
  warningsVi: string[];
}

const ARTICLE = 'Thông tư 05/2025/TT-BNV, Art. 8';
const ARTICLE_VI = 'Thông tư 05/2025/TT-BNV, Điều 8';
/** What was scanned, in the rule's words, in English and Vietnamese. */
const MATERIAL_NAMES: Record<ScannedMaterial, [string, string]> = {
  document: ['paper documents', 'tài liệu giấy'],
  'map-or-drawing': ['maps and drawings', 'bản đồ, bản vẽ'],
  photo: ['photo prints and film', 'ảnh in và phim'],
};
/** The colour modes in Vietnamese. */
const COLOR_MODES_VI: Record<string, string> = {
  bilevel: 'đen trắng',
  grayscale: 'ảnh xám',
  color: 'ảnh màu',
};
const REQUIRED_DPI: Record<ScannedMaterial, number> = { document: 200, 'map-or-drawing': 300, photo: 200 };

/**
 * Checks a scan against the scanning rules of Thông tư 05/2025/TT-BNV (Art. 8): resolution of at
 * least 200 dpi for documents (300 dpi for maps and drawings), colour of at least 24 bits for
 * paper originals, and 100 % scale. Each broken rule is listed with its article; facts the file
 * cannot prove (a resolution given as an override, a size that no sheet of paper has) become
 * warnings.
 *
 * @example
 * ```ts
 * import { checkScanProfile, loadPageImage } from '@sohoa/core';
 *
 * const report = checkScanProfile(await loadPageImage('old-fax.png'));
 * for (const violation of report.violations) console.log(violation.code, violation.rule);
 * // COLOR_DEPTH_TOO_LOW Thông tư 05/2025/TT-BNV, Art. 8: paper documents are digitized in colour of at least 24 bits
 * ```
 */
export function checkScanProfile(page: PageImage, options: CheckScanProfileOptions = {}): ScanProfileReport {
  const material = options.material ?? 'document';
  const violations: ScanProfileViolation[] = [];
  const warnings: string[] = [];
  const warningsVi: string[] = [];
  const requiredDpi = REQUIRED_DPI[material];
  if (page.dpi < requiredDpi) {
    const [kind, kindVi] = MATERIAL_NAMES[material];
    violations.push({
      code: 'RESOLUTION_TOO_LOW',
      rule: `${ARTICLE}: ${kind} are digitized at ${requiredDpi} dpi or more`,
      ruleVi: `${ARTICLE_VI}: ${kindVi} được số hóa với độ phân giải từ ${requiredDpi} dpi trở lên`,
      message: `The scan is ${round(page.dpi)} dpi, below the ${requiredDpi} dpi required.`,
      messageVi: `Bản quét có ${round(page.dpi)} dpi, thấp hơn ${requiredDpi} dpi theo quy định.`,
      actual: page.dpi,
      required: requiredDpi,
    });
  }
  const color = describeColor(page);
  if (material !== 'photo' && color.bitsPerPixel < 24) {
    violations.push({
      code: 'COLOR_DEPTH_TOO_LOW',
      rule: `${ARTICLE}: paper documents are digitized in colour of at least 24 bits`,
      ruleVi: `${ARTICLE_VI}: tài liệu giấy được số hóa ở chế độ màu từ 24 bit trở lên`,
      message: `The scan is ${color.mode} with ${color.bitsPerPixel} bit${color.bitsPerPixel === 1 ? '' : 's'} per pixel.`,
      messageVi: `Bản quét là ${COLOR_MODES_VI[color.mode] ?? color.mode}, ${color.bitsPerPixel} bit mỗi điểm ảnh.`,
      actual: color.bitsPerPixel,
      required: 24,
    });
  }
  const widthMm = (page.width / page.dpi) * 25.4;
  const heightMm = (page.height / page.dpi) * 25.4;
  if (options.originalSizeMm) {
    const { width, height } = options.originalSizeMm;
    const upright = Math.max(Math.abs(widthMm / width - 1), Math.abs(heightMm / height - 1));
    const turned = Math.max(Math.abs(widthMm / height - 1), Math.abs(heightMm / width - 1));
    const scale = Math.sqrt((widthMm * heightMm) / (width * height));
    if (Math.min(upright, turned) > 0.03) {
      violations.push({
        code: 'SCALE_NOT_100_PERCENT',
        rule: `${ARTICLE}: originals are digitized at 100 % scale`,
        ruleVi: `${ARTICLE_VI}: bản gốc được số hóa đúng tỷ lệ 100 %`,
        message: `At ${round(page.dpi)} dpi the scan measures ${round(widthMm)} × ${round(heightMm)} mm, not the original's ${width} × ${height} mm (scale ${round(scale * 100)} %).`,
        messageVi: `Ở ${round(page.dpi)} dpi bản quét đo ${round(widthMm)} × ${round(heightMm)} mm, không phải ${width} × ${height} mm của bản gốc (tỷ lệ ${round(scale * 100)} %).`,
        actual: round(scale * 100),
        required: 100,
      });
    }
  } else if (Math.min(widthMm, heightMm) < 70 || Math.max(widthMm, heightMm) > 1400) {
    warnings.push(
      `At the stored ${round(page.dpi)} dpi the page would measure ${round(widthMm)} × ${round(heightMm)} mm, which no document has: the file's resolution is probably wrong; give the real one as an override.`,
    );
    warningsVi.push(
      `Với độ phân giải ghi trong tệp (${round(page.dpi)} dpi), trang sẽ đo ${round(widthMm)} × ${round(heightMm)} mm, không tài liệu nào như vậy: độ phân giải của tệp có lẽ sai; hãy cho độ phân giải thật.`,
    );
  }
  if (page.dpiSource === 'file' && (page.dpi === 72 || page.dpi === 96)) {
    warnings.push(
      `The file says ${page.dpi} dpi, the value many programs write when the real resolution is unknown: check it, and give the real one as an override.`,
    );
    warningsVi.push(
      `Tệp ghi ${page.dpi} dpi, giá trị nhiều phần mềm ghi khi không biết độ phân giải thật: hãy kiểm tra, và cho độ phân giải thật.`,
    );
  }
  if (page.dpiSource === 'override') {
    warnings.push(
      `The resolution (${round(page.dpi)} dpi) was given as an override, not read from the file.`,
    );
    warningsVi.push(`Độ phân giải (${round(page.dpi)} dpi) được cho thay, không đọc từ tệp.`);
  }
  return { violations, warnings, warningsVi };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
