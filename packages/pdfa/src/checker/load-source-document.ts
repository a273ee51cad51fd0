import { SohoaError } from '@sohoa/base';
import {
  type PDFContext,
  type PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFParser,
  PDFRawStream,
  type PDFRef,
  type PDFStream,
} from 'pdf-lib';
import { quietPdfLib } from '../reader/quiet-pdf-lib.js';
import type { PdfSource } from './pdf-source.js';
import { refLabel } from './pdf-values.js';
import { SourceByteStream } from './source-byte-stream.js';
import { DEFAULT_MAX_STREAM_BYTES, decodeWithinLimit, labelStream, placeStream } from './stream-budget.js';

/** What pdf-lib's parsers take as their cursor; {@link SourceByteStream} has the same methods. */
type ByteCursor = ConstructorParameters<typeof PDFObjectParser>[0];

const codes = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));
const STREAM = codes('stream');
/** pdf-lib's `Keywords.streamEOF1…4` then `stream`, in the order its parser tries them. */
const STREAM_KEYWORDS = [
  codes('stream \r\n'),
  codes('stream\r\n'),
  codes('stream\r'),
  codes('stream\n'),
  STREAM,
];
const ENDSTREAM = codes('endstream');
const EMPTY = new Uint8Array(0);
const OBJECT_STREAM = PDFName.of('ObjStm');
const XREF_STREAM = PDFName.of('XRef');
/** pdf-lib's default parse speed (`ParseSpeeds.Slow`): it yields to the event loop every 100 objects. */
const OBJECTS_PER_TICK = 100;

/** A stream whose `contents` are read from the source each time they are asked for, never kept. */
function sourceStream(dict: PDFDict, source: PdfSource, start: number, end: number): PDFRawStream {
  const stream = PDFRawStream.of(dict, EMPTY);
  Object.defineProperty(stream, 'contents', { get: () => source.read(start, end - start) });
  return stream;
}

/**
 * pdf-lib's `PDFParser` over a {@link PdfSource}: the same sequential parse of the whole file
 * (objects, object streams, cross-reference streams, trailers, recovery of damaged objects), with
 * one difference: a stream's data is left in the source and read when its contents are asked for.
 */
class SourceParser extends PDFParser {
  /** The first object or cross-reference stream that decoded past the limit, thrown once parsed. */
  limitError: unknown;
  /** The indirect object being parsed, to name a stream in a limit error. */
  private currentRef: PDFRef | undefined;

  constructor(
    private readonly source: PdfSource,
    private readonly maxStreamBytes: number,
  ) {
    super(EMPTY, OBJECTS_PER_TICK, false, false);
    (this as unknown as { bytes: ByteCursor }).bytes = new SourceByteStream(source) as unknown as ByteCursor;
    const self = this as unknown as { parseIndirectObjectHeader: () => PDFRef };
    const parseHeader = self.parseIndirectObjectHeader.bind(this);
    self.parseIndirectObjectHeader = () => {
      this.currentRef = parseHeader();
      return this.currentRef;
    };
  }

  /** pdf-lib's `parseDictOrStream`, with the stream's data span kept instead of its bytes. */
  protected override parseDictOrStream(): PDFDict | PDFStream {
    const startPos = this.bytes.position();
    const dict = this.parseDict();
    this.skipWhitespaceAndComments();
    if (!STREAM_KEYWORDS.some((keyword) => this.matchKeyword(keyword))) return dict;
    const start = this.bytes.offset();
    let end: number;
    const length = dict.get(PDFName.of('Length'));
    if (length instanceof PDFNumber) {
      end = start + length.asNumber();
      this.bytes.moveTo(end);
      this.skipWhitespaceAndComments();
      if (!this.matchKeyword(ENDSTREAM)) {
        this.bytes.moveTo(start);
        end = this.findEndOfStreamFallback(startPos);
      }
    } else {
      end = this.findEndOfStreamFallback(startPos);
    }
    const stream = sourceStream(dict, this.source, start, end);
    placeStream(stream, start, end - start, this.maxStreamBytes);
    if (this.currentRef) labelStream(stream, refLabel(this.currentRef));
    const type = dict.get(PDFName.of('Type'));
    return type === OBJECT_STREAM || type === XREF_STREAM ? this.decodedNow(stream) : stream;
  }

  /**
   * An object or cross-reference stream, which pdf-lib decodes whole as it parses: decoded here
   * within the limit and handed over unfiltered, or, past the limit, empty (the error is kept and
   * thrown when the parse ends, since pdf-lib would swallow it as a damaged object).
   */
  private decodedNow(stream: PDFRawStream): PDFRawStream {
    let bytes: Uint8Array;
    try {
      bytes = decodeWithinLimit(stream);
    } catch (error) {
      if (!SohoaError.isInstance(error)) return stream;
      this.limitError ??= error;
      bytes = EMPTY;
    }
    const dict = stream.dict.clone();
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    return PDFRawStream.of(dict, bytes);
  }
}

/**
 * Parses the PDF of `source` as `PDFDocument.load(bytes, { ignoreEncryption: true,
 * updateMetadata: false })` would, without reading stream data: memory holds the object graph,
 * and each stream's data stays in the source until a rule reads it.
 *
 * @throws pdf-lib's parsing errors, as `PDFDocument.load` does; `SohoaError` `PDF_LIMIT_EXCEEDED`
 * when an object or cross-reference stream decodes to more than `maxStreamBytes`.
 */
export async function loadSourceDocument(
  source: PdfSource,
  maxStreamBytes = DEFAULT_MAX_STREAM_BYTES,
): Promise<PDFDocument> {
  const parser = new SourceParser(source, maxStreamBytes);
  const context = await quietPdfLib(() => parser.parseDocument());
  if (parser.limitError) throw parser.limitError;
  const construct = PDFDocument as unknown as new (
    context: PDFContext,
    ignoreEncryption: boolean,
    updateMetadata: boolean,
  ) => PDFDocument;
  return new construct(context, true, false);
}

/** A pdf-lib object parser reading `source` from `offset` (e.g. a trailer dictionary). */
export function sourceObjectParser(source: PdfSource, offset: number, context: PDFContext): PDFObjectParser {
  const cursor = new SourceByteStream(source);
  cursor.moveTo(offset);
  return PDFObjectParser.forByteStream(cursor as unknown as ByteCursor, context);
}
