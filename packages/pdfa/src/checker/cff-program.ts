import { CFF_STANDARD_STRINGS, STANDARD_ENCODING } from './glyph-name-tables.js';

/** Subroutine calls followed while looking for a charstring's width (Type 2 allows 10 levels). */
const MAX_SUBR_DEPTH = 10;
/** Bytes interpreted for one charstring's width, subroutines included (a crafted font cannot loop). */
const MAX_CHARSTRING_STEPS = 65_536;

interface Index {
  items: Uint8Array[];
  end: number;
}

interface PrivateValues {
  defaultWidth: number;
  nominalWidth: number;
  subrs: Uint8Array[];
}

type Dict = Map<number, number[]>;

function readIndex(bytes: Uint8Array, start: number): Index | undefined {
  if (start + 2 > bytes.length) return undefined;
  const count = ((bytes[start] as number) << 8) | (bytes[start + 1] as number);
  if (count === 0) return { items: [], end: start + 2 };
  const offSize = bytes[start + 2] as number;
  if (offSize < 1 || offSize > 4) return undefined;
  const offsetAt = (index: number) => {
    let value = 0;
    for (let byte = 0; byte < offSize; byte++)
      value = value * 256 + (bytes[start + 3 + index * offSize + byte] ?? 0);
    return value;
  };
  const base = start + 3 + (count + 1) * offSize - 1;
  const items: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const from = base + offsetAt(index);
    const to = base + offsetAt(index + 1);
    if (to < from || to > bytes.length) return undefined;
    items.push(bytes.subarray(from, to));
  }
  return { items, end: base + offsetAt(count) };
}

function readDict(data: Uint8Array): Dict {
  const dict: Dict = new Map();
  let operands: number[] = [];
  for (let index = 0; index < data.length; ) {
    const byte = data[index++] as number;
    if (byte <= 21) {
      const key = byte === 12 ? 1200 + (data[index++] ?? 0) : byte;
      dict.set(key, operands);
      operands = [];
    } else if (byte === 28) {
      operands.push((((data[index] ?? 0) << 24) | ((data[index + 1] ?? 0) << 16)) >> 16);
      index += 2;
    } else if (byte === 29) {
      operands.push(
        ((data[index] ?? 0) << 24) |
          ((data[index + 1] ?? 0) << 16) |
          ((data[index + 2] ?? 0) << 8) |
          (data[index + 3] ?? 0),
      );
      index += 4;
    } else if (byte === 30) {
      let text = '';
      for (let done = false; !done && index < data.length; ) {
        const pair = data[index++] as number;
        for (const nibble of [pair >> 4, pair & 15]) {
          if (nibble === 15) done = true;
          else if (!done)
            text += ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', 'E', 'E-', '', '-'][nibble];
        }
      }
      operands.push(Number(text));
    } else if (byte >= 32 && byte <= 246) operands.push(byte - 139);
    else if (byte >= 247 && byte <= 250) operands.push((byte - 247) * 256 + (data[index++] ?? 0) + 108);
    else if (byte >= 251 && byte <= 254) operands.push(-(byte - 251) * 256 - (data[index++] ?? 0) - 108);
  }
  return dict;
}

function bias(subrs: Uint8Array[]): number {
  return subrs.length < 1240 ? 107 : subrs.length < 33900 ? 1131 : 32768;
}

/**
 * The advance width a Type 2 charstring gives (CFF/Type 2 specification 3.1: an optional first
 * operand of the first stack-clearing operator, added to nominalWidthX; else defaultWidthX).
 * Subroutines are followed; `undefined` when no stack-clearing operator is reached.
 */
