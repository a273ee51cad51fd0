import sharp from 'sharp';

/** Width of the page thumbnails in `report.html`, in pixels. */
export const THUMBNAIL_WIDTH = 300;

/** WebP quality of the thumbnails: text stays legible at 300 px for about 17 KB a page. */
const THUMBNAIL_QUALITY = 50;

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
export async function pageThumbnail(bytes: Uint8Array): Promise<string> {
  const webp = await sharp(bytes, { limitInputPixels: false })
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: THUMBNAIL_QUALITY })
    .toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}
