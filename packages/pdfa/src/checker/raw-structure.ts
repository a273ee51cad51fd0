import { type PDFContext, PDFDict, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib';
import { sourceObjectParser } from './load-source-document.js';
import type { PdfSource } from './pdf-source.js';
import { SourceText } from './source-text.js';

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
/**
 * A stream's `stream` keyword (after the dictionary's `>>`, whatever follows it: the spacing is judged
 * by 6.1.7.1-2), or the `endobj` of an object that has none.
 */
const STREAM_OR_ENDOBJ = />>[ \t\r\n\f\0]*stream|endobj/g;
/** An `xref` keyword at the start of the file or of a line, followed by a number. */
const XREF_KEYWORD = /(?<![^\r\n])xref([ \t\r\n\f\0]*)(?=\d)/g;

function isEol(code: number | undefined): boolean {
  return code === 0x0a || code === 0x0d;
}

function scanHeader(text: SourceText): Pick<RawStructure, 'headerLine' | 'headerOffset' | 'binaryComment'> {
  const headerOffset = text.indexOf('%PDF-', 0);
  const start = text.slice(0, 1100);
  const lineEnd = start.search(/[\r\n]/);
  const headerLine = headerOffset === 0 && lineEnd > 0 ? start.slice(0, lineEnd) : undefined;
  const binaryComment: number[] = [];
  if (headerLine !== undefined) {
    const eol = EOL.exec(text.slice(lineEnd, lineEnd + 2))?.[0].length ?? 1;
    const commentStart = lineEnd + eol;
    if (text.charCodeAt(commentStart) === 0x25) {
      for (let index = commentStart + 1; index < commentStart + 5 && index < text.length; index++) {
        binaryComment.push(text.charCodeAt(index));
      }
    }
  }
  return { headerLine, headerOffset, binaryComment };
}

function scanPostEof(text: SourceText): number {
  const eof = text.lastIndexOf('%%EOF');
  if (eof < 0) return -1;
  const rest = eof + 5;
  return text.length - rest - (EOL.exec(text.slice(rest, rest + 2))?.[0].length ?? 0);
}

function parseDictAt(source: PdfSource, offset: number, context: PDFContext): PDFDict | undefined {
  try {
    const parsed = sourceObjectParser(source, offset, context).parseObject();
    if (parsed instanceof PDFDict) return parsed;
    return parsed instanceof PDFRawStream ? parsed.dict : undefined;
  } catch {
    return undefined;
  }
}

function scanLastTrailer(text: SourceText, source: PdfSource, context: PDFContext): PDFDict | undefined {
  // the last startxref, whatever follows its %%EOF (data after it is 6.1.3-3's concern, not the ID's)
  const startxref = text.lastIndexOf('startxref');
  const match = startxref < 0 ? null : /^startxref\s+(\d+)/.exec(text.slice(startxref, startxref + 40));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (Number.isFinite(offset) && offset < text.length) {
    if (text.slice(offset, offset + 4) === 'xref') {
      const trailer = text.indexOf('trailer', offset);
      if (trailer >= 0) return parseDictAt(source, trailer + 7, context);
    }
    const header = /^\s*\d+\s+\d+\s+obj/.exec(text.slice(offset, offset + 64));
    if (header) return parseDictAt(source, offset + header[0].length, context);
  }
  // a startxref offset that points nowhere: the last trailer keyword, as a repairing reader finds it
  const trailer = text.lastIndexOf('trailer');
  return trailer < 0 ? undefined : parseDictAt(source, trailer + 7, context);
}

function declaredLength(dictText: string, context: PDFContext): number | undefined {
  const match = /\/Length[\s]+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictText);
  if (!match) return undefined;
  if (match[2] === undefined) return Number(match[1]);
  const target = context.lookup(PDFRef.of(Number(match[1]), Number(match[2])));
  return target instanceof PDFNumber ? target.asNumber() : undefined;
}

/** PDF white space (ISO 32000-1 Table 1). */
function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x0c || code === 0x00;
}

/**
 * Measures a stream as veraPDF's parser does: data starts after `stream` and its CRLF or LF (after a
 * lone CR, or right after the keyword when no EOL follows, which 6.1.7.1-2 refuses); `endstream` is
 * where the Length says (white space between them skipped) or else the first `endstream` after the
 * data; the real length stops before the EOL that precedes `endstream` (a CR counted only when the
 * Length leaves it out).
 */
