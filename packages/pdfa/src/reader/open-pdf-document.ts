import { readFile } from 'node:fs/promises';
import { SohoaError } from '@sohoa/base';
import type { PDFDocument } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import { unreadablePdf } from '../errors/unreadable-pdf.js';
import { loadPdfStructure } from './load-pdf-structure.js';
import { maskScales } from './page-resolution.js';
import { checkPageStreams } from './page-stream-budget.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** An existing PDF opened twice: by pdf-lib for its objects, by pdf.js to render and extract. */
export interface OpenedPdf {
  structure: PDFDocument;
  document: PDFDocumentProxy;
  /** How much finer each image's mask is (see `maskScales`). */
  scales: Map<string, number>;
  OPS: PdfJs['OPS'];
}

/**
 * The options every pdf.js document of sohoa is opened with: no messages, no system fonts, no
 * `eval`, and no WebAssembly decoders. pdf.js 5 keeps its JBIG2/CCITT and JPEG 2000 decoders in
 * static state that fetches the `.wasm` through the message handler of whichever document set its
 * options last; when that document is destroyed while another one decodes its first CCITT or
 * JBIG2 image, the fetch never settles and the other document's render hangs for good (seen as a
 * digitize run that stalled under load: a scanner PDF rendered while its text layer was read). In
 * Node the fetch fails anyway (no `wasmUrl`), so pdf.js already used its JavaScript decoders:
 * `useWasm: false` goes there directly, with the same pixels.
 */
export const PDFJS_OPTIONS = {
  verbosity: 0,
  useSystemFonts: false,
  isEvalSupported: false,
  useWasm: false,
} as const;

/**
 * Opens `input` (bytes or a path) with pdf-lib and pdf.js (loaded on first use: it is large,
 * and only the readers need it).
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a missing path; `INPUT_UNREADABLE` when the bytes are not a PDF pdf.js can open;
 *   `PDF_LIMIT_EXCEEDED` for a page content stream that decodes past 64 MiB (see `checkPageStreams`).
 */
export async function openPdfDocument(input: Uint8Array | string, caller: string): Promise<OpenedPdf> {
  const bytes = typeof input === 'string' ? await readInput(input, caller) : new Uint8Array(input);
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    // pdf-lib first: pdf.js takes ownership of (detaches) the buffer it is given.
    const structure = await loadPdfStructure(bytes, caller);
    const scales = maskScales(structure);
    // pdf.js decodes a page's content stream whole: a decompression bomb is refused first.
    checkPageStreams(structure, caller);
    const document = await getDocument({ data: bytes, ...PDFJS_OPTIONS }).promise;
    return { structure, document, scales, OPS };
  } catch (cause) {
    throw unreadablePdf(cause, caller, typeof input === 'string' ? input : undefined, {
      vi: 'Kiểm tra tệp có phải là PDF đầy đủ, không mã hóa không.',
      en: 'Check that the file is a complete, unencrypted PDF.',
    });
  }
}

/** The bytes of the file at `path`, or a `SohoaError` naming `caller` and the path. */
export async function readInput(path: string, caller: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException)?.code === 'ENOENT';
    const reason = (cause as Error)?.message ?? cause;
    throw new SohoaError<PdfaErrorCode>({
      code: missing ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE',
      message: {
        vi: `${caller}: không đọc được ${path}: ${reason}.`,
        en: `${caller}: cannot read ${path}: ${reason}.`,
      },
      fix: missing
        ? { vi: 'Kiểm tra lại đường dẫn.', en: 'Check the path.' }
        : { vi: 'Kiểm tra quyền truy cập tệp.', en: 'Check the file permissions.' },
      cause,
      details: { path },
    });
  }
}
