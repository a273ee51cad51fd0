import type { TextLayerChoice, TextLayerMode, TextLayerSource } from './choose-text-layer.js';
import type { ReadingSource, WordChoice } from './combine-readings.js';

/** The OCR engine and model that made sohoa's reading. */
export interface TextLayerSoftware {
  engine: { name: string; version: string };
  model: { name: string; sha256?: string | undefined };
}

/**
 * What was done to a scanned PDF's text layer, for provenance (PREMIS): the mode, the OCR engine
 * and model, and per page and in all where the written words come from.
 */
export interface TextLayerRecord {
  mode: TextLayerMode;
  /** Absent when no OCR reading was used (`keep`). */
  software?: TextLayerSoftware | undefined;
  pages: {
    pageNumber: number;
    source: TextLayerSource;
    counts: Record<ReadingSource, number>;
    warnings: string[];
    /** The same warnings in Vietnamese. */
    warningsVi: string[];
    /** The words written otherwise than the scanner's layer has them, and why (`TextLayerChoice.changes`). */
    changes: WordChoice[];
  }[];
  /** Words per source over all pages. */
  counts: Record<ReadingSource, number>;
  /** Pages per source. */
  pagesBySource: Record<TextLayerSource, number>;
  /** Every page's warnings, each prefixed with its page (`page 3: …`). */
  warnings: string[];
  /** The same in Vietnamese (`trang 3: …`). */
  warningsVi: string[];
  /** The record in one sentence, Vietnamese then English, for a PREMIS `eventDetail`. */
  detail: string;
  /** The same sentence in each language alone, for people (a command prints the user's one). */
  summary: { vi: string; en: string };
}

const MODE_VI: Record<TextLayerMode, string> = {
  combine: 'kết hợp lớp chữ của máy quét với OCR của sohoa',
  replace: 'thay lớp chữ của máy quét bằng OCR của sohoa',
  keep: 'giữ lớp chữ của máy quét',
};

/**
 * The pages whose words come from sohoa's reading alone although the mode meant otherwise: in
 * `combine`, pages with no usable scanner layer; in `keep`, pages that had no layer at all.
 */
function fallbackPages(mode: TextLayerMode, ocrPages: number): { vi: string; en: string } {
  if (ocrPages === 0 || mode === 'replace') return { vi: '', en: '' };
  return mode === 'combine'
    ? {
        vi: `; ${ocrPages} trang chỉ theo kết quả đọc của sohoa`,
        en: `; ${ocrPages} page(s) from sohoa's reading alone`,
      }
    : {
        vi: `; ${ocrPages} trang không có lớp chữ do sohoa đọc`,
        en: `; ${ocrPages} page(s) without a layer read by sohoa`,
      };
}

/**
 * Sums up the choices made for a file's pages (`choices[i]` for page i + 1) as a
 * {@link TextLayerRecord}: what the pipeline writes into the AIP's PREMIS (the OCR event's detail)
 * and its report.
 *
 * @example
 * ```ts
 * const record = textLayerRecord('combine', choices, {
 *   engine: { name: 'tesseract.js (@sohoa/ocr)', version: '0.1.0' },
 *   model: { name: 'vie.traineddata', sha256: 'A1B2…' },
 * });
 * record.detail; // 'Lớp chữ ẩn: kết hợp … (text layer: combine; words: 1203 from the scanner's layer, …)'
 * record.summary.vi; // 'lớp chữ ẩn: kết hợp …; số chữ: 1203 từ lớp chữ của máy quét, …'
 * ```
 */
export function textLayerRecord(
  mode: TextLayerMode,
  choices: readonly TextLayerChoice[],
  software?: TextLayerSoftware,
): TextLayerRecord {
  const counts: Record<ReadingSource, number> = { layer: 0, ocr: 0, both: 0, dropped: 0 };
  const pagesBySource: Record<TextLayerSource, number> = { combined: 0, ocr: 0, layer: 0, none: 0 };
  const pages = choices.map((choice, index) => {
    for (const source of Object.keys(counts) as ReadingSource[]) counts[source] += choice.counts[source];
    pagesBySource[choice.source]++;
    return {
      pageNumber: index + 1,
      source: choice.source,
      counts: choice.counts,
      warnings: choice.warnings,
      warningsVi: choice.warningsVi,
      changes: choice.changes,
    };
  });
  const warnings = pages.flatMap((page) =>
    page.warnings.map((warning) => `page ${page.pageNumber}: ${warning}`),
  );
  const warningsVi = pages.flatMap((page) =>
    page.warningsVi.map((warning) => `trang ${page.pageNumber}: ${warning}`),
  );
  const usesOcr = (mode !== 'keep' || pagesBySource.ocr > 0) && software !== undefined;
  const engine = usesOcr
    ? `; OCR ${software.engine.name} ${software.engine.version}, ${software.model.name}${software.model.sha256 ? ` (SHA-256 ${software.model.sha256})` : ''}`
    : '';
  const fallback = fallbackPages(mode, pagesBySource.ocr);
  const english =
    `text layer: ${mode}; words: ${counts.layer} from the scanner's layer, ${counts.ocr} from sohoa's OCR, ` +
    `${counts.both} read alike by both, ${counts.dropped} dropped${fallback.en}${engine}`;
  const summary = {
    vi:
      `lớp chữ ẩn: ${MODE_VI[mode]}; số chữ: ${counts.layer} từ lớp chữ của máy quét, ${counts.ocr} từ OCR của sohoa, ` +
      `${counts.both} hai bên đọc giống nhau, ${counts.dropped} bị bỏ${fallback.vi}${engine}`,
    en: english,
  };
  const detail = `Lớp chữ ẩn: ${MODE_VI[mode]} (${english})`;
  return {
    mode,
    software: usesOcr ? software : undefined,
    pages,
    counts,
    pagesBySource,
    warnings,
    warningsVi,
    detail,
    summary,
  };
}
