import { type PDFContext, PDFDict, PDFNumber, PDFObjectParser, PDFRawStream, PDFRef } from 'pdf-lib';

/** One indirect object as written in the file body (objects inside object streams are not listed). */
export interface RawObject {
  objectNumber: number;
  generation: number;
  offset: number;
  /** 6.1.9: EOL before the number, single spaces, EOL after `obj`, EOL around `endobj`. */
  spacingCompliant: boolean;
  stream: RawStreamSpan | undefined;
}

/** Where a stream's data lies and how its keywords are spaced. */
export interface RawStreamSpan {
  /** `stream` followed by CRLF or LF, `endstream` preceded by an EOL. */
  spacingCompliant: boolean;
  /** The Length entry matches the bytes between `stream` EOL and the EOL before `endstream`. */
  lengthCorrect: boolean;
  declaredLength: number | undefined;
  actualLength: number;
}

/** What the checker reads straight from the bytes, where the parsed object model has lost it. */
export interface RawStructure {
  /** The first line, when the file starts with `%PDF-`; `undefined` otherwise. */
  headerLine: string | undefined;
  /** Where `%PDF-` starts (0 in a conforming file), or -1. */
  headerOffset: number;
  /** The four bytes after the `%` of the line following the header, or fewer. */
  binaryComment: number[];
  /** Bytes after the last `%%EOF` beyond one optional EOL; -1 when there is no `%%EOF`. */
  postEofBytes: number;
  /** The trailer (or cross-reference stream) dictionary that the last `startxref` points to. */
  lastTrailer: PDFDict | undefined;
  /** Offsets of `xref` keywords not followed by exactly one EOL. */
  badXrefKeywords: number[];
  objects: RawObject[];
}

const EOL = /^(\r\n|\r|\n)/;
const OBJECT_HEADER = /(\d+)([ \t\r\n\f\0]+)(\d+)([ \t\r\n\f\0]+)obj\b/g;

function isEol(code: number | undefined): boolean {
  return code === 0x0a || code === 0x0d;
}

function scanHeader(
  text: string,
  bytes: Uint8Array,
): Pick<RawStructure, 'headerLine' | 'headerOffset' | 'binaryComment'> {
  const headerOffset = text.indexOf('%PDF-');
  const lineEnd = text.slice(0, 1100).search(/[\r\n]/);
  const headerLine = headerOffset === 0 && lineEnd > 0 ? text.slice(0, lineEnd) : undefined;
  const binaryComment: number[] = [];
  if (headerLine !== undefined) {
    const eol = EOL.exec(text.slice(lineEnd, lineEnd + 2))?.[0].length ?? 1;
    const commentStart = lineEnd + eol;
    if (bytes[commentStart] === 0x25) {
      for (let index = commentStart + 1; index < commentStart + 5 && index < bytes.length; index++) {
        binaryComment.push(bytes[index] ?? 0);
      }
    }
  }
  return { headerLine, headerOffset, binaryComment };
}

function scanPostEof(text: string): number {
  const eof = text.lastIndexOf('%%EOF');
  if (eof < 0) return -1;
  const rest = text.slice(eof + 5);
  return rest.length - (EOL.exec(rest)?.[0].length ?? 0);
}

function parseDictAt(bytes: Uint8Array, offset: number, context: PDFContext): PDFDict | undefined {
  try {
    const parsed = PDFObjectParser.forBytes(bytes.subarray(offset), context).parseObject();
    if (parsed instanceof PDFDict) return parsed;
    return parsed instanceof PDFRawStream ? parsed.dict : undefined;
  } catch {
    return undefined;
  }
}

function scanLastTrailer(text: string, bytes: Uint8Array, context: PDFContext): PDFDict | undefined {
  const match = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(text.slice(-1100));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!Number.isFinite(offset) || offset >= bytes.length) return undefined;
  if (text.startsWith('xref', offset)) {
    const trailer = text.indexOf('trailer', offset);
    return trailer < 0 ? undefined : parseDictAt(bytes, trailer + 7, context);
  }
  const header = /^\s*\d+\s+\d+\s+obj/.exec(text.slice(offset, offset + 64));
  return header ? parseDictAt(bytes, offset + header[0].length, context) : undefined;
}

function declaredLength(dictText: string, context: PDFContext): number | undefined {
  const match = /\/Length[\s]+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictText);
  if (!match) return undefined;
  if (match[2] === undefined) return Number(match[1]);
  const target = context.lookup(PDFRef.of(Number(match[1]), Number(match[2])));
  return target instanceof PDFNumber ? target.asNumber() : undefined;
}