function charStringWidth(
  charString: Uint8Array,
  values: PrivateValues,
  globals: Uint8Array[],
): number | undefined {
  const stack: number[] = [];
  let steps = 0;
  const run = (code: Uint8Array, depth: number): number | null | undefined => {
    for (let index = 0; index < code.length; ) {
      if (++steps > MAX_CHARSTRING_STEPS) return undefined;
      const byte = code[index++] as number;
      if (byte >= 32 || byte === 28) {
        if (byte === 28) {
          stack.push((((code[index] ?? 0) << 24) | ((code[index + 1] ?? 0) << 16)) >> 16);
          index += 2;
        } else if (byte <= 246) stack.push(byte - 139);
        else if (byte <= 250) stack.push((byte - 247) * 256 + (code[index++] ?? 0) + 108);
        else if (byte <= 254) stack.push(-(byte - 251) * 256 - (code[index++] ?? 0) - 108);
        else {
          stack.push(
            (((code[index] ?? 0) << 24) |
              ((code[index + 1] ?? 0) << 16) |
              ((code[index + 2] ?? 0) << 8) |
              (code[index + 3] ?? 0)) /
              65536,
          );
          index += 4;
        }
        if (stack.length > 96) return undefined;
        continue;
      }
      if (byte === 10 || byte === 29) {
        const subrs = byte === 10 ? values.subrs : globals;
        const subr = subrs[(stack.pop() ?? 0) + bias(subrs)];
        if (!subr || depth >= MAX_SUBR_DEPTH) return undefined;
        const result = run(subr, depth + 1);
        if (result !== null) return result;
        continue;
      }
      if (byte === 11) return null;
      const withWidth = (argumentCount: number) =>
        stack.length > argumentCount ? values.nominalWidth + (stack[0] as number) : values.defaultWidth;
      // stem hints (and hintmask/cntrmask, whose operands are implicit vstem pairs) take pairs
      if ([1, 3, 18, 19, 20, 23].includes(byte)) return withWidth(stack.length - (stack.length % 2));
      if (byte === 21) return withWidth(2);
      if (byte === 4 || byte === 22) return withWidth(1);
      if (byte === 14)
        return stack.length === 1 || stack.length === 5
          ? values.nominalWidth + (stack[0] as number)
          : values.defaultWidth;
      return undefined;
    }
    return null;
  };
  const width = run(charString, 0);
  return width === null ? undefined : width;
}

/**
 * The parts of an embedded CFF program (`FontFile3` `Type1C` or `CIDFontType0C`) the PDF/A font
 * rules need: per glyph id its name (or CID, in a CID-keyed font), its advance width in thousandths
 * of an em (from the charstring, `defaultWidthX`/`nominalWidthX` of its Private DICT, scaled by
 * `FontMatrix`), and the built-in encoding of a name-keyed font. Every read is bounds-checked; a
 * program whose structure cannot be read gives `undefined`.
 */
export class CffProgram {
  private constructor(
    /** Glyph id → glyph name (name-keyed) or CID as text (CID-keyed). */
    readonly glyphNames: string[],
    /** Glyph id → advance width in thousandths of an em, `undefined` when unread. */
    readonly widths: (number | undefined)[],
    /** Built-in encoding of a name-keyed font: code → glyph id. */
    readonly encoding: Map<number, number>,
    /** CID-keyed (`ROS` in the Top DICT). */
    readonly cidKeyed: boolean,
  ) {}

  /** The glyph id of a glyph name (name-keyed) or CID (CID-keyed), if the program has it. */
  glyphId(key: string | number): number | undefined {
    const index = this.glyphNames.indexOf(String(key));
    return index < 0 ? undefined : index;
  }

  /** Parses a bare CFF program; `undefined` when it is not one or is cut short. */
  static parse(bytes: Uint8Array): CffProgram | undefined {
    if (bytes.length < 4 || bytes[0] !== 1) return undefined;
    const names = readIndex(bytes, bytes[2] as number);
    const tops = names && readIndex(bytes, names.end);
    const strings = tops && readIndex(bytes, tops.end);
    const globals = strings && readIndex(bytes, strings.end);
    const topData = tops?.items[0];
    if (!strings || !globals || !topData) return undefined;
    const top = readDict(topData);
    const sid = (id: number) =>
      id < CFF_STANDARD_STRINGS.length
        ? CFF_STANDARD_STRINGS[id]
        : latin1(strings.items[id - CFF_STANDARD_STRINGS.length]);
    const charStrings = readIndex(bytes, top.get(17)?.[0] ?? -1);
    if (!charStrings) return undefined;
    const count = charStrings.items.length;
    const cidKeyed = top.has(1230);
    const scale = (top.get(1207)?.[0] ?? 0.001) * 1000;
    const ids = readCharset(bytes, top.get(15)?.[0] ?? 0, count);
    if (!ids) return undefined;
    const glyphNames = ids.map((id) => (cidKeyed ? String(id) : (sid(id) ?? '')));
    const privateOf = (dict: Dict): PrivateValues => {
      const [size = 0, offset = 0] = dict.get(18) ?? [];
      const values = readDict(bytes.subarray(offset, Math.min(bytes.length, offset + size)));
      const subrsAt = values.get(19)?.[0];
      return {
        defaultWidth: values.get(20)?.[0] ?? 0,
        nominalWidth: values.get(21)?.[0] ?? 0,
        subrs: subrsAt === undefined ? [] : (readIndex(bytes, offset + subrsAt)?.items ?? []),
      };
    };
    let privateFor: (glyph: number) => PrivateValues | undefined;
    if (cidKeyed) {
      const fonts = (readIndex(bytes, top.get(1236)?.[0] ?? -1)?.items ?? []).map((data) =>
        privateOf(readDict(data)),
      );
      const select = readFdSelect(bytes, top.get(1237)?.[0] ?? -1, count);
      privateFor = (glyph) => fonts[select?.[glyph] ?? 0];
    } else {
      const values = privateOf(top);
      privateFor = () => values;
    }
    const widths = charStrings.items.map((code, glyph) => {
      const values = privateFor(glyph);
      const width = values ? charStringWidth(code, values, globals.items) : undefined;
      return width === undefined ? undefined : width * scale;
    });
    const encoding = cidKeyed
      ? new Map<number, number>()
      : readEncoding(bytes, top.get(16)?.[0] ?? 0, glyphNames, sid);
    return new CffProgram(glyphNames, widths, encoding, cidKeyed);
  }
}

