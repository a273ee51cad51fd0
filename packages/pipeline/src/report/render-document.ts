import { bilingual } from './bilingual.js';
import { displayField } from './display-value.js';
import { documentProblems } from './document-problems.js';
import { escapeHtml } from './escape-html.js';
import { fieldLabel } from './field-labels.js';
import { overlayLegend, pageOverlay } from './page-overlay.js';
import { PREVIEW_WIDTH, THUMBNAIL_WIDTH } from './page-thumbnail.js';
import { renderDerivations } from './render-derivations.js';
import type { ReportDocument, ReportFailure, ReportPage, ReportRecord } from './report-state.js';

/**
 * The HTML of one document in `report.html`: its file, problems and failure; the metadata table
 * (catalog values, values filled from the OCR header, disagreements and suggested readings); the
 * values a catalog import derived, with their source cells; and
 * each page's thumbnail with its low-confidence words and the regions where text may be missing
 * (ink like text where OCR read no word: `missingText`) boxed over it under a legend, its OCR
 * confidence, the skew corrected and its scan-profile violations. A thumbnail with a large view
 * opens it when clicked: the page 1000 px wide with each box labelled (a CSS `:target` view, no
 * script). Every string is escaped.
 *
 * @param anchor The element id the report's links point at.
 * @param options `thumbnails`: whether the pages keep their thumbnails; `previews`: whether
 *   they keep their large views.
 *
 * @example
 * ```ts
 * const html = renderDocument(document, 'document-1-2', { thumbnails: true, previews: true });
 * ```
 */
