import { SohoaError } from '@sohoa/base';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';
import type { OcrPage } from '../result/ocr-result.js';
import { pageLines } from '../result/page-lines.js';
import {
  type CombineReadingsOptions,
  combineReadings,
  type ReadingSource,
  type WordChoice,
} from './combine-readings.js';

/**
 * What to do with the text layer a scanned PDF already has: `combine` it with sohoa's reading
 * (see `combineReadings`), `replace` it by sohoa's reading, or `keep` it as it is.
 */
export type TextLayerMode = 'combine' | 'replace' | 'keep';

/** The text-layer modes, in the order the command line lists them (the first is the default). */
export const TEXT_LAYER_MODES: readonly TextLayerMode[] = ['combine', 'replace', 'keep'];

/** Where a page's written text layer comes from. */
export type TextLayerSource = 'combined' | 'ocr' | 'layer' | 'none';

/** An existing text layer (`@sohoa/pdfa`'s `TextLayerPage`): an `OcrPage` with its check. */
export interface ExistingTextLayer extends OcrPage {
  /** Whether the layer is empty or garbage (see `readTextLayer`). @default usable */
  check?: {
    usable: boolean;
    empty: boolean;
    problems: ReadonlyArray<{ code: string; message: string; messageVi?: string | undefined }>;
  };
}

/** The text layer chosen for one page, where it comes from, and what went wrong. */
export interface TextLayerChoice {
  mode: TextLayerMode;
  /** The page's new text layer; `undefined` with `keep` (the existing layer stays) or when there is none. */
  page: OcrPage | undefined;
  source: TextLayerSource;
  /** How many words of the layer written come from each source (see `combineReadings`). */
  counts: Record<ReadingSource, number>;
  /** Why the mode could not be followed as asked (a garbage layer), in words. */
  warnings: string[];
  /** The same warnings in Vietnamese. */
  warningsVi: string[];
  /**
   * With `combine` on a usable layer: every word written otherwise than the layer has it (taken
   * from the OCR) or left out (`dropped`), with the layer's word (`rejected`), the reason and the
   * box; every other word is the layer's own. Empty otherwise.
   */
  changes: WordChoice[];
}

/**
 * Chooses one page's text layer for a rewritten scanned PDF:
 * - `keep`: the existing layer stays (a warning when it is garbage: it is kept as asked);
 * - `replace`: sohoa's reading (`ocr`);
 * - `combine`: the two combined word by word (`combineReadings`) when the existing layer is
 *   usable; sohoa's reading alone when the page has no layer, and, with a warning naming the
 *   layer's problems, when the layer is garbage (no Unicode map, mojibake, text off the page,
 *   another language): mojibake is never mixed in.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OPTION_INVALID` when `combine` or
 * `replace` is asked without an `ocr` reading.
 *
 * @example
 * ```ts
 * import { readTextLayer } from '@sohoa/pdfa';
 * import { chooseTextLayer } from '@sohoa/ocr';
 *
 * const [layer] = await readTextLayer('scanner.pdf');
 * const choice = chooseTextLayer('combine', { layer, ocr: await pool.recognize(grayPage) });
 * choice.source; // 'combined', or 'ocr' (with choice.warnings) when the scanner's layer is garbage
 * ```
 */
export function chooseTextLayer(
  mode: TextLayerMode,
  readings: { layer?: ExistingTextLayer | undefined; ocr?: OcrPage | undefined },
  options: CombineReadingsOptions = {},
): TextLayerChoice {
  const { layer, ocr } = readings;
  const hasLayer = layer !== undefined && !layer.check?.empty && wordCount(layer) > 0;
  const problems = layer?.check && !layer.check.usable && hasLayer ? layer.check.problems : [];
  const garbage = `the existing text layer is not usable (${problems.map((problem) => problem.message).join('; ')})`;
  const garbageVi = `lớp chữ sẵn có không dùng được (${problems.map((problem) => problem.messageVi ?? problem.message).join('; ')})`;
  if (mode === 'keep') {
    return {
      mode,
      page: undefined,
      source: hasLayer ? 'layer' : 'none',
      counts: counts({ layer: hasLayer && layer ? wordCount(layer) : 0 }),
      warnings: problems.length > 0 ? [`${garbage}; kept as asked`] : [],
      warningsVi: problems.length > 0 ? [`${garbageVi}; vẫn giữ theo yêu cầu`] : [],
      changes: [],
    };
  }
  if (!ocr) {
    throw new SohoaError<OcrErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `chooseTextLayer: chế độ "${mode}" cần kết quả đọc trang của sohoa (ocr); chưa có kết quả nào.`,
        en: `chooseTextLayer: mode "${mode}" needs sohoa's reading of the page (ocr); none was given.`,
      },
      fix: {
        vi: 'Truyền kết quả OCR của trang được kết xuất theo độ phân giải của lớp chữ, hoặc dùng chế độ "keep".',
        en: 'Pass the OCR result of the page rendered at the layer’s resolution, or use mode "keep".',
      },
    });
  }
  if (mode === 'combine' && hasLayer && layer && problems.length === 0) {
    const combined = combineReadings(layer, ocr, options);
    const changes = combined.choices.filter(
      (choice) => choice.source === 'ocr' || choice.source === 'dropped',
    );
    return {
      mode,
      page: combined.page,
      source: 'combined',
      counts: combined.counts,
      warnings: [],
      warningsVi: [],
      changes,
    };
  }
  return {
    mode,
    page: ocr,
    source: 'ocr',
    counts: counts({ ocr: wordCount(ocr) }),
    warnings:
      mode === 'combine' && problems.length > 0 ? [`${garbage}; sohoa's own reading is written instead`] : [],
    warningsVi:
      mode === 'combine' && problems.length > 0 ? [`${garbageVi}; ghi kết quả đọc của sohoa thay vào`] : [],
    changes: [],
  };
}

function wordCount(page: OcrPage): number {
  return pageLines(page).reduce((sum, line) => sum + line.words.length, 0);
}

function counts(some: Partial<Record<ReadingSource, number>>): Record<ReadingSource, number> {
  return { layer: 0, ocr: 0, both: 0, dropped: 0, ...some };
}
