import { basename } from 'node:path';
import { checkScanProfile } from '@sohoa/core';
import type { ScannedPdfPageSize } from '@sohoa/pdfa';
import type { DigitizeEvent } from './digitize-events.js';
import type { DigitizeSettings } from './digitize-settings.js';
import { checkPagePixels, pixelsPerPage, readImagePage } from './page-pixels.js';
import { PdfPageReader } from './pdf-page-reader.js';
import type { PlannedDocument } from './planned-dossier.js';
import { TiffPageReader } from './tiff-page-reader.js';

/** Fields of a document record that OCR can fill from the header when the catalog leaves them out. */
const HEADER_FIELDS = ['typeName', 'issuedDate', 'organName', 'subject'] as const;

/**
 * Checks a document without OCR (`--dry-run`): every image page is read as a run reads it
 * (`readImagePage`: decoded in full, the same pixel limit) and checked against the scan profile
 * (resolution, colour depth), and the document fields the header would
 * have to supply are named. Pages of multi-page TIFFs are decoded one at a time; pages of scanned PDFs
 * are sized as a run renders them (and refused over the pixel limit as a run would), not rendered.
 * Returns the number of pages checked.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `IMAGE_CORRUPT`, `IMAGE_UNSUPPORTED_FORMAT`, `INPUT_NOT_FOUND`, … for a bad page.
 *
 * @example
 * ```ts
 * const pages = await checkDocument(document, 'H49.64.33.2001.160', options, (event) => console.log(event));
 * ```
 */
export async function checkDocument(
  document: PlannedDocument,
  fileCode: string,
  options: Pick<DigitizeSettings, 'dpi' | 'material' | 'cleanup' | 'limits'>,
  emit: (event: DigitizeEvent) => void,
): Promise<number> {
  const tiffReader = new TiffPageReader({ dpi: options.dpi, maxPixels: pixelsPerPage(options.limits) });
  const pdfSizes = new Map<string, Promise<ScannedPdfPageSize[]>>();
  try {
    for (const [index, ref] of document.pages.entries()) {
      if (ref.pdfPage !== undefined) {
        // Not rendered: sized as the run renders it, and refused as the run would refuse it.
        const sizes = pdfSizes.get(ref.file) ?? PdfPageReader.pageSizes(ref.file, options.dpi);
        pdfSizes.set(ref.file, sizes);
        const size = (await sizes)[ref.pdfPage - 1];
        if (size) checkPagePixels(ref, size, options);
        continue;
      }
      const image = await readImagePage(ref, tiffReader, options);
      emit({
        type: 'page-checked',
        dossier: fileCode,
        ordinal: document.ordinal,
        page: index + 1,
        pages: document.pages.length,
        source: ref.tiffPage === undefined ? basename(ref.file) : `${basename(ref.file)}#${ref.tiffPage}`,
        violations: checkScanProfile(image, { material: options.material ?? 'document' }).violations,
      });
    }
  } finally {
    await tiffReader.close();
  }
  const missing = HEADER_FIELDS.filter((field) => document.metadata[field] === undefined);
  if (missing.length > 0) {
    const messages = {
      vi: `văn bản ${document.ordinal} không cho ${missing.join(', ')}: sẽ đọc từ phần đầu trang đầu của văn bản.`,
      en: `document ${document.ordinal} does not give ${missing.join(', ')}: they will be read from its first page's header.`,
    };
    emit({ type: 'warning', dossier: fileCode, ordinal: document.ordinal, message: messages.en, messages });
  }
  return document.pages.length;
}
