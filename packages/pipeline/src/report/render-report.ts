import { createHash } from 'node:crypto';
import { FINDING_SEVERITY_NAMES } from '@sohoa/ip';
import { bilingual } from './bilingual.js';
import { displayTime } from './display-time.js';
import { type DocumentProblems, documentProblems } from './document-problems.js';
import { escapeHtml } from './escape-html.js';
import { failureBox, failureReason, fileHref, problemBadge, renderDocument } from './render-document.js';
import { REPORT_SCRIPT } from './report-script.js';
import type { ReportDocument, ReportDossier, ReportFailure, ReportState } from './report-state.js';
import { REPORT_STYLE } from './report-style.js';
import { documentsWithThumbnails, REPORT_PREVIEW_PAGES, REPORT_THUMBNAIL_PAGES } from './thumbnail-budget.js';

interface DocumentRow {
  dossier: ReportDossier;
  document: ReportDocument;
  problems: DocumentProblems;
  anchor: string;
  /** Position in dossier and ordinal order: the tie-breaker of every sort. */
  index: number;
}

const STATUS: Record<ReportDossier['status'], [string, string]> = {
  done: ['Hoàn thành', 'done'],
  failed: ['Chưa xong', 'not finished'],
  pending: ['Chưa đóng gói', 'not packaged yet'],
};

/**
 * The HTML of `report.html` for an output folder's state: a summary, the failures with their
 * reasons, a table of every document sortable by each kind of problem (click a heading), and
 * per dossier its package validation and its documents (see {@link renderDocument}). Thumbnails
 * are kept for at most {@link REPORT_THUMBNAIL_PAGES} pages and large page views for at most
 * {@link REPORT_PREVIEW_PAGES}, documents with problems first (see
 * {@link documentsWithThumbnails}), so the report of a very large run stays small. The page is
 * self-contained (inline style and script, thumbnails as `data:` URIs) and its
 * Content-Security-Policy allows nothing else: no network, and no script or style but its own.
 * The same state always gives the same bytes.
 *
 * @example
 * ```ts
 * const html = renderReport(await readReportState('out/batch'));
 * ```
 */