function scanStream(
  text: SourceText,
  dictText: string,
  keyword: number,
  context: PDFContext,
): [RawStreamSpan, number] {
  const afterKeyword = keyword + 'stream'.length;
  const first = text.charCodeAt(afterKeyword);
  const crlf = first === 0x0d && text.charCodeAt(afterKeyword + 1) === 0x0a;
  const streamEolCompliant = first === 0x0a || crlf;
  const dataStart = afterKeyword + (crlf ? 2 : first === 0x0a || first === 0x0d ? 1 : 0);
  const length = declaredLength(dictText, context);
  let end = -1;
  if (length !== undefined && dataStart + length <= text.length) {
    let at = dataStart + length;
    while (at < text.length && isWhite(text.charCodeAt(at))) at++;
    if (text.slice(at, at + 9) === 'endstream') end = at;
  }
  if (end < 0) end = text.indexOf('endstream', dataStart);
  if (end < 0) end = text.length;
  const last = text.charCodeAt(end - 1);
  const diff = end - dataStart - (length ?? 0);
  const eol = last === 0x0a ? (text.charCodeAt(end - 2) === 0x0d && diff > 1 ? 2 : 1) : last === 0x0d ? 1 : 0;
  const actualLength = end - dataStart - eol;
  const span: RawStreamSpan = {
    spacingCompliant: streamEolCompliant && eol > 0,
    lengthCorrect: length === actualLength,
    declaredLength: length,
    actualLength,
  };
  return [span, end + 'endstream'.length];
}

/**
 * What ends the header of the object whose header ends at `headerEnd`: its `stream` keyword
 * (`keyword`, where `stream` starts), or its first `endobj` (`endobj`, -1 when there is none).
 */
function findBodyMarker(text: SourceText, headerEnd: number): { keyword?: number; endobj: number } {
  const match = text.find(STREAM_OR_ENDOBJ, headerEnd);
  if (!match) return { endobj: -1 };
  if (match[0] === 'endobj') return { endobj: match.index };
  return { keyword: match.index + match[0].length - 'stream'.length, endobj: -1 };
}

function scanObjects(
  text: SourceText,
  context: PDFContext,
): { objects: RawObject[]; streamSpans: [number, number][] } {
  const objects: RawObject[] = [];
  const streamSpans: [number, number][] = [];
  let match = text.find(OBJECT_HEADER, 0);
  while (match) {
    const offset = match.index;
    const headerEnd = offset + match[0].length;
    const { keyword, endobj } = findBodyMarker(text, headerEnd);
    let stream: RawStreamSpan | undefined;
    let bodyEnd = endobj;
    if (keyword !== undefined) {
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
    match = bodyEnd < 0 ? null : text.find(OBJECT_HEADER, bodyEnd + 6);
  }
  return { objects, streamSpans };
}

/** `xref` keywords outside stream data (searched between the streams, not through their data). */
function scanXrefKeywords(text: SourceText, streamSpans: [number, number][]): number[] {
  const bad: number[] = [];
  const gaps = [0, ...streamSpans.flat(), text.length];
  for (let gap = 0; gap < gaps.length; gap += 2) {
    const [start, end] = [gaps[gap] as number, gaps[gap + 1] as number];
    for (let match = text.find(XREF_KEYWORD, start, text.length, end); match; ) {
      const offset = match.index + match[0].indexOf('xref');
      if (!/^(\r\n|\r|\n)$/.test(match[1] ?? '')) bad.push(offset);
      match = text.find(XREF_KEYWORD, match.index + match[0].length, text.length, end);
    }
  }
  return bad;
}

/**
 * Reads from the file what pdf-lib's object model does not keep: header, binary comment, data
 * after `%%EOF`, the last trailer, keyword spacing and stream lengths. The file is searched window
 * by window and stream data is skipped by its Length, so memory does not grow with the file.
 */
export function scanRawStructure(source: PdfSource, context: PDFContext): RawStructure {
  const text = new SourceText(source);
  const { objects, streamSpans } = scanObjects(text, context);
  return {
    ...scanHeader(text),
    postEofBytes: scanPostEof(text),
    lastTrailer: scanLastTrailer(text, source, context),
    badXrefKeywords: scanXrefKeywords(text, streamSpans),
    objects,
  };
}
