import sharp from 'sharp';

/** Width of the page thumbnails in `report.html`, in pixels. */
export const THUMBNAIL_WIDTH = 300;

/** WebP quality of the thumbnails: text stays legible at 300 px for about 17 KB a page. */
const THUMBNAIL_QUALITY = 50;

/** Width of the large page views of `report.html`, in pixels. */
export const PREVIEW_WIDTH = 1000;

/**
 * WebP quality of the large views: at 1000 px a 300 dpi A4 scan shows its body text legibly at
 * about 40 % of its printed size, for about 110 KB a page (the sample dossier's scans).
 */
const PREVIEW_QUALITY = 40;

/**
 * A small WebP of a page's archival image (JPEG or PNG bytes), {@link THUMBNAIL_WIDTH} pixels
 * wide, as a `data:` URI that `report.html` inlines. It is made once, when the page is
 * digitized, and kept in the document's JSON, so the report is rewritten at the end of every run
 * without decoding a scan again.
 *
 * @example
 * ```ts
 * const uri = await pageThumbnail(await readFile('page.jpg'));
 * uri.startsWith('data:image/webp;base64,'); // true
 * ```
 */
export function pageThumbnail(bytes: Uint8Array): Promise<string> {
  return webpDataUri(bytes, THUMBNAIL_WIDTH, THUMBNAIL_QUALITY);
}

/**
 * A large WebP of a page's archival image, {@link PREVIEW_WIDTH} pixels wide, as a `data:` URI:
 * the view `report.html` opens when a thumbnail is clicked, with the low-confidence words and the
 * regions where text may be missing boxed and labelled on it. Made when the page is digitized,
 * only for pages with either, and kept in the document's JSON.
 *
 * @example
 * ```ts
 * const uri = await pagePreview(await readFile('page.jpg'));
 * uri.startsWith('data:image/webp;base64,'); // true
 * ```
 */
export function pagePreview(bytes: Uint8Array): Promise<string> {
  return webpDataUri(bytes, PREVIEW_WIDTH, PREVIEW_QUALITY);
}

async function webpDataUri(bytes: Uint8Array, width: number, quality: number): Promise<string> {
  const webp = await sharp(bytes, { limitInputPixels: false })
    .resize({ width, withoutEnlargement: true })
    .webp({ quality })
    .toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}
