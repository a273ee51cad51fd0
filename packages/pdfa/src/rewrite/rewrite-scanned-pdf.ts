import { createHash } from 'node:crypto';
import { type Bilingual, SohoaError } from '@sohoa/base';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFPage,
  PDFRawStream,
  type PDFRef,
} from 'pdf-lib';
import { decodeWithinLimit } from '../checker/stream-budget.js';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { unreadablePdf } from '../errors/unreadable-pdf.js';
import { loadPdfStructure } from '../reader/load-pdf-structure.js';
import { readInput } from '../reader/open-pdf-document.js';
import { drawTextLayer } from '../writer/draw-text-layer.js';
import { registerGlyphlessFont } from '../writer/glyphless-font.js';
import type { TextLayerInput } from '../writer/text-layer-input.js';
import { pagePlacement } from './page-placement.js';
import { pruneUnreachable } from './prune-unreachable.js';
import { stripInvisibleText } from './strip-invisible-text.js';
import { type DocumentDescription, makePdfAClaimTrue } from './true-pdfa-claim.js';

/** A page's new text layer: words with boxes in page pixels at `dpi` (an `OcrPage` or a `TextLayerPage` is one). */
export interface PageTextLayer extends TextLayerInput {
  /** The resolution of the boxes, on the pixel grid `openScannedPdf` renders the page on. */
  dpi: number;
}

/** Options of {@link rewriteScannedPdf}. */
export interface RewriteScannedPdfOptions extends DocumentDescription {
  /**
   * The new text layer of each page (index 0 = page 1). When given, every page's invisible text
   * (render mode 3: the scanner's OCR layer) is removed and the page's entry, if any, is written
   * in its place (an entry left `undefined` leaves the page without text). When left out, the
   * existing text layers are kept as they are (only the PDF/A fixes are made). @default undefined
   */
  textLayers?: ReadonlyArray<PageTextLayer | undefined> | undefined;
}

/** What {@link rewriteScannedPdf} did to one page. */
export interface RewrittenPage {
  pageNumber: number;
  /** Text objects (`BT … ET`) of invisible text removed. */
  textObjectsRemoved: number;
  /** Words written in the new layer. */
  wordsWritten: number;
}

/** The rewritten file and what was changed. */
export interface RewrittenPdf {
  bytes: Uint8Array;
  pages: RewrittenPage[];
  /** The document-level PDF/A fixes made, in words. */
  fixes: string[];
}

const FONT_KEY = 'GlyphLessFont';

/**
 * Rewrites an existing scanned PDF (a scanner's MRC pages with its own OCR layer and a PDF/A
 * claim) as a real PDF/A-2b with a new invisible text layer, changing nothing else: every object
 * but the pages' content streams, their font resources and the document metadata is written back
 * as it was read, so every image stream (JPEG backgrounds, JBIG2 masks) keeps its bytes exactly.
 * With `textLayers`, each page's text objects drawn invisibly (render mode 3) are removed, the
 * fonts only they used are dropped, and the new layer is drawn by the same code and in the same
 * `GlyphLessFont` as `writePdfA`'s, placed through the page's crop box and `/Rotate` on the grid
 * `openScannedPdf` renders; without it, the existing layer stays. Then the PDF/A claim is made
 * true (XMP, Info, OutputIntent, trailer ID; see {@link makePdfAClaimTrue}), the objects nothing
 * refers to any more are left out, and the file is written without linearization (the scanner's
 * hint tables are often wrong) with object streams.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND`/`INPUT_UNREADABLE` for a
 * path that cannot be read or bytes that are not a PDF; `PDF_ENCRYPTED` for an encrypted file
 * (PDF/A forbids encryption, and decrypting would change every stream's bytes); `OPTION_INVALID`
 * when `textLayers` has more entries than the file has pages.
 *
 * @example
 * ```ts
 * import { readTextLayer, rewriteScannedPdf } from '@sohoa/pdfa';
 * import { chooseTextLayer } from '@sohoa/ocr';
 *
 * const layers = await readTextLayer('scanner.pdf');
 * const chosen = layers.map((layer, index) => chooseTextLayer('combine', { layer, ocr: ocrPages[index] }));
 * const { bytes } = await rewriteScannedPdf('scanner.pdf', { textLayers: chosen.map((choice) => choice.page) });
 * ```
 */
