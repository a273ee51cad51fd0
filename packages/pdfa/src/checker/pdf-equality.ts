import {
  PDFArray,
  PDFBool,
  type PDFContext,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { decodeStream } from './pdf-values.js';

/** Stream keys that say how the data is stored, not what it is. */
const STORAGE_KEYS = new Set(['Length', 'Filter', 'DecodeParms', 'DL']);

function sameBytes(left: Uint8Array | undefined, right: Uint8Array | undefined): boolean {
  if (!left || !right || left.length !== right.length) return false;
  return Buffer.from(left.buffer, left.byteOffset, left.length).equals(right);
}

function sameDict(
  context: PDFContext,
  left: PDFDict,
  right: PDFDict,
  depth: number,
  ignored: Set<string>,
): boolean {
  const keys = (dict: PDFDict) =>
    dict
      .keys()
      .map((key) => key.decodeText())
      .filter((key) => !ignored.has(key))
      .sort();
  const leftKeys = keys(left);
  const rightKeys = keys(right);
  if (leftKeys.join('/') !== rightKeys.join('/')) return false;
  return leftKeys.every((key) =>
    samePdfObject(context, left.get(PDFName.of(key)), right.get(PDFName.of(key)), depth + 1),
  );
}

/**
 * Whether two PDF objects are the same as ISO 19005-2 6.2.4.4 compares them: by value, following
 * indirect references, ignoring how a stream is compressed (its decoded data is compared).
 */
export function samePdfObject(
  context: PDFContext,
  left: PDFObject | undefined,
  right: PDFObject | undefined,
  depth = 0,
): boolean {
  if (depth > 32) return false;
  const a = left instanceof PDFRef ? context.lookup(left) : left;
  const b = right instanceof PDFRef ? context.lookup(right) : right;
  if (a === b) return true;
  if (a === undefined || b === undefined || a instanceof PDFName || b instanceof PDFName) return false;
  if (a instanceof PDFNumber && b instanceof PDFNumber) return a.asNumber() === b.asNumber();
  if (a instanceof PDFBool && b instanceof PDFBool) return a.asBoolean() === b.asBoolean();
  if (
    (a instanceof PDFString || a instanceof PDFHexString) &&
    (b instanceof PDFString || b instanceof PDFHexString)
  )
    return sameBytes(a.asBytes(), b.asBytes());
  if (a instanceof PDFArray && b instanceof PDFArray) {
    if (a.size() !== b.size()) return false;
    return a.asArray().every((item, index) => samePdfObject(context, item, b.get(index), depth + 1));
  }
  if (a instanceof PDFRawStream && b instanceof PDFRawStream) {
    return (
      sameDict(context, a.dict, b.dict, depth, STORAGE_KEYS) && sameBytes(decodeStream(a), decodeStream(b))
    );
  }
  if (a instanceof PDFDict && b instanceof PDFDict) return sameDict(context, a, b, depth, new Set());
  return false;
}
