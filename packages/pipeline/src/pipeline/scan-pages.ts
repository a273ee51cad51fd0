import { stat } from 'node:fs/promises';
import { type Bilingual, SohoaError } from '@sohoa/base';
import { listPageFiles, PAGE_EXTENSIONS } from '../digitize/dossier-folder.js';
import { expandPageFiles } from './expand-page-files.js';
import type { PageRef } from './planned-dossier.js';

/**
 * The pages of a scan a catalog names, found by `ScanPathResolver`: a PDF's or a multi-page TIFF's
 * pages, one image, or, for a folder (a dossier scanned as one image per page), every page file in
 * it in natural file-name order (see {@link listPageFiles}: `p2` before `p10`, letter case and
 * Unicode normalisation aside), each expanded the same way.
 *
 * @param place The catalog row naming it (`{ vi, en }` from `catalogPlace`), put into the messages.
 * @param directory Whether `path` is a folder, when known (`ScanPathResolver.find`). @default asked of the file system
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `INPUT_NOT_FOUND` for a folder holding no page
 *   files; `INPUT_UNREADABLE` for a PDF that cannot be opened.
 *
 * @example
 * ```ts
 * const file = await scans.resolve('Phông 5\\hoso11', place);
 * await scanPages(file, place); // [{ file: '…/hoso11/001.jpg' }, { file: '…/hoso11/002.jpg' }, …]
 * ```
 */
export async function scanPages(path: string, place: Bilingual, directory?: boolean): Promise<PageRef[]> {
  const folder =
    directory ??
    (await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    ));
  if (!folder) return expandPageFiles([path], { tiffPages: true });
  const files = await listPageFiles(path);
  if (files.length === 0) {
    const kinds = [...PAGE_EXTENSIONS, '.pdf'].join(', ');
    throw new SohoaError({
      code: 'INPUT_NOT_FOUND',
      message: {
        vi: `${place.vi}: thư mục bản quét "${path}" không có tệp trang nào (${kinds}).`,
        en: `${place.en}: the scan folder "${path}" holds no page files (${kinds}).`,
      },
      fix: {
        vi: 'Đặt các trang quét của hồ sơ vào thư mục đó, hoặc sửa đường dẫn trong mục lục ("Đường dẫn file").',
        en: 'Put the dossier\'s scanned pages in that folder, or correct the path in the catalog ("Đường dẫn file").',
      },
      details: { source: place.en, path },
    });
  }
  return expandPageFiles(files, { tiffPages: true });
}