export async function rewriteScannedPdf(
  input: Uint8Array | string,
  options: RewriteScannedPdfOptions = {},
): Promise<RewrittenPdf> {
  const bytes = typeof input === 'string' ? await readInput(input, 'rewriteScannedPdf') : input;
  const path = typeof input === 'string' ? input : undefined;
  const where: Bilingual = {
    vi: path ?? 'tệp PDF truyền vào dạng byte',
    en: path ?? 'the PDF given as bytes',
  };
  const document = await load(bytes, path, where);
  const pageCount = document.getPageCount();
  const { textLayers } = options;
  if (textLayers && textLayers.length > pageCount) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `rewriteScannedPdf: có ${textLayers.length} lớp chữ cho ${pageCount} trang của ${where.vi}.`,
        en: `rewriteScannedPdf: ${textLayers.length} text layers were given for the ${pageCount} pages of ${where.en}.`,
      },
      fix: {
        vi: 'Truyền một lớp chữ (hoặc undefined) cho mỗi trang của tệp.',
        en: 'Give one text layer (or undefined) per page of the file.',
      },
    });
  }
  const fingerprint = createHash('sha256').update(bytes);
  const pages: RewrittenPage[] = [];
  const fontRef = document.context.nextRef();
  const highBytes = new Set<number>();
  document.getPages().forEach((page, index) => {
    const text = textLayers?.[index];
    if (text) fingerprint.update(JSON.stringify(text.blocks));
    pages.push(
      textLayers
        ? replaceTextLayer(page, index + 1, text, fontRef, highBytes)
        : { pageNumber: index + 1, textObjectsRemoved: 0, wordsWritten: 0 },
    );
  });
  if (pages.some((page) => page.wordsWritten > 0)) {
    registerGlyphlessFont(document.context, fontRef, highBytes);
  }
  const fixes = makePdfAClaimTrue(document, options, fingerprint.digest('hex'));
  const pruned = pruneUnreachable(document.context);
  if (pruned > 0) fixes.push(`${pruned} objects no longer used left out`);
  const saved = await document.save({
    useObjectStreams: true,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return { bytes: saved, pages, fixes };
}

/** Removes a page's invisible text and draws `text` in its place. */
function replaceTextLayer(
  page: PDFPage,
  pageNumber: number,
  text: PageTextLayer | undefined,
  fontRef: PDFRef,
  highBytes: Set<number>,
): RewrittenPage {
  const { context } = page.node;
  const stripped = stripInvisibleText(pageContent(page));
  let content = Buffer.from(stripped.bytes).toString('latin1');
  const wordsWritten =
    text?.blocks.reduce(
      (sum, block) =>
        sum +
        block.paragraphs.reduce(
          (inner, paragraph) => inner + paragraph.lines.reduce((n, line) => n + line.words.length, 0),
          0,
        ),
      0,
    ) ?? 0;
  const resources = (page.node.Resources()?.clone(context) ?? context.obj({})) as PDFDict;
  const oldFonts = context.lookup(resources.get(PDFName.of('Font')));
  const fonts = stripped.keptText && oldFonts instanceof PDFDict ? oldFonts.clone(context) : context.obj({});
  if (text && wordsWritten > 0) {
    const { geometry, matrix } = pagePlacement(page, text.dpi);
    const layer = drawTextLayer(text, FONT_KEY, geometry, highBytes);
    content += `\nq ${matrix.map((value) => Number(value.toFixed(6))).join(' ')} cm\n${layer}\nQ`;
    fonts.set(PDFName.of(FONT_KEY), fontRef);
  }
  if (fonts.keys().length > 0) resources.set(PDFName.of('Font'), fonts);
  else resources.delete(PDFName.of('Font'));
  page.node.set(PDFName.of('Resources'), resources);
  page.node.set(
    PDFName.of('Contents'),
    context.register(context.flateStream(Buffer.from(content, 'latin1'))),
  );
  return { pageNumber, textObjectsRemoved: stripped.removed, wordsWritten: text ? wordsWritten : 0 };
}

/** The page's content streams decoded and joined (a text object may start in one and end in the next). */
function pageContent(page: PDFPage): Uint8Array {
  const { context } = page.node;
  const contents = context.lookup(page.node.get(PDFName.of('Contents')));
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((item) => context.lookup(item)) : [contents];
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) continue;
    parts.push(decodeWithinLimit(stream), Buffer.from('\n'));
  }
  return Buffer.concat(parts);
}

async function load(bytes: Uint8Array, path: string | undefined, where: Bilingual): Promise<PDFDocument> {
  let document: PDFDocument;
  try {
    // Object streams decoded within the 64 MiB stream limit (PDF_LIMIT_EXCEEDED past it).
    document = await loadPdfStructure(bytes, 'rewriteScannedPdf');
  } catch (cause) {
    throw unreadablePdf(cause, 'rewriteScannedPdf', path);
  }
  if (document.isEncrypted) {
    throw new SohoaError<PdfaErrorCode>({
      code: 'PDF_ENCRYPTED',
      message: {
        vi: `rewriteScannedPdf: ${where.vi} đã được mã hóa; PDF/A không cho phép mã hóa, và ghi lại tệp sẽ làm thay đổi mọi luồng ảnh.`,
        en: `rewriteScannedPdf: ${where.en} is encrypted; PDF/A forbids encryption, and rewriting it would change every image stream.`,
      },
      fix: {
        vi: 'Đề nghị chủ sở hữu cung cấp tệp không mã hóa, hoặc giải mã trước (ví dụ `qpdf --decrypt in.pdf out.pdf`, kèm mật khẩu nếu có) rồi ghi lại tệp đã giải mã.',
        en: 'Ask the owner for the unencrypted file, or decrypt it first (e.g. `qpdf --decrypt in.pdf out.pdf`, with the password if it has one) and rewrite that.',
      },
      details: path === undefined ? undefined : { path },
    });
  }
  return document;
}
