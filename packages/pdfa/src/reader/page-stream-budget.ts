import { SohoaError } from '@sohoa/base';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFRawStream,
} from 'pdf-lib';
import { DEFAULT_MAX_STREAM_BYTES, decodeWithinLimit } from '../checker/stream-budget.js';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';

/**
 * Refuses a PDF whose pages draw a content stream (the page's own, or a form XObject it names)
 * that decodes to more than 64 MiB (`DEFAULT_MAX_STREAM_BYTES`, the limit of `checkPdfA`), before
 * pdf.js reads it: pdf.js decodes a content stream whole, so a 1 MB file whose page content
 * inflates to 1 GiB took `sohoa digitize` to 2.6 GB. Each stream is inflated once, stopped as soon
 * as it passes the limit; a scanner's page content is a few KiB.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PDF_LIMIT_EXCEEDED` naming the page.
 *
 * @example
 * ```ts
 * const structure = await PDFDocument.load(bytes);
 * checkPageStreams(structure, 'openScannedPdf');
 * ```
 */
export function checkPageStreams(structure: PDFDocument, caller: string): void {
  const lookup = (object: PDFObject | undefined) =>
    object === undefined ? undefined : structure.context.lookup(object);
  const seen = new Set<PDFRawStream>();
  let pages: PDFPage[];
  try {
    pages = structure.getPages();
  } catch {
    return; // a page tree pdf-lib cannot walk is left to pdf.js, which reports it
  }
  pages.forEach((page, index) => {
    const streams: PDFRawStream[] = [];
    const take = (stream: PDFObject | undefined): stream is PDFRawStream => {
      if (!(stream instanceof PDFRawStream) || seen.has(stream)) return false;
      seen.add(stream);
      streams.push(stream);
      return true;
    };
    // The form XObjects of a resource dictionary, and theirs in turn.
    const forms = (resources: PDFObject | undefined) => {
      const dict = lookup(resources);
      const xObjects = dict instanceof PDFDict ? dict.lookup(PDFName.of('XObject')) : undefined;
      if (!(xObjects instanceof PDFDict)) return;
      for (const [, reference] of xObjects.entries()) {
        const form = lookup(reference);
        if (
          form instanceof PDFRawStream &&
          form.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form') &&
          take(form)
        )
          forms(form.dict.get(PDFName.of('Resources')));
      }
    };
    const contents = lookup(page.node.get(PDFName.of('Contents')));
    for (const item of contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents]) take(item);
    forms(page.node.Resources());
    for (const stream of streams) {
      try {
        decodeWithinLimit(stream);
      } catch (cause) {
        if (SohoaError.isInstance(cause) && cause.code === 'PDF_LIMIT_EXCEEDED')
          throw pageStreamTooLarge(caller, index + 1, cause);
        // A stream pdf-lib cannot decode is left to pdf.js, which reports or skips it.
      }
    }
  });
}

function pageStreamTooLarge(caller: string, pageNumber: number, cause: unknown): SohoaError<PdfaErrorCode> {
  const mib = DEFAULT_MAX_STREAM_BYTES / 1024 / 1024;
  return new SohoaError<PdfaErrorCode>({
    code: 'PDF_LIMIT_EXCEEDED',
    message: {
      vi: `${caller}: nội dung trang ${pageNumber} khi giải nén vượt quá ${mib} MiB: có thể là bom giải nén; tệp chưa được đọc.`,
      en: `${caller}: the content of page ${pageNumber} decodes to more than ${mib} MiB: a possible decompression bomb; the file was not read.`,
    },
    fix: {
      vi: 'Kiểm tra tệp có đúng là bản quét không: nội dung một trang quét chỉ vài KiB. Nếu tệp đáng tin cậy, hãy chuyển nó sang ảnh bằng công cụ khác trước.',
      en: "Check that the file is a real scan: a scanned page's content is a few KiB. If the file is trusted, convert it to images with another tool first.",
    },
    cause,
    details: { page: pageNumber, maxStreamBytes: DEFAULT_MAX_STREAM_BYTES },
  });
}
