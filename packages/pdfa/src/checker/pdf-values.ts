import { SohoaError } from '@sohoa/base';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { decodeWithinLimit } from './stream-budget.js';

/** A dictionary entry, following an indirect reference. */
export function entry(dict: PDFDict, key: string): PDFObject | undefined {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFRef ? dict.context.lookup(value) : value;
}

/** The decoded text of a name (without the slash), or `undefined` for anything else. */
export function nameValue(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

/** A name entry of a dictionary, decoded. */
export function nameEntry(dict: PDFDict, key: string): string | undefined {
  return nameValue(entry(dict, key));
}

/** A number entry of a dictionary. */
export function numberEntry(dict: PDFDict, key: string): number | undefined {
  const value = entry(dict, key);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

/** A boolean entry of a dictionary. */
export function booleanEntry(dict: PDFDict, key: string): boolean | undefined {
  const value = entry(dict, key);
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

/** A text string entry of a dictionary (literal or hexadecimal), decoded. */
export function textEntry(dict: PDFDict, key: string): string | undefined {
  const value = entry(dict, key);
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** The dictionary of a dictionary or a stream (a stream's dictionary), else `undefined`. */
export function asDict(value: PDFObject | undefined): PDFDict | undefined {
  if (value instanceof PDFRawStream) return value.dict;
  return value instanceof PDFDict ? value : undefined;
}

/** A dictionary entry that is a dictionary (or a stream's dictionary). */
export function dictEntry(dict: PDFDict, key: string): PDFDict | undefined {
  return asDict(entry(dict, key));
}

/** A dictionary entry that is an array, with its elements resolved. */
export function arrayEntry(dict: PDFDict, key: string): PDFObject[] | undefined {
  const value = entry(dict, key);
  return value instanceof PDFArray ? resolveArray(value) : undefined;
}

/** The elements of an array, following indirect references. */
export function resolveArray(array: PDFArray): PDFObject[] {
  return array
    .asArray()
    .map((item, index) => (item instanceof PDFRef ? (array.lookup(index) ?? item) : item));
}

/** The filter names of a stream dictionary (`/Filter /A` or `/Filter [/A /B]`). */
export function filterNames(dict: PDFDict, key = 'Filter'): string[] {
  const value = entry(dict, key);
  if (value instanceof PDFName) return [value.decodeText()];
  if (value instanceof PDFArray) return resolveArray(value).flatMap((item) => nameValue(item) ?? []);
  return [];
}

/**
 * The decoded bytes of a stream, or `undefined` when its filters cannot be decoded here.
 *
 * @throws `SohoaError` `PDF_LIMIT_EXCEEDED` when it decodes to more than its limit.
 */
export function decodeStream(stream: PDFRawStream): Uint8Array | undefined {
  try {
    return decodeWithinLimit(stream);
  } catch (error) {
    if (SohoaError.isInstance(error)) throw error;
    return undefined;
  }
}

/** `'12 0 obj'` for a reference. */
export function refLabel(ref: PDFRef): string {
  return `${ref.objectNumber} ${ref.generationNumber} obj`;
}

/** Whether a dictionary has the key, whatever its value. */
export function hasKey(dict: PDFDict, key: string): boolean {
  return dict.has(PDFName.of(key));
}
