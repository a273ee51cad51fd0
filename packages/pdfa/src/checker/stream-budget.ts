import { inflateSync, constants as zlibConstants } from 'node:zlib';
import { type Bilingual, SohoaError } from '@sohoa/base';
import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  type PDFObject,
  PDFRawStream,
} from 'pdf-lib';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';

/**
 * The largest decoded size of one stream {@link checkPdfA} reads by default: 64 MiB. An archive's
 * XMP, content streams, ICC profiles and fonts are far smaller; a stream above it is refused as a
 * possible decompression bomb.
 */
export const DEFAULT_MAX_STREAM_BYTES = 64 * 1024 * 1024;

interface StreamPlace {
  /** Where the stream's data starts in the file, and its stored length. */
  offset: number;
  length: number;
  maxBytes: number;
  /** The indirect object, once known (`'12 0 obj'`). */
  label?: string;
}

const places = new WeakMap<PDFRawStream, StreamPlace>();

/** Records where a parsed stream lies and the decoded size allowed for it. */
export function placeStream(stream: PDFRawStream, offset: number, length: number, maxBytes: number): void {
  places.set(stream, { offset, length, maxBytes });
}

/** Names the indirect object a stream is, for the error a too large stream raises. */
export function labelStream(stream: PDFRawStream, label: string): void {
  const place = places.get(stream);
  if (place) place.label = label;
}

/** The `PDF_LIMIT_EXCEEDED` error for a stream that decodes to more than `maxBytes`. */
export function streamLimitError(what: Bilingual, maxBytes: number): SohoaError<PdfaErrorCode> {
  const mib = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new SohoaError<PdfaErrorCode>({
    code: 'PDF_LIMIT_EXCEEDED',
    message: {
      vi: `[@sohoa/pdfa] checkPdfA: ${what.vi} khi giải nén vượt quá ${mib} MiB (giới hạn cho một luồng): có thể là bom giải nén; tệp chưa được kiểm tra.`,
      en: `[@sohoa/pdfa] checkPdfA: ${what.en} decodes to more than ${mib} MiB (the limit for one stream): a possible decompression bomb; the file was not checked.`,
    },
    fix: {
      vi: 'Nếu tệp đáng tin cậy và thật sự chứa luồng lớn như vậy, hãy tăng giới hạn: checkPdfA(file, { maxStreamBytes }) (tính bằng byte).',
      en: 'If the file is trusted and really holds so large a stream, raise the limit: checkPdfA(file, { maxStreamBytes }) (in bytes).',
    },
    details: { what: what.en, maxStreamBytes: maxBytes },
  });
}

function describe(place: StreamPlace | undefined): Bilingual {
  if (place?.label) return { vi: `luồng ${place.label}`, en: `the stream ${place.label}` };
  if (place) return { vi: `luồng ở byte ${place.offset}`, en: `the stream at byte ${place.offset}` };
  return { vi: 'một luồng', en: 'a stream' };
}

/** The shape of pdf-lib's decoding streams (`DecodeStream`): blocks appended to one growing buffer. */
interface DecodingStream {
  eof?: boolean;
  bufferLength?: number;
  buffer?: Uint8Array;
  readBlock?: () => void;
  decode(): Uint8Array;
}

/** One non-Flate filter through pdf-lib's decoder, block by block, stopped past `maxBytes`. */
function pdfLibFilter(
  bytes: Uint8Array,
  filter: string,
  parameters: PDFObject | undefined,
  maxBytes: number,
  what: () => Bilingual,
): Uint8Array {
  const dict = PDFDict.withContext(PDFContext.create());
  dict.set(PDFName.of('Filter'), PDFName.of(filter));
  if (parameters instanceof PDFDict) dict.set(PDFName.of('DecodeParms'), parameters);
  const decoder = decodePDFRawStream(PDFRawStream.of(dict, bytes)) as unknown as DecodingStream;
  if (!decoder.readBlock || decoder.bufferLength === undefined) return decoder.decode();
  while (!decoder.eof) {
    decoder.readBlock();
    if ((decoder.bufferLength ?? 0) > maxBytes) throw streamLimitError(what(), maxBytes);
  }
  return (decoder.buffer ?? new Uint8Array()).subarray(0, decoder.bufferLength);
}

/** FlateDecode through zlib, which stops once the output passes `maxBytes` (checked every 16 KiB). */
function inflate(bytes: Uint8Array, maxBytes: number, what: () => Bilingual): Uint8Array {
  try {
    return inflateSync(bytes, { maxOutputLength: maxBytes + 1, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw streamLimitError(what(), maxBytes);
    return pdfLibFilter(bytes, 'FlateDecode', undefined, maxBytes, what);
  }
}

function filtersOf(stream: PDFRawStream): { name: string; parameters: PDFObject | undefined }[] {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  const parameters = stream.dict.lookup(PDFName.of('DecodeParms'));
  if (filter instanceof PDFName) return [{ name: filter.decodeText(), parameters }];
  if (!(filter instanceof PDFArray)) return [];
  return filter.asArray().map((item, index) => {
    const name = stream.dict.context.lookup(item);
    return {
      name: name instanceof PDFName ? name.decodeText() : '',
      parameters:
        parameters instanceof PDFArray ? stream.dict.context.lookup(parameters.get(index)) : undefined,
    };
  });
}

/**
 * The decoded bytes of a stream, each filter's output stopped as soon as it exceeds the stream's
 * limit (and the stored data refused unread when it alone exceeds it), so that a bomb never takes
 * much more than the limit in memory.
 *
 * @throws `SohoaError` `PDF_LIMIT_EXCEEDED` past the limit; pdf-lib's errors for filters it does
 * not decode (DCT, JPX, CCITT, JBIG2) or broken data.
 */
export function decodeWithinLimit(stream: PDFRawStream): Uint8Array {
  const place = places.get(stream);
  const maxBytes = place?.maxBytes ?? DEFAULT_MAX_STREAM_BYTES;
  const what = () => describe(place);
  if ((place?.length ?? 0) > maxBytes) throw streamLimitError(what(), maxBytes);
  let bytes = stream.contents;
  for (const { name, parameters } of filtersOf(stream)) {
    bytes =
      name === 'FlateDecode'
        ? inflate(bytes, maxBytes, what)
        : pdfLibFilter(bytes, name, parameters, maxBytes, what);
  }
  if (bytes.length > maxBytes) throw streamLimitError(what(), maxBytes);
  return bytes;
}
