import { deflateSync } from 'node:zlib';
import { SohoaError } from '@sohoa/base';
import {
  JpegEmbedder,
  PDFArray,
  type PDFContext,
  PDFName,
  PDFRawStream,
  type PDFRef,
  PngEmbedder,
} from 'pdf-lib';
import { encodeCcittG4 } from '../ccitt/encode-ccitt-g4.js';
import { readBilevelPng } from '../ccitt/read-bilevel-png.js';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import type { PdfAPage } from './pdfa-options.js';

/** How a page image was stored in the PDF. */
export type StoredImageEncoding = 'jpeg' | 'deflated-jpeg' | 'ccitt-g4' | 'ccitt' | 'flate' | 'flate-gray';

/** PNG colour type 0: greyscale (the IHDR byte after the bit depth, at offset 25 of the file). */
const PNG_GREYSCALE = 0;
const PNG_COLOUR_TYPE_OFFSET = 25;

/**
 * The 8-bit grey values of a greyscale PNG (colour type 0, no alpha), else `undefined`. pdf-lib
 * decodes every PNG to 8-bit RGB (its `image.rgbChannel`, not in its public types), which would
 * store a grey scan as 24-bit colour it never had. An RGB PNG stays RGB even when R = G = B: the
 * archive rule counts the colour depth as scanned.
 */
function grayPixels(bytes: Uint8Array, embedder: PngEmbedder): Uint8Array | undefined {
  if (bytes[PNG_COLOUR_TYPE_OFFSET] !== PNG_GREYSCALE) return undefined;
  const { image } = embedder as unknown as { image?: { rgbChannel?: Uint8Array; alphaChannel?: Uint8Array } };
  const rgb = image?.rgbChannel;
  if (!rgb || image?.alphaChannel || embedder.bitsPerComponent !== 8) return undefined;
  if (rgb.length !== embedder.width * embedder.height * 3) return undefined;
  const gray = new Uint8Array(rgb.length / 3);
  for (let pixel = 0, offset = 0; pixel < gray.length; pixel++, offset += 3) {
    const value = rgb[offset] as number;
    if (rgb[offset + 1] !== value || rgb[offset + 2] !== value) return undefined;
    gray[pixel] = value;
  }
  return gray;
}

/** Deflating a JPEG must save at least this share of its bytes to be worth a second filter. */
const MIN_JPEG_DEFLATE_GAIN = 0.01;

/**
 * Adds a page image to the document as an image XObject at `ref`: JPEG bytes as they are
 * (`DCTDecode`; with `deflateJpeg`, inside `FlateDecode` where that saves 1 %), CCITT data as it
 * is, a 1-bit greyscale PNG re-encoded losslessly with CCITT Group 4, an 8-bit greyscale PNG
 * deflated as 8-bit `DeviceGray` (as scanned, a third of the data of RGB), any other PNG deflated
 * by pdf-lib as `DeviceRGB` (an RGB scan keeps its 24-bit colour even where R = G = B).
 */
export async function embedPageImage(
  context: PDFContext,
  ref: PDFRef,
  image: PdfAPage['image'],
  index: number,
  deflateJpeg = false,
): Promise<StoredImageEncoding> {
  try {
    if (image.format === 'ccitt') {
      const stream = context.stream(image.bytes, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: image.width,
        Height: image.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 1,
        Filter: 'CCITTFaxDecode',
        DecodeParms: {
          K: image.k,
          Columns: image.width,
          Rows: image.height,
          BlackIs1: image.blackIs1 ?? false,
          EncodedByteAlign: image.encodedByteAlign ?? false,
        },
      });
      context.assign(ref, stream);
      return 'ccitt';
    }
    if (image.format === 'jpeg') {
      await (await JpegEmbedder.for(image.bytes)).embedIntoContext(context, ref);
      if (!deflateJpeg) return 'jpeg';
      const deflated = deflateSync(image.bytes, { level: 9 });
      if (deflated.length > image.bytes.length * (1 - MIN_JPEG_DEFLATE_GAIN)) return 'jpeg';
      const { dict } = context.lookup(ref) as PDFRawStream;
      const filters = PDFArray.withContext(context);
      filters.push(PDFName.of('FlateDecode'));
      filters.push(PDFName.of('DCTDecode'));
      dict.set(PDFName.of('Filter'), filters);
      context.assign(ref, PDFRawStream.of(dict, deflated));
      return 'deflated-jpeg';
    }
    const bilevel = readBilevelPng(image.bytes);
    if (bilevel) {
      const stream = context.stream(encodeCcittG4(bilevel), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: bilevel.width,
        Height: bilevel.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 1,
        Filter: 'CCITTFaxDecode',
        DecodeParms: { K: -1, Columns: bilevel.width, Rows: bilevel.height, BlackIs1: false },
      });
      context.assign(ref, stream);
      return 'ccitt-g4';
    }
    const embedder = await PngEmbedder.for(image.bytes);
    const gray = grayPixels(image.bytes, embedder);
    if (gray) {
      const stream = context.stream(deflateSync(gray, { level: 6 }), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: embedder.width,
        Height: embedder.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
      });
      context.assign(ref, stream);
      return 'flate-gray';
    }
    await embedder.embedIntoContext(context, ref);
    return 'flate';
  } catch (cause) {
    const reason = (cause as Error)?.message ?? cause;
    const format = image.format.toUpperCase();
    throw new SohoaError<PdfaErrorCode>({
      code: 'PDF_WRITE_FAILED',
      message: {
        vi: `Trang ${index + 1}: không nhúng được ảnh ${format} vào tệp PDF: ${reason}.`,
        en: `Page ${index + 1}: the ${format} image cannot be embedded in the PDF: ${reason}.`,
      },
      fix: {
        vi: 'Kiểm tra ảnh của trang có phải là JPEG (baseline) hoặc PNG hợp lệ không; mã hóa lại nếu cần.',
        en: 'Check that the page image is a valid baseline JPEG or PNG; re-encode it if needed.',
      },
      cause,
      details: { page: index + 1 },
    });
  }
}
