import type { GrayImage } from '../image/gray-image.js';

/**
 * The image turned clockwise by a quarter turn (90, 180 or 270 degrees; 0 gives it back as it is).
 *
 * @internal
 */
export function turnGray(image: GrayImage, clockwise: 0 | 90 | 180 | 270): GrayImage {
  if (clockwise === 0) return image;
  const { data, width, height } = image;
  const turned = Buffer.allocUnsafe(data.length);
  const sideways = clockwise !== 180;
  const outWidth = sideways ? height : width;
  const outHeight = sideways ? width : height;
  for (let y = 0; y < outHeight; y++) {
    const row = y * outWidth;
    for (let x = 0; x < outWidth; x++) {
      // Where the pixel at (x, y) of the turned image comes from.
      const source =
        clockwise === 90
          ? (height - 1 - x) * width + y
          : clockwise === 270
            ? x * width + (width - 1 - y)
            : (height - 1 - y) * width + (width - 1 - x);
      turned[row + x] = data[source] as number;
    }
  }
  return { data: turned, width: outWidth, height: outHeight, dpi: image.dpi };
}
