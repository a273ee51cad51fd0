import {
  type PDFContext,
  type PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFParser,
  PDFRawStream,
  type PDFStream,
} from 'pdf-lib';
import { quietPdfLib } from '../reader/quiet-pdf-lib.js';
import type { PdfSource } from './pdf-source.js';
import { SourceByteStream } from './source-byte-stream.js';

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
  constructor(private readonly source: PdfSource) {
    super(EMPTY, OBJECTS_PER_TICK, false, false);
    (this as unknown as { bytes: ByteCursor }).bytes = new SourceByteStream(source) as unknown as ByteCursor;
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
    return sourceStream(dict, this.source, start, end);
  }
}

/**
 * Parses the PDF of `source` as `PDFDocument.load(bytes, { ignoreEncryption: true,
 * updateMetadata: false })` would, without reading stream data: memory holds the object graph,
 * and each stream's data stays in the source until a rule reads it.
 *
 * @throws pdf-lib's parsing errors, as `PDFDocument.load` does.
 */
export async function loadSourceDocument(source: PdfSource): Promise<PDFDocument> {
  const context = await quietPdfLib(() => new SourceParser(source).parseDocument());
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