function latin1(bytes: Uint8Array | undefined): string | undefined {
  return bytes ? String.fromCharCode(...bytes.subarray(0, 256)) : undefined;
}

/** Glyph id → SID (or CID), from the charset (formats 0–2; predefined ISOAdobe is the identity). */
function readCharset(bytes: Uint8Array, offset: number, count: number): number[] | undefined {
  const ids = [0];
  if (offset === 0) {
    for (let glyph = 1; glyph < count; glyph++) ids.push(glyph);
    return ids;
  }
  if (offset < 3) return undefined;
  const format = bytes[offset];
  let at = offset + 1;
  const u16 = (position: number) => ((bytes[position] ?? 0) << 8) | (bytes[position + 1] ?? 0);
  while (ids.length < count) {
    if (at + 2 > bytes.length) return undefined;
    if (format === 0) {
      ids.push(u16(at));
      at += 2;
    } else if (format === 1 || format === 2) {
      const first = u16(at);
      const left = format === 1 ? (bytes[at + 2] ?? 0) : u16(at + 2);
      at += format === 1 ? 3 : 4;
      for (let id = first; id <= first + left && ids.length < count; id++) ids.push(id);
    } else return undefined;
  }
  return ids;
}

/** Glyph id → Font DICT index of a CID-keyed font (FDSelect formats 0 and 3). */
function readFdSelect(bytes: Uint8Array, offset: number, count: number): number[] | undefined {
  if (offset < 0 || offset >= bytes.length) return undefined;
  const format = bytes[offset];
  if (format === 0) return Array.from(bytes.subarray(offset + 1, offset + 1 + count));
  if (format !== 3) return undefined;
  const u16 = (position: number) => ((bytes[position] ?? 0) << 8) | (bytes[position + 1] ?? 0);
  const ranges = u16(offset + 1);
  const select = new Array<number>(count).fill(0);
  let previous = 0;
  for (let range = 0; range < ranges; range++) {
    const at = offset + 3 + range * 3;
    const first = u16(at);
    const fd = bytes[at + 2] ?? 0;
    const next = u16(at + 3);
    // ranges are in increasing order; one that is not ends the table (and bounds the work)
    if (first < previous || next < first) break;
    for (let glyph = first; glyph < Math.min(next, count); glyph++) select[glyph] = fd;
    previous = next;
  }
  return select;
}

/** Code → glyph id of a name-keyed font: StandardEncoding (offset 0) or a custom encoding (formats 0, 1, supplements). */
function readEncoding(
  bytes: Uint8Array,
  offset: number,
  glyphNames: string[],
  sid: (id: number) => string | undefined,
): Map<number, number> {
  const encoding = new Map<number, number>();
  if (offset === 0) {
    STANDARD_ENCODING.forEach((name, code) => {
      const glyph = glyphNames.indexOf(name);
      if (name !== '.notdef' && glyph > 0) encoding.set(code, glyph);
    });
    return encoding;
  }
  if (offset === 1 || offset >= bytes.length) return encoding;
  const format = bytes[offset] as number;
  let at = offset + 1;
  if ((format & 0x7f) === 0) {
    const codes = bytes[at++] ?? 0;
    for (let glyph = 1; glyph <= codes; glyph++) encoding.set(bytes[at++] ?? 0, glyph);
  } else if ((format & 0x7f) === 1) {
    const ranges = bytes[at++] ?? 0;
    let glyph = 1;
    for (let range = 0; range < ranges; range++) {
      const first = bytes[at++] ?? 0;
      const left = bytes[at++] ?? 0;
      for (let code = first; code <= first + left; code++) encoding.set(code, glyph++);
    }
  }
  if (format & 0x80) {
    const supplements = bytes[at++] ?? 0;
    for (let index = 0; index < supplements; index++, at += 3) {
      const glyph = glyphNames.indexOf(sid(((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0)) ?? '');
      if (glyph >= 0) encoding.set(bytes[at] ?? 0, glyph);
    }
  }
  return encoding;
}