export function renderDocument(
  document: ReportDocument,
  anchor: string,
  options: { thumbnails: boolean; previews: boolean },
): string {
  const { problems } = documentProblems(document);
  const title = document.pdf
    ? `<a href="${escapeHtml(fileHref(document.pdf))}">${escapeHtml(document.pdf.split('/').pop())}</a>`
    : '';
  const badges = problems.length
    ? problems.map((problem) => problemBadge(problem.kind, problem.count, problem.vi, problem.en)).join('')
    : `<span class="badge ok">${bilingual('Không có vấn đề', 'no problems')}</span>`;
  const parts = [
    `<section class="document" id="${escapeHtml(anchor)}">`,
    `<h4>${bilingual(`Văn bản ${document.ordinal}`, `Document ${document.ordinal}`)} · ${title} ${badges}</h4>`,
  ];
  if (document.failure) parts.push(failureBox(document.failure));
  if (document.record) {
    parts.push(
      metadataTable(document.record),
      renderDerivations(document.record.derivations),
      '<div class="pages">',
    );
    document.record.pages.forEach((page, index) => {
      parts.push(renderPage(page, index + 1, anchor, options));
    });
    parts.push('</div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/**
 * A relative link from `report.html` (in the output folder) to an output file, every path
 * segment percent-encoded.
 *
 * @example
 * ```ts
 * fileHref('H49/H49.1.pdf'); // 'H49/H49.1.pdf'
 * ```
 */
export function fileHref(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * A failure's reason as `report.html` shows it: the message in Vietnamese with the English in
 * small print; a failure journaled in English only (a bug, `INTERNAL_ERROR`, or a journal of an
 * older version) as it was journaled, marked as English.
 *
 * @example
 * ```ts
 * failureReason({ code: 'IMAGE_CORRUPT', message: 'Cannot decode…', messages: { vi: 'Không giải mã được…', en: 'Cannot decode…' } });
 * // 'Không giải mã được… <small lang="en">Cannot decode…</small>'
 * ```
 */
export function failureReason(failure: ReportFailure): string {
  return failure.messages
    ? bilingual(failure.messages.vi, failure.messages.en)
    : `<span lang="en">${escapeHtml(failure.message)}</span>`;
}

/**
 * A failure in a box: its code in bold, then its reason (see {@link failureReason}).
 *
 * @example
 * ```ts
 * failureBox(document.failure); // '<div class="failure"><b>IMAGE_CORRUPT</b>: Không giải mã được…'
 * ```
 */
export function failureBox(failure: ReportFailure): string {
  return `<div class="failure"><b>${escapeHtml(failure.code)}</b>: ${failureReason(failure)}</div>`;
}

/**
 * A badge naming a problem and its count, in Vietnamese with the English in small print.
 *
 * @example
 * ```ts
 * problemBadge('disagreements', 2, 'chênh lệch siêu dữ liệu', 'metadata disagreements');
 * ```
 */
export function problemBadge(kind: string, count: number, vietnamese: string, english: string): string {
  const text =
    kind === 'failed' ? bilingual(vietnamese, english) : bilingual(`${count} ${vietnamese}`, english);
  return `<span class="badge problem-${escapeHtml(kind)}">${text}</span>`;
}

function metadataTable(record: ReportRecord): string {
  const fields = [
    ...new Set([
      ...Object.keys(record.metadata),
      ...record.disagreements.map((disagreement) => disagreement.field),
      ...(record.suggested ?? []).map((suggestion) => suggestion.field),
    ]),
  ];
  const rows = fields.map((field) => {
    const [vietnamese, english] = fieldLabel(field);
    const disagreement = record.disagreements.find((item) => item.field === field);
    const filled = record.filled.find((item) => item.field === field);
    const suggested = record.suggested?.find((item) => item.field === field);
    let kind = '';
    let read = '';
    let note = '';
    if (disagreement) {
      kind = 'disagree';
      read = `${escapeHtml(disagreement.read)} ${percent(disagreement.confidence)}`;
      note = bilingual('Khác với danh mục', 'differs from the catalog');
    } else if (suggested) {
      kind = 'suggested';
      read = `${escapeHtml(suggested.value)} ${percent(suggested.confidence)}`;
      note = bilingual('Gợi ý, cần xác nhận', 'suggested reading, to confirm');
    } else if (filled) {
      kind = 'filled';
      read = `${escapeHtml(filled.raw)} ${percent(filled.confidence)}`;
      note = bilingual('Điền từ OCR', 'filled from OCR');
    }
    const value = disagreement ? disagreement.given : displayField(field, record.metadata[field]);
    return `<tr class="${kind}"><th scope="row">${bilingual(vietnamese, english)}</th><td>${escapeHtml(value)}</td><td>${read}</td><td>${note}</td></tr>`;
  });
  return [
    '<table class="metadata"><thead><tr>',
    `<th>${bilingual('Trường', 'Field')}</th><th>${bilingual('Giá trị', 'Value')}</th>`,
    `<th>${bilingual('Đọc từ ảnh (OCR)', 'Read by OCR')}</th><th>${bilingual('Ghi chú', 'Note')}</th>`,
    `</tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].join('');
}

function renderPage(
  page: ReportPage,
  number: number,
  anchor: string,
  options: { thumbnails: boolean; previews: boolean },
): string {
  const words = page.lowConfidenceWords ?? [];
  const height = Math.round((THUMBNAIL_WIDTH * page.height) / Math.max(1, page.width));
  const view = `${anchor}-page-${number}`;
  const large = options.previews && page.preview?.startsWith('data:image/') ? page.preview : undefined;
  const drawn = options.thumbnails && page.thumbnail?.startsWith('data:image/');
  const image = `<img src="${escapeHtml(page.thumbnail)}" width="${THUMBNAIL_WIDTH}" height="${height}" alt="${escapeHtml(`Trang ${number}: ${page.source}`)}">`;
  const sheet = !options.thumbnails
    ? `<p class="muted">${bilingual('Ảnh thu nhỏ được lược bớt (giới hạn của báo cáo)', 'thumbnail left out (the report keeps a limited number)')}</p>`
    : drawn
      ? [
          large
            ? `<a class="sheet" href="#${escapeHtml(view)}" title="${escapeHtml('Bấm để xem trang cỡ lớn — click for the large view')}">${image}`
            : `<div class="sheet">${image}`,
          pageOverlay(page, false),
          large ? '</a>' : '</div>',
          large ? pageViewer(page, number, anchor, view, large) : '',
        ].join('')
      : `<p class="muted">${bilingual('Không có ảnh thu nhỏ', 'no thumbnail')}</p>`;
  const facts = [
    `<b>${bilingual(`Trang ${number}`, `Page ${number}`)}</b> · ${escapeHtml(page.source)}`,
    `${bilingual('Độ tin cậy OCR', 'OCR confidence')}: <b>${page.confidence.toFixed(1)} %</b>`,
    `${bilingual('Đã chỉnh nghiêng', 'skew corrected')}: ${Math.abs(page.deskewAngle).toFixed(2)}° · ${bilingual('đo được', 'measured')}: ${page.skewAngle.toFixed(2)}°`,
    ...(page.quarterTurn
      ? [`<b>${bilingual('Đã xoay trang', 'page turned upright')}: ${page.quarterTurn}°</b>`]
      : []),
    `${page.width} × ${page.height} px, ${escapeHtml(page.dpi)} dpi${page.blank ? ` · ${bilingual('trang trắng', 'blank')}` : ''}`,
  ];
  // Records written before the Vietnamese texts existed show the English in both places.
  const violations = page.violations.length
    ? `<ul class="violations">${page.violations.map((violation) => `<li><b>${escapeHtml(violation.code)}</b> ${bilingual(violation.messageVi ?? violation.message, violation.message)}<br><small>${escapeHtml(violation.ruleVi ?? violation.rule)}</small></li>`).join('')}</ul>`
    : '';
  const warnings = page.warnings.length
    ? `<ul class="warnings">${page.warnings.map((warning, index) => `<li>${bilingual(page.warningsVi?.[index] ?? warning, warning)}</li>`).join('')}</ul>`
    : '';
  const wordList = words.length
    ? `<div>${bilingual('Từ kém tin cậy', 'low-confidence words')}: ${words.map((word) => `<mark>${escapeHtml(word.text)}</mark> ${word.confidence}`).join(', ')}</div>`
    : '';
  const missing = page.missingText?.length ?? 0;
  // The page-level check's figures (letters its ink holds, letters read) are worth reading.
  const pageShort = (page.missingText ?? []).filter((region) => region.kind === 'page' && region.messages);
  const missingNote = missing
    ? `<div class="missing-text">${bilingual(
        `Có thể thiếu chữ ở ${missing} vùng: mực trông như chữ nhưng OCR không đọc được từ nào, kể cả khi đọc lại; hãy đối chiếu với bản quét`,
        `text may be missing in ${missing} region(s): ink that looks like text where OCR read no word, even on a second reading; check them against the scan`,
      )}${pageShort.map(({ messages }) => `<div>${bilingual(messages.vi, messages.en)}</div>`).join('')}</div>`
    : '';
  const legend = drawn ? overlayLegend(page) : '';
  return `<figure class="page">${sheet}<figcaption>${legend}${facts.map((fact) => `<div>${fact}</div>`).join('')}${violations}${warnings}${missingNote}${wordList}</figcaption></figure>`;
}

/**
 * The large view of a page, shown over the report when its id is the URL's fragment: the page
 * {@link PREVIEW_WIDTH} px wide (or the window's width), the low-confidence words boxed and
 * labelled with what OCR read and its confidence, the regions where text may be missing boxed and
 * labelled so, and a link back to the document.
 */
function pageViewer(page: ReportPage, number: number, anchor: string, view: string, preview: string): string {
  const words = page.lowConfidenceWords ?? [];
  const missing = page.missingText ?? [];
  const height = Math.round((PREVIEW_WIDTH * page.height) / Math.max(1, page.width));
  return [
    `<div class="viewer" id="${escapeHtml(view)}" role="dialog" aria-label="${escapeHtml(`Trang ${number}: ${page.source}`)}">`,
    `<div class="viewer-bar"><b>${bilingual(`Trang ${number}`, `Page ${number}`)}</b> · ${escapeHtml(page.source)} · ${bilingual(`${words.length} từ kém tin cậy`, 'low-confidence words')}${missing.length ? ` · ${bilingual(`${missing.length} vùng có thể thiếu chữ`, 'regions where text may be missing')}` : ''}`,
    overlayLegend(page),
    `<a class="close" href="#${escapeHtml(anchor)}">${bilingual('Đóng', 'close')}</a></div>`,
    `<div class="viewer-sheet"><img src="${escapeHtml(preview)}" width="${PREVIEW_WIDTH}" height="${height}" alt="${escapeHtml(`Trang ${number} cỡ lớn: ${page.source}`)}">`,
    pageOverlay(page, true),
    '</div></div>',
  ].join('');
}

function percent(confidence: number): string {
  return `<small>(${Math.round(confidence * 100)} %)</small>`;
}
