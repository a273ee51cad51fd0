import type { PdfAOptions, PdfAPageSource } from './pdfa-options.js';
import { streamPdfA } from './stream-pdfa.js';

/**
 * Writes a two-layer PDF/A-2b document: each page is its scanned image at 100% scale (page size
 * = pixels × 72 / dpi points) with the OCR text as an invisible, searchable and copyable layer in
 * an embedded subset font that covers Vietnamese. PDF/A-2b by construction: XMP metadata
 * (uncompressed, `pdfaid` part 2 conformance B, archival fields in described custom namespaces)
 * in sync with the Info dictionary, an sRGB OutputIntent, a trailer ID, `/Lang`, no transparency
 * and no actions. 1-bit PNG pages are stored with CCITT Group 4. With `part: 3` it writes
 * PDF/A-3b with associated files. Identifiers derive from the content, so the same pages and
 * metadata give the same bytes. For long dossiers prefer {@link streamPdfA} or
 * {@link writePdfAFile}, which do not hold the whole file in memory.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `PDF_WRITE_FAILED` when there is no page or an image cannot be embedded;
 * `OPTION_INVALID` for bad options.
 *
 * @example
 * ```ts
 * import { encodeForPdf, loadPageImage, makeOcrCopy, writeFileAtomic } from '@sohoa/core';
 * import { createOcrEngine } from '@sohoa/ocr';
 * import { writePdfA } from '@sohoa/pdfa';
 *
 * const image = await loadPageImage('p1.jpg');
 * const engine = await createOcrEngine();
 * const text = await engine.recognize(await makeOcrCopy(image));
 * await engine.terminate();
 * const pdf = await writePdfA([{ image: await encodeForPdf(image), text }], {
 *   title: 'Quyết định 47/QĐ-UBND',
 *   archival: { document: { docCode: '000.00.00.H00.2025.01.001', codeNumber: '47' } },
 * });
 * await writeFileAtomic('out/47.pdf', pdf);
 * ```
 */
export async function writePdfA(pages: PdfAPageSource, options: PdfAOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of streamPdfA(pages, options)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
