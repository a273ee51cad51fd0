import { isXmpDate } from './xmp-date.js';
import type { XmpValue } from './xmp-packet.js';
import { PREDEFINED_STRUCTS, type StructType } from './xmp-schemas.js';

const ANY = /^[\s\S]*$/;
/** Simple types and the whole-value pattern veraPDF matches them with (PDF/A-2/3). */
const SIMPLE: Record<string, RegExp> = {
  boolean: /^(True|False)$/,
  integer: /^[+-]?\d+$/,
  real: /^(?:[+-]?\d+\.?\d*|[+-]?\d*\.?\d+)$/,
  mimetype: /^[-\w+.]+\/[-\w+.]+$/,
  propername: ANY,
  text: ANY,
  agentname: ANY,
  rational: ANY,
  renditionclass: ANY,
  uri: ANY,
  url: ANY,
  xpath: ANY,
  gpscoordinate: /^\d{1,3},\d{1,2}(,\d{1,2}|\.\d+)[NSEW]$/,
  locale: ANY,
};
const ARRAYS = ['bag', 'alt', 'seq'] as const;

/**
 * A value type as veraPDF compares it: lower case, without `open`/`closed` `choice (of)`, a bare
 * array type meaning an array of Text (`'Closed Choice of Integer'` → `'integer'`, `'Bag'` → `'bag text'`).
 */
export function simplifyType(type: string): string {
  const simplified = type
    .toLowerCase()
    .replace(/(open |closed )?(choice |choice$)(of )?/g, '')
    .trim();
  if (simplified === '') return 'text';
  if (simplified.endsWith('lang alt')) return simplified;
  return ARRAYS.some((array) => simplified.endsWith(array)) ? `${simplified} text` : simplified;
}

function arrayOf(type: string): { array: (typeof ARRAYS)[number]; item: string } | undefined {
  const array = ARRAYS.find((candidate) => type.startsWith(`${candidate} `));
  return array ? { array, item: type.slice(array.length + 1) } : undefined;
}

/** The value types known in one context: the predefined ones plus those an extension schema defines. */
export class XmpTypes {
  private readonly structs = new Map<string, StructType>(Object.entries(PREDEFINED_STRUCTS));
  private readonly texts = new Set<string>();

  /** Registers an extension value type (`pdfaType`): a structure when it has fields, else Text. First wins. */
  define(type: string, struct: StructType | undefined): void {
    const name = simplifyType(type);
    if (this.isKnown(name)) return;
    if (struct && Object.keys(struct.fields).length > 0) this.structs.set(name, struct);
    else this.texts.add(name);
  }

  /** Whether a type (arrays of it included) is one these types can check. */
  isKnown(type: string): boolean {
    let simplified = simplifyType(type);
    for (let array = arrayOf(simplified); array; array = arrayOf(simplified)) simplified = array.item;
    return (
      Object.hasOwn(SIMPLE, simplified) ||
      simplified === 'date' ||
      simplified === 'lang alt' ||
      this.has(simplified)
    );
  }

  private has(simplified: string): boolean {
    return this.structs.has(simplified) || this.texts.has(simplified);
  }

  /** Whether the value has the type, as veraPDF's validators judge it (an unknown type never matches). */
  matches(value: XmpValue, type: string): boolean {
    const simplified = simplifyType(type);
    // veraPDF's ValidatorsContainer accepts anything for `any` (the xmpDM Marker's times)
    if (simplified === 'any') return true;
    const array = arrayOf(simplified);
    if (array) {
      if (value.kind !== 'array') return false;
      const shape = value.arrayType.toLowerCase();
      return shape === array.array && value.items.every((item) => this.matches(item.value, array.item));
    }
    if (simplified === 'lang alt') {
      return (
        value.kind === 'array' &&
        value.arrayType === 'Alt' &&
        (value.items.length === 0 || value.items.some((item) => item.lang !== undefined))
      );
    }
    if (simplified === 'date') return value.kind === 'text' && isXmpDate(value.text);
    const pattern = Object.hasOwn(SIMPLE, simplified) ? SIMPLE[simplified] : undefined;
    if (pattern || this.texts.has(simplified)) {
      return value.kind === 'text' && (pattern ?? ANY).test(value.text);
    }
    const struct = this.structs.get(simplified);
    if (!struct || value.kind !== 'struct') return false;
    return value.fields.every((field) => {
      const fieldType = Object.hasOwn(struct.fields, field.name) ? struct.fields[field.name] : undefined;
      return (
        field.namespace === struct.namespace &&
        fieldType !== undefined &&
        this.matches(field.value, fieldType)
      );
    });
  }
}
