import { SohoaError } from '@sohoa/base';
import { PDFDocument } from 'pdf-lib';
import { loadSourceDocument } from '../checker/load-source-document.js';
import { bytesSource } from '../checker/pdf-source.js';
import { DEFAULT_MAX_STREAM_BYTES } from '../checker/stream-budget.js';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { quietPdfLib } from './quiet-pdf-lib.js';

/**
 * `PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })`, once the file has
 * passed a first parse by the checker's loader: pdf-lib decodes every object and cross-reference
 * stream whole as it parses (a 1 MB object-stream bomb took `sohoa pdfa verify` to 2.7 GB), the
 * loader stops such a stream at 64 MiB and reads no other stream's data, so the check costs one
 * parse of the object graph.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PDF_LIMIT_EXCEEDED` naming `caller`; pdf-lib's
 *   parsing errors otherwise.
 *
 * @example
 * ```ts
 * const structure = await loadPdfStructure(bytes, 'openScannedPdf');
 * ```
 */
export async function loadPdfStructure(bytes: Uint8Array, caller: string): Promise<PDFDocument> {
  await refuseObjectStreamBombs(bytes, caller);
  return quietPdfLib(() => PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false }));
}

/**
 * The check of {@link loadPdfStructure} alone, for a caller that loads the PDF itself with other
 * options (`signPdf` refuses encrypted files): a first parse by the checker's loader, which stops
 * an object or cross-reference stream at 64 MiB.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PDF_LIMIT_EXCEEDED` naming `caller`; pdf-lib's
 *   parsing errors otherwise.
 *
 * @example
 * ```ts
 * await refuseObjectStreamBombs(pdf, 'signPdf');
 * const document = await PDFDocument.load(pdf, { updateMetadata: false });
 * ```
 */
export async function refuseObjectStreamBombs(bytes: Uint8Array, caller: string): Promise<void> {
  try {
    await loadSourceDocument(bytesSource(bytes));
  } catch (cause) {
    if (!SohoaError.isInstance(cause) || cause.code !== 'PDF_LIMIT_EXCEEDED') throw cause;
    const mib = DEFAULT_MAX_STREAM_BYTES / 1024 / 1024;
    throw new SohoaError<PdfaErrorCode>({
      code: 'PDF_LIMIT_EXCEEDED',
      message: {
        vi: `${caller}: một luồng đối tượng hoặc luồng tham chiếu chéo của tệp khi giải nén vượt quá ${mib} MiB: có thể là bom giải nén; tệp chưa được đọc.`,
        en: `${caller}: an object or cross-reference stream of the file decodes to more than ${mib} MiB: a possible decompression bomb; the file was not read.`,
      },
      fix: {
        vi: 'Kiểm tra nguồn gốc tệp: một tệp PDF thật không có luồng đối tượng lớn như vậy. Nếu tệp đáng tin cậy, hãy lưu lại nó bằng công cụ khác (ví dụ `qpdf --object-streams=disable`).',
        en: 'Check where the file comes from: a genuine PDF has no object stream this large. If it is trusted, save it again with another tool (e.g. `qpdf --object-streams=disable`).',
      },
      cause,
      details: { maxStreamBytes: DEFAULT_MAX_STREAM_BYTES },
    });
  }
}
