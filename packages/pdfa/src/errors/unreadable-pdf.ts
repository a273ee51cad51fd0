import { type Bilingual, SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from './pdfa-error-codes.js';

/** What the readers, the rewriter and the signer say to do by default with a PDF they cannot parse. */
const CHECK_THE_FILE: Bilingual = {
  vi: 'Kiểm tra tệp có phải là PDF đầy đủ không (không bị cắt cụt, không phải định dạng khác).',
  en: 'Check that the file is a complete PDF (not truncated, not another format).',
};

/**
 * The `INPUT_UNREADABLE` error every `@sohoa/pdfa` function throws when pdf-lib or pdf.js cannot
 * parse its input: `caller` and the input (`path`, or "the bytes" when it was given as bytes) named,
 * the parser's own reason quoted, and `fix` (default: check that the file is a complete PDF).
 * An error that already is a `SohoaError` (`PDF_LIMIT_EXCEEDED`, …) is returned as it is.
 *
 * @example
 * ```ts
 * try {
 *   document = await loadPdfStructure(bytes, 'verifyPdfSignature');
 * } catch (cause) {
 *   throw unreadablePdf(cause, 'verifyPdfSignature');
 * }
 * ```
 */
export function unreadablePdf(
  cause: unknown,
  caller: string,
  path?: string,
  fix: Bilingual = CHECK_THE_FILE,
): SohoaError<PdfaErrorCode> {
  if (SohoaError.isInstance(cause)) return cause as SohoaError<PdfaErrorCode>;
  const reason = (cause as Error)?.message ?? String(cause);
  return new SohoaError<PdfaErrorCode>({
    code: 'INPUT_UNREADABLE',
    message: {
      vi: `${caller}: không đọc được ${path ?? 'dữ liệu'} dưới dạng PDF: ${reason}.`,
      en: `${caller}: ${path ?? 'the bytes'} cannot be read as a PDF: ${reason}.`,
    },
    fix,
    cause,
    details: path === undefined ? undefined : { path },
  });
}
