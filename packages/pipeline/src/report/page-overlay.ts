import { bilingual } from './bilingual.js';
import { escapeHtml } from './escape-html.js';
import type { ReportPage } from './report-state.js';

/** The label of a region where text may be missing, on the large view and in the legend. */
const MISSING = ['Có thể thiếu chữ', 'text may be missing here'] as const;

/**
 * What `report.html` draws over a page image, in the page's pixels: each low-confidence word's
 * box (red), and each region where ink looks like text but OCR read no word (`missingText`,
 * blue and dashed). `labelled` also writes each word and its confidence, and "Có thể thiếu chữ ·
 * text may be missing here" above each region, at a size that reads the same on any page
 * resolution.
 *
 * @example
 * ```ts
 * const svg = pageOverlay(page, true); // '<svg viewBox="0 0 2400 950" …><rect class="word" …'
 * ```
 */
export function pageOverlay(page: ReportPage, labelled: boolean): string {
  const words = page.lowConfidenceWords ?? [];
  const missing = page.missingText ?? [];
  const fontSize = Math.max(8, Math.round(page.width / 60));
  const labels: [number, number, string, string][] = [
    ...words.map(({ box, text, confidence }): [number, number, string, string] => [
      box[0],
      box[1],
      `${text} · ${confidence}`,
      'word',
    ]),
    ...missing.map(({ box }): [number, number, string, string] => [
      box.x0,
      box.y0,
      `${MISSING[0]} · ${MISSING[1]}`,
      'missing',
    ]),
  ];
  return [
    `<svg viewBox="0 0 ${page.width} ${page.height}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(
      `${words.length} từ kém tin cậy, ${missing.length} vùng có thể thiếu chữ — ${words.length} low-confidence words, ${missing.length} regions where text may be missing`,
    )}">`,
    ...words.map(({ box: [x0, y0, x1, y1], text, confidence }) =>
      rect('word', x0, y0, x1, y1, `${text} (${confidence})`),
    ),
    ...missing.map(({ box: { x0, y0, x1, y1 }, messages }) =>
      rect('missing', x0, y0, x1, y1, messages ? `${messages.vi} — ${messages.en}` : MISSING.join(' — ')),
    ),
    ...(labelled && labels.length > 0
      ? [
          `<g class="labels" font-size="${fontSize}" stroke-width="${Math.round(fontSize / 4)}">`,
          ...labels.map(
            ([x, y, text, kind]) =>
              `<text class="${kind}" x="${x}" y="${Math.max(fontSize, y - Math.round(fontSize / 4))}">${escapeHtml(text)}</text>`,
          ),
          '</g>',
        ]
      : []),
    '</svg>',
  ].join('');
}

/**
 * The legend of a page's boxes, naming only the kinds the page has, in Vietnamese and English;
 * empty when the page has no box.
 *
 * @example
 * ```ts
 * overlayLegend(page); // '<div class="legend"><span><i class="key word"></i>Từ kém tin cậy <small lang="en">…'
 * ```
 */
export function overlayLegend(page: ReportPage): string {
  const keys = [
    ...((page.lowConfidenceWords ?? []).length > 0
      ? [`<span><i class="key word"></i>${bilingual('Từ kém tin cậy', 'low-confidence word')}</span>`]
      : []),
    ...((page.missingText ?? []).length > 0
      ? [`<span><i class="key missing"></i>${bilingual(MISSING[0], MISSING[1])}</span>`]
      : []),
  ];
  return keys.length > 0 ? `<div class="legend">${keys.join('')}</div>` : '';
}

function rect(kind: string, x0: number, y0: number, x1: number, y1: number, title: string): string {
  return `<rect class="${kind}" x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}"><title>${escapeHtml(title)}</title></rect>`;
}
