import { SohoaError } from '@sohoa/base';
import { loadPageImage, type PageImage, upscaledSize } from '@sohoa/core';
import type { DigitizeSettings } from './digitize-settings.js';
import type { PageRef } from './planned-dossier.js';
import type { TiffPageReader } from './tiff-page-reader.js';
import { DEFAULT_WORK_LIMITS } from './work-limits.js';

/** The settings the pixel limit of a page depends on. */
type PixelSettings = Pick<DigitizeSettings, 'cleanup' | 'limits'>;

/**
 * The `pixelsPerPage` work limit in effect: the setting, or its default.
 *
 * @example
 * ```ts
 * pixelsPerPage({}); // 150000000
 * ```
 */
export function pixelsPerPage(limits: DigitizeSettings['limits']): number {
  return limits?.pixelsPerPage ?? DEFAULT_WORK_LIMITS.pixelsPerPage;
}

/**
 * Refuses a page (`WORK_LIMIT_EXCEEDED`, limit `pixelsPerPage`) whose copy for OCR would have
 * more pixels than the limit: the page as scanned or rendered, or brought up to
 * `cleanup.ocrDpi`. `--dry-run` and the run call it with the same sizes (from the header of an
 * image, from the page of a PDF before it is rendered), so a dry run refuses exactly the pages a
 * run refuses.
 *
 * @example
 * ```ts
 * checkPagePixels({ file: 'scans/p1.jpg' }, { width: 15000, height: 15000, dpi: 300 }, {}); // throws
 * ```
 */
export function checkPagePixels(
  ref: Pick<PageRef, 'file' | 'tiffPage' | 'pdfPage'>,
  size: { width: number; height: number; dpi: number },
  settings: PixelSettings,
): void {
  const limit = pixelsPerPage(settings.limits);
  if (size.width * size.height > limit) throw pixelLimitError(ref, size.width * size.height, limit);
  const ocrDpi = settings.cleanup === false ? false : (settings.cleanup?.ocrDpi ?? false);
  const ocr = upscaledSize(size.width, size.height, size.dpi, ocrDpi);
  if (ocr.width * ocr.height > limit) throw pixelLimitError(ref, ocr.width * ocr.height, limit, ocr.dpi);
}

/**
 * The error of {@link checkPagePixels} for a page a reader refused before decoding it, with the
 * reader's own limit set to `pixelsPerPage` (`IMAGE_TOO_LARGE` of `loadPageImage` and of a TIFF
 * page, `PDF_LIMIT_EXCEEDED` of a scanned PDF's page); any other error as it is.
 *
 * @example
 * ```ts
 * const image = await loadPageImage(file, { maxPixels: pixelsPerPage(limits) }).catch((error) => {
 *   throw asPixelLimitError(error, { file }, limits);
 * });
 * ```
 */
export function asPixelLimitError(
  error: unknown,
  ref: Pick<PageRef, 'file' | 'tiffPage' | 'pdfPage'>,
  limits: DigitizeSettings['limits'],
): unknown {
  if (
    !SohoaError.isInstance(error) ||
    !(error.code === 'IMAGE_TOO_LARGE' || error.code === 'PDF_LIMIT_EXCEEDED')
  )
    return error;
  const { width, height } = (error.details ?? {}) as { width?: number; height?: number };
  if (width === undefined || height === undefined) return error;
  return pixelLimitError(ref, width * height, pixelsPerPage(limits));
}

/**
 * Reads a page that is an image file or a page of a multi-page TIFF, decoded in full, for
 * `--dry-run` and for the run alike: refused by {@link checkPagePixels} from its header, before a
 * pixel is decoded. `tiffReader` must have been made with `maxPixels` {@link pixelsPerPage}.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `WORK_LIMIT_EXCEEDED` (limit `pixelsPerPage`),
 *   and `loadPageImage`'s codes (`IMAGE_CORRUPT`, `INPUT_NOT_FOUND`, …) for a bad page.
 *
 * @example
 * ```ts
 * const tiffReader = new TiffPageReader({ dpi: undefined, maxPixels: pixelsPerPage({}) });
 * const image = await readImagePage({ file: 'scans/p1.jpg' }, tiffReader, { limits: {} });
 * ```
 */
export async function readImagePage(
  ref: Pick<PageRef, 'file' | 'tiffPage'>,
  tiffReader: TiffPageReader,
  settings: PixelSettings & Pick<DigitizeSettings, 'dpi'>,
): Promise<PageImage> {
  let image: PageImage;
  try {
    image =
      ref.tiffPage === undefined
        ? await loadPageImage(ref.file, {
            dpi: settings.dpi,
            maxPixels: pixelsPerPage(settings.limits),
            verify: 'full',
          })
        : await tiffReader.read(ref.file, ref.tiffPage);
  } catch (error) {
    throw asPixelLimitError(error, ref, settings.limits);
  }
  checkPagePixels(ref, image, settings);
  return image;
}

function pixelLimitError(
  ref: Pick<PageRef, 'file' | 'tiffPage' | 'pdfPage'>,
  pixels: number,
  limit: number,
  upscaledTo?: number,
): SohoaError {
  const number = ref.tiffPage ?? ref.pdfPage;
  const page = number === undefined ? ref.file : `${ref.file}#${number}`;
  return new SohoaError({
    code: 'WORK_LIMIT_EXCEEDED',
    message: {
      vi: `Trang "${page}" có ${pixels} điểm ảnh${upscaledTo ? ` khi nâng lên ${upscaledTo} dpi để OCR` : ''}, vượt giới hạn ${limit} (pixelsPerPage); trang không được xử lý.`,
      en: `The page "${page}" has ${pixels} pixels${upscaledTo ? ` once brought up to ${upscaledTo} dpi for OCR` : ''}, more than the limit of ${limit} (pixelsPerPage); the page was not processed.`,
    },
    fix: {
      vi: 'Kiểm tra tệp có đúng là bản quét không (một tệp nén nhỏ có thể khai báo kích thước rất lớn). Nếu đúng và máy đủ bộ nhớ (khoảng 10 byte cho mỗi điểm ảnh), hãy tăng "limits": { "pixelsPerPage": … } trong sohoa.config.json.',
      en: 'Check that the file is a real scan (a small compressed file may declare a huge size). If it is and the machine has the memory (about 10 bytes a pixel), raise "limits": { "pixelsPerPage": … } in sohoa.config.json.',
    },
    details: { page, pixels, limit: 'pixelsPerPage', value: limit },
  });
}
