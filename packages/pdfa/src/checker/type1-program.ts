import { STANDARD_ENCODING } from './glyph-name-tables.js';

const EEXEC_KEY = 55665;
const CHARSTRING_KEY = 4330;
/** At most this many glyphs are read from one program (a Type 1 font has a few hundred). */
const MAX_GLYPHS = 65536;

function decrypt(bytes: Uint8Array, key: number, skip: number): Uint8Array {
  const plain = new Uint8Array(Math.max(0, bytes.length - skip));
  let r = key;
  for (let index = 0; index < bytes.length; index++) {
    const cipher = bytes[index] as number;
    if (index >= skip) plain[index - skip] = cipher ^ (r >> 8);
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
  }
  return plain;
}

function isHex(byte: number | undefined): boolean {
  return (
    byte !== undefined &&
    ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66))
  );
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0;
}

/** The eexec-encrypted part, binary or hexadecimal (Type 1 Font Format 7.2), decrypted. */
function privatePart(bytes: Uint8Array, start: number): Uint8Array {
  let offset = start;
  while (isSpace(bytes[offset])) offset++;
  const body = bytes.subarray(offset);
  if ([0, 1, 2, 3].every((index) => isHex(body[index]))) {
    const digits: number[] = [];
    for (const byte of body) if (isHex(byte)) digits.push(Number.parseInt(String.fromCharCode(byte), 16));
    const binary = new Uint8Array(digits.length >> 1);
    for (let index = 0; index < binary.length; index++)
      binary[index] = ((digits[index * 2] as number) << 4) | (digits[index * 2 + 1] as number);
    return decrypt(binary, EEXEC_KEY, 4);
  }
  return decrypt(body, EEXEC_KEY, 4);
}

/** The advance width (`hsbw` or `sbw`) at the start of a decrypted Type 1 charstring, in glyph units. */
function charStringWidth(charString: Uint8Array): number | undefined {
  const stack: number[] = [];
  for (let index = 0; index < charString.length && stack.length < 48; ) {
    const byte = charString[index++] as number;
    if (byte >= 32) {
      if (byte <= 246) stack.push(byte - 139);
      else if (byte <= 250) stack.push((byte - 247) * 256 + (charString[index++] ?? 0) + 108);
      else if (byte <= 254) stack.push(-(byte - 251) * 256 - (charString[index++] ?? 0) - 108);
      else {
        const view = new DataView(charString.buffer, charString.byteOffset + index, 4);
        if (index + 4 > charString.length) return undefined;
        stack.push(view.getInt32(0));
        index += 4;
      }
    } else if (byte === 13) return stack[1];
    else if (byte === 12) {
      const second = charString[index++];
      if (second === 7) return stack[2];
      if (second !== 12 || stack.length < 2) return undefined;
      const divisor = stack.pop() as number;
      const dividend = stack.pop() as number;
      stack.push(divisor === 0 ? 0 : dividend / divisor);
    } else return undefined;
  }
  return undefined;
}

function readToken(text: Uint8Array, from: number): { token: string; end: number } {
  let start = from;
  while (isSpace(text[start])) start++;
  let end = start;
  if (text[end] === 0x2f) end++;
  while (end < text.length && !isSpace(text[end]) && (end === start || text[end] !== 0x2f)) end++;
  return { token: String.fromCharCode(...text.subarray(start, end)), end };
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 8192)
    text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  return text;
}

/**
 * The parts of an embedded Type 1 font program (`FontFile`) the PDF/A font rules need: each glyph's
 * name and advance width (from its charstring's `hsbw`/`sbw`, scaled by `FontMatrix` to thousandths
 * of an em) and the built-in encoding. Parsing is bounded by the program; a program whose
 * `CharStrings` cannot be found gives `undefined`, never a guess.
 */
export class Type1Program {
  private constructor(
    /** Glyph name → advance width in thousandths of an em (`undefined` when the charstring is unread). */
    readonly widths: Map<string, number | undefined>,
    /** The built-in encoding (code → glyph name). */
    readonly encoding: Map<number, string>,
  ) {}

  /** Parses a Type 1 program (cleartext part, then the eexec-encrypted part); `undefined` if unreadable. */
  static parse(bytes: Uint8Array): Type1Program | undefined {
    const clear = latin1(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    const eexec = clear.indexOf('eexec');
    if (eexec < 0) return undefined;
    const header = clear.slice(0, eexec);
    const matrix = /\/FontMatrix\s*[[{]\s*([-+.\deE]+)/.exec(header);
    const scale = matrix ? Number(matrix[1]) * 1000 : 1;
    const encoding = new Map<number, string>();
    if (/\/Encoding\s+StandardEncoding/.test(header)) {
      STANDARD_ENCODING.forEach((name, code) => {
        if (name !== '.notdef') encoding.set(code, name);
      });
    } else {
      for (const match of header.matchAll(/dup\s+(\d+)\s*\/([^\s/[\]{}()<>]+)\s+put/g))
        encoding.set(Number(match[1]), match[2] as string);
    }
    const text = privatePart(bytes, eexec + 5);
    const lenIV = /\/lenIV\s+(-?\d+)/.exec(latin1(text.subarray(0, Math.min(text.length, 4096))));
    const skip = lenIV ? Number(lenIV[1]) : 4;
    const marker = latin1(text).indexOf('/CharStrings');
    if (marker < 0 || !Number.isFinite(scale)) return undefined;
    const widths = new Map<string, number | undefined>();
    let offset = readToken(text, marker).end;
    while (offset < text.length && widths.size < MAX_GLYPHS) {
      const name = readToken(text, offset);
      offset = name.end;
      if (name.token === 'end' || name.token === '') break;
      if (!name.token.startsWith('/')) continue;
      const length = readToken(text, offset);
      const size = Number(length.token);
      if (!Number.isInteger(size) || size < 0) continue;
      const operator = readToken(text, length.end);
      const start = operator.end + 1;
      if (start + size > text.length) break;
      const charString =
        skip < 0
          ? text.subarray(start, start + size)
          : decrypt(text.subarray(start, start + size), CHARSTRING_KEY, skip);
      const width = charStringWidth(charString);
      // veraPDF keeps integral widths (truncated after the FontMatrix scaling)
      widths.set(name.token.slice(1), width === undefined ? undefined : Math.trunc(width * scale));
      offset = start + size;
    }
    return widths.size > 0 ? new Type1Program(widths, encoding) : undefined;
  }
}