export function renderReport(state: ReportState): string {
  const rows: DocumentRow[] = [];
  state.dossiers.forEach((dossier, dossierIndex) => {
    for (const document of dossier.documents) {
      rows.push({
        dossier,
        document,
        problems: documentProblems(document),
        anchor: `document-${dossierIndex + 1}-${document.ordinal}`,
        index: rows.length,
      });
    }
  });
  const policy = [
    "default-src 'none'",
    'img-src data:',
    `style-src '${hash(REPORT_STYLE)}'`,
    `script-src '${hash(REPORT_SCRIPT)}'`,
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Báo cáo số hóa — Digitization report</title>',
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${bilingual('Báo cáo số hóa', 'Digitization report')}</h1>`,
    `<p>${bilingual('Ngày tạo tài liệu số', 'outputs dated')}: ${escapeHtml(displayTime(state.createdAt))}</p>`,
    '<nav>',
    `<a href="#failures">${bilingual('Lỗi', 'Failures')}</a>`,
    `<a href="#documents">${bilingual('Văn bản', 'Documents')}</a>`,
    `<a href="#dossiers">${bilingual('Hồ sơ', 'Dossiers')}</a>`,
    '</nav>',
    '</header>',
    '<main>',
    summaryCards(state, rows),
    failureSection(state),
    documentTable(rows),
    dossierSection(state, imageBudgets(rows)),
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summaryCards(state: ReportState, rows: DocumentRow[]): string {
  const count = (status: ReportDossier['status']) =>
    state.dossiers.filter((dossier) => dossier.status === status).length;
  const finished = rows.filter((row) => row.document.record);
  const pages = finished.reduce((sum, row) => sum + (row.document.record?.pages.length ?? 0), 0);
  const capped =
    pages > REPORT_THUMBNAIL_PAGES
      ? `<p class="muted">${bilingual(
          `Ảnh thu nhỏ chỉ giữ cho ${REPORT_THUMBNAIL_PAGES} trang, ưu tiên văn bản có vấn đề`,
          `thumbnails are kept for ${REPORT_THUMBNAIL_PAGES} pages, documents with problems first`,
        )}</p>`
      : '';
  const confidence =
    finished.reduce(
      (sum, row) => sum + (row.problems.confidence ?? 0) * (row.document.record?.pages.length ?? 0),
      0,
    ) / Math.max(1, pages);
  const cards: [string, string, string | number][] = [
    ['Hồ sơ hoàn thành', 'dossiers done', `${count('done')} / ${state.dossiers.length}`],
    ['Hồ sơ chưa xong', 'dossiers not finished', count('failed') + count('pending')],
    ['Văn bản hoàn thành', 'documents done', finished.length],
    ['Văn bản lỗi', 'documents failed', rows.length - finished.length],
    ['Văn bản có vấn đề', 'documents with problems', rows.filter((row) => row.problems.score > 0).length],
    ['Trang', 'pages', pages],
    ['Độ tin cậy OCR trung bình', 'mean OCR confidence', pages ? `${confidence.toFixed(1)} %` : '—'],
  ];
  return `<section id="summary" class="cards">${cards
    .map(
      ([vietnamese, english, value]) =>
        `<div class="card">${bilingual(vietnamese, english)}<b>${escapeHtml(value)}</b></div>`,
    )
    .join('')}</section>${capped}`;
}

function failureSection(state: ReportState): string {
  const rows: string[] = [];
  state.dossiers.forEach((dossier, dossierIndex) => {
    // A dossier left incomplete by its documents is shown by their own rows.
    if (dossier.failure && dossier.failure.code !== 'DOSSIER_INCOMPLETE') {
      rows.push(failureRow(dossier.key, '', `dossier-${dossierIndex + 1}`, dossier.failure));
    }
    for (const document of dossier.documents) {
      if (!document.failure) continue;
      const anchor = `document-${dossierIndex + 1}-${document.ordinal}`;
      rows.push(failureRow(dossier.key, String(document.ordinal), anchor, document.failure));
    }
  });
  const body = rows.length
    ? `<table id="failure-table"><thead><tr><th>${bilingual('Hồ sơ', 'Dossier')}</th><th>${bilingual('Văn bản', 'Document')}</th><th>${bilingual('Mã lỗi', 'Code')}</th><th>${bilingual('Lý do', 'Reason')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p class="valid">${bilingual('Không có lỗi.', 'No failures.')}</p>`;
  return `<section id="failures"><h2>${bilingual(`Lỗi (${rows.length})`, 'Failures')}</h2>${body}</section>`;
}

function failureRow(key: string, ordinal: string, anchor: string, failure: ReportFailure): string {
  return `<tr><td><a href="#${escapeHtml(anchor)}">${escapeHtml(key)}</a></td><td>${escapeHtml(ordinal)}</td><td><code>${escapeHtml(failure.code)}</code></td><td class="reason">${failureReason(failure)}</td></tr>`;
}

/** The documents table, worst first; each column heading sorts by its value. */
function documentTable(rows: DocumentRow[]): string {
  const headings: [string, string, 'text' | 'number', 'ascending' | 'descending'][] = [
    ['Văn bản', 'Document', 'text', 'ascending'],
    ['Trích yếu', 'Summary', 'text', 'ascending'],
    ['Trạng thái', 'Status', 'text', 'ascending'],
    ['Trang', 'Pages', 'number', 'descending'],
    ['Tin cậy OCR', 'OCR confidence', 'number', 'ascending'],
    ['Từ kém tin cậy', 'Low-confidence words', 'number', 'descending'],
    ['Có thể thiếu chữ', 'Text may be missing', 'number', 'descending'],
    ['Vi phạm quét', 'Scan-profile violations', 'number', 'descending'],
    ['Chỉnh nghiêng', 'Skew corrected', 'number', 'descending'],
    ['Chênh lệch', 'Metadata disagreements', 'number', 'descending'],
    ['Gợi ý', 'Suggestions', 'number', 'descending'],
    ['Vấn đề', 'Problems', 'number', 'descending'],
  ];
  const head = headings
    .map(
      ([vietnamese, english, sort, order], column) =>
        `<th data-sort="${sort}" data-order="${order}"${column === headings.length - 1 ? ' aria-sort="descending"' : ''}><button type="button">${bilingual(vietnamese, english)}</button></th>`,
    )
    .join('');
  const sorted = [...rows].sort((a, b) => b.problems.score - a.problems.score || a.index - b.index);
  return [
    `<section id="documents"><h2>${bilingual(`Văn bản (${rows.length})`, 'Documents')}</h2>`,
    `<div class="scroll"><table class="sortable" id="document-table"><thead><tr>${head}</tr></thead><tbody>`,
    ...sorted.map(documentRow),
    '</tbody></table></div></section>',
  ].join('\n');
}

function documentRow(row: DocumentRow): string {
  const { dossier, document, problems } = row;
  const record = document.record;
  const subject = typeof record?.metadata.subject === 'string' ? record.metadata.subject : '';
  const status = document.failure
    ? `<span class="badge bad">${escapeHtml(document.failure.code)}</span>`
    : `<span class="badge ok">${bilingual('Xong', 'done')}</span>`;
  const cell = (value: string | number, content: string | number, kind = 'number') =>
    `<td class="${kind}" data-value="${escapeHtml(value)}">${content}</td>`;
  const count = (value: number) => cell(value, record ? value : '—');
  const confidence = problems.confidence;
  return [
    `<tr data-index="${row.index}">`,
    cell(
      `${dossier.key} ${document.ordinal}`,
      `<a href="#${row.anchor}">${escapeHtml(dossier.key)} · ${document.ordinal}</a>`,
      'key',
    ),
    cell(subject, escapeHtml(subject), 'subject'),
    cell(document.failure ? `0 ${document.failure.code}` : '1', status, 'status'),
    count(record?.pages.length ?? 0),
    cell(confidence ?? -1, confidence === undefined ? '—' : `${confidence.toFixed(1)} %`),
    count(problems.lowConfidenceWords),
    count(problems.missingText),
    count(problems.violations),
    cell(problems.deskew, record ? `${problems.deskew.toFixed(2)}°` : '—'),
    count(record?.disagreements.length ?? 0),
    count(record?.suggested?.length ?? 0),
    cell(
      problems.score,
      problems.problems
        .map((problem) => problemBadge(problem.kind, problem.count, problem.vi, problem.en))
        .join(''),
      'problems',
    ),
    '</tr>',
  ].join('');
}

/** The documents that keep their thumbnails, and those that keep their large views. */
interface ImageBudgets {
  thumbnails: ReadonlySet<ReportDocument>;
  previews: ReadonlySet<ReportDocument>;
}

function imageBudgets(rows: readonly DocumentRow[]): ImageBudgets {
  const scored = rows.map((row) => ({ ...row, score: row.problems.score }));
  return {
    thumbnails: documentsWithThumbnails(scored),
    previews: documentsWithThumbnails(scored, REPORT_PREVIEW_PAGES, (pages) =>
      pages.filter((page) => page.preview !== undefined),
    ),
  };
}

function dossierSection(state: ReportState, budgets: ImageBudgets): string {
  const parts = [
    `<section id="dossiers"><h2>${bilingual(`Hồ sơ (${state.dossiers.length})`, 'Dossiers')}</h2>`,
  ];
  state.dossiers.forEach((dossier, dossierIndex) => {
    const [vietnamese, english] = STATUS[dossier.status];
    parts.push(
      `<article class="dossier" id="dossier-${dossierIndex + 1}">`,
      `<h3>${bilingual('Hồ sơ', 'Dossier')} <code>${escapeHtml(dossier.key)}</code> <span class="badge status-${dossier.status}">${bilingual(vietnamese, english)}</span></h3>`,
      packageValidation(dossier),
    );
    if (dossier.failure) parts.push(failureBox(dossier.failure));
    for (const document of dossier.documents) {
      parts.push(
        renderDocument(document, `document-${dossierIndex + 1}-${document.ordinal}`, {
          thumbnails: budgets.thumbnails.has(document),
          previews: budgets.thumbnails.has(document) && budgets.previews.has(document),
        }),
      );
    }
    parts.push('</article>');
  });
  parts.push('</section>');
  return parts.join('\n');
}

/** The package and what its validation found. */
function packageValidation(dossier: ReportDossier): string {
  const label = `${bilingual('Gói thông tin', 'Package')}: `;
  let line: string;
  if (dossier.package) {
    const name = escapeHtml(dossier.package.split('/').pop());
    line = `${label}<a href="${escapeHtml(fileHref(dossier.package))}">${name}</a> — <span class="valid">${bilingual('hợp lệ theo Thông tư 05/2025/TT-BNV', 'valid (vn-tt05 profile)')}</span>`;
  } else if (dossier.status === 'done') {
    line = `${label}${bilingual('không đóng gói', 'none asked for')}`;
  } else {
    line = `${label}${bilingual('chưa có', 'not built')}`;
  }
  if (dossier.findings.length === 0) return `<p>${line}</p>`;
  // A journal written before findings carried messageVi (@sohoa/ip 0.1) has the English only.
  const rows = dossier.findings.map(
    (finding) =>
      `<tr><td><span class="badge ${finding.severity === 'error' ? 'bad' : 'status-pending'}">${bilingual(FINDING_SEVERITY_NAMES.vi[finding.severity], FINDING_SEVERITY_NAMES.en[finding.severity])}</span></td><td><code>${escapeHtml(finding.requirement)}</code></td><td>${escapeHtml(finding.file)}</td><td>${bilingual(finding.messageVi ?? finding.message, finding.message)}</td></tr>`,
  );
  return `<p>${line}</p><table class="findings"><thead><tr><th>${bilingual('Mức', 'Severity')}</th><th>${bilingual('Yêu cầu', 'Requirement')}</th><th>${bilingual('Tệp', 'File')}</th><th>${bilingual('Kết quả kiểm tra', 'Finding')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function hash(content: string): string {
  return `sha256-${createHash('sha256').update(content).digest('base64')}`;
}