function scanStream(
  text: string,
  dictText: string,
  keyword: number,
  context: PDFContext,
): [RawStreamSpan, number] {
  const afterKeyword = keyword + 'stream'.length;
  const eol = /^(\r\n|\n)/.exec(text.slice(afterKeyword, afterKeyword + 2));
  const dataStart = afterKeyword + (eol?.[0].length ?? (text[afterKeyword] === '\r' ? 1 : 0));
  const length = declaredLength(dictText, context);
  let end = -1;
  if (length !== undefined) {
    const tail = /^(\r\n|\r|\n)?endstream/.exec(text.slice(dataStart + length, dataStart + length + 12));
    if (tail) end = dataStart + length + (tail[1]?.length ?? 0);
  }
  const lengthCorrect = end >= 0;
  if (end < 0) end = text.indexOf('endstream', dataStart);
  if (end < 0) end = text.length;
  const actualEnd =
    end - (text[end - 1] === '\n' ? (text[end - 2] === '\r' ? 2 : 1) : text[end - 1] === '\r' ? 1 : 0);
  const span: RawStreamSpan = {
    spacingCompliant: eol !== null && isEol(text.charCodeAt(end - 1)),
    lengthCorrect,
    declaredLength: length,
    actualLength: actualEnd - dataStart,
  };
  return [span, end + 'endstream'.length];
}

function scanObjects(
  text: string,
  context: PDFContext,
): { objects: RawObject[]; streamSpans: [number, number][] } {
  const objects: RawObject[] = [];
  const streamSpans: [number, number][] = [];
  OBJECT_HEADER.lastIndex = 0;
  let match = OBJECT_HEADER.exec(text);
  while (match) {
    const offset = match.index;
    const headerEnd = offset + match[0].length;
    const endobj = text.indexOf('endobj', headerEnd);
    const streamKeyword = /(>>|[\s])stream[\r\n]/.exec(
      text.slice(headerEnd, endobj < 0 ? undefined : endobj),
    );
    let stream: RawStreamSpan | undefined;
    let bodyEnd = endobj;
    if (streamKeyword) {
      const keyword = headerEnd + streamKeyword.index + (streamKeyword[1] ?? '').length;
      const [span, afterEndstream] = scanStream(text, text.slice(headerEnd, keyword), keyword, context);
      stream = span;
      streamSpans.push([keyword, afterEndstream]);
      bodyEnd = text.indexOf('endobj', afterEndstream);
    }
    const spacingCompliant =
      (offset === 0 || isEol(text.charCodeAt(offset - 1))) &&
      match[2] === ' ' &&
      match[4] === ' ' &&
      isEol(text.charCodeAt(headerEnd)) &&
      bodyEnd >= 0 &&
      isEol(text.charCodeAt(bodyEnd - 1)) &&
      (bodyEnd + 6 >= text.length || isEol(text.charCodeAt(bodyEnd + 6)));
    objects.push({
      objectNumber: Number(match[1]),
      generation: Number(match[3]),
      offset,
      spacingCompliant,
      stream,
    });
    OBJECT_HEADER.lastIndex = bodyEnd < 0 ? text.length : bodyEnd + 6;
    match = OBJECT_HEADER.exec(text);
  }
  return { objects, streamSpans };
}

function scanXrefKeywords(text: string, streamSpans: [number, number][]): number[] {
  const bad: number[] = [];
  for (const match of text.matchAll(/(?:^|[\r\n])xref([ \t\r\n\f\0]*)(?=\d)/g)) {
    const offset = match.index + match[0].indexOf('xref');
    if (streamSpans.some(([start, end]) => offset > start && offset < end)) continue;
    if (!/^(\r\n|\r|\n)$/.test(match[1] ?? '')) bad.push(offset);
  }
  return bad;
}

/**
 * Reads from the raw bytes what pdf-lib's object model does not keep: header, binary comment, data
 * after `%%EOF`, the last trailer, keyword spacing and stream lengths.
 */
export function scanRawStructure(bytes: Uint8Array, context: PDFContext): RawStructure {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { objects, streamSpans } = scanObjects(text, context);
  return {
    ...scanHeader(text, bytes),
    postEofBytes: scanPostEof(text),
    lastTrailer: scanLastTrailer(text, bytes, context),
    badXrefKeywords: scanXrefKeywords(text, streamSpans),
    objects,
  };
}
