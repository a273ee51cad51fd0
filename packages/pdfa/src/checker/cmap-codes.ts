import { readPredefinedCMap } from './predefined-cmaps.js';

/** A CMap's code space range: codes of `length` bytes whose every byte lies between `low` and `high`. */
export interface CodeSpace {
  low: number[];
  high: number[];
}

/** A `cidrange` (first…last → cid…) or `cidchar` (first = last) of a CMap. */
export interface CidRange {
  length: number;
  first: number;
  last: number;
  cid: number;
}

/** What one CMap program holds: its code space, its CID mappings and the CMap it `usecmap`s. */
export interface CMapTable {
  spaces: CodeSpace[];
  ranges: CidRange[];
  /** The parent CMap's name (`usecmap`), when there is one. */
  parent: string | undefined;
}

/** The code → CID reading of a CMap (ISO 32000-1 9.7.6, Adobe TN 5014). */
export interface CMapCodes {
  /** Splits shown bytes into codes by the code space ranges, each with its CID (`undefined`: not mapped). */
  codes(bytes: Uint8Array): { code: number; cid: number | undefined }[];
}

/** Ranges and chars read from one embedded CMap; more are not read (a real CMap has a few thousand). */
const MAX_ENTRIES = 100_000;
/** `usecmap` links followed (a predefined CMap's parent has none in Adobe's set). */
const MAX_PARENTS = 4;

function hexBytes(token: string): number[] {
  const digits = token.replace(/[<>\s]/g, '');
  const bytes: number[] = [];
  for (let index = 0; index + 1 < digits.length; index += 2)
    bytes.push(Number.parseInt(digits.slice(index, index + 2), 16));
  return bytes;
}

function value(bytes: number[]): number {
  return bytes.reduce((sum, byte) => sum * 256 + byte, 0);
}

/** Reads an embedded CMap program's code space ranges, CID mappings and `usecmap` parent. */
function parseCMapText(text: string): CMapTable {
  const parent = text.match(/\/([^\s/<>[\]{}()%]+)\s+usecmap/)?.[1];
  const spaces: CodeSpace[] = [];
  const ranges: CidRange[] = [];
  for (const [, body] of text.matchAll(/begincodespacerange([\s\S]*?)endcodespacerange/g)) {
    for (const match of (body as string).matchAll(/(<[^>]*>)\s*(<[^>]*>)/g)) {
      spaces.push({ low: hexBytes(match[1] as string), high: hexBytes(match[2] as string) });
    }
  }
  for (const [, kind, body] of text.matchAll(/begin(cidrange|cidchar)([\s\S]*?)end\1/g)) {
    const pattern = kind === 'cidrange' ? /(<[^>]*>)\s*(<[^>]*>)\s*(\d+)/g : /(<[^>]*>)\s*()(\d+)/g;
    for (const match of (body as string).matchAll(pattern)) {
      if (ranges.length >= MAX_ENTRIES) break;
      const first = hexBytes(match[1] as string);
      const last = match[2] ? hexBytes(match[2]) : first;
      ranges.push({ length: first.length, first: value(first), last: value(last), cid: Number(match[3]) });
    }
  }
  return { spaces, ranges, parent };
}

/** One CMap's mappings, searchable by binary search per code length. */
class CidLookup {
  private readonly byLength = new Map<number, CidRange[]>();

  constructor(ranges: CidRange[]) {
    for (const range of ranges) {
      const list = this.byLength.get(range.length);
      if (list) list.push(range);
      else this.byLength.set(range.length, [range]);
    }
    for (const list of this.byLength.values()) list.sort((a, b) => a.first - b.first);
  }

  cid(code: number, length: number): number | undefined {
    const list = this.byLength.get(length);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    let found: CidRange | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = list[middle] as CidRange;
      if (range.first <= code) {
        found = range;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found && code <= found.last) return found.cid + code - found.first;
    // ranges are rarely nested; when they are, a linear pass settles it
    for (const range of list)
      if (code >= range.first && code <= range.last) return range.cid + code - range.first;
    return undefined;
  }
}

/**
 * The code → CID reading of a CMap and the chain of CMaps it `usecmap`s, as veraPDF's `PDCMap` reads
 * it: its own mappings first, then its parent's; `Identity-H`/`-V` maps every two-byte code to
 * itself; another predefined parent is read from Adobe's CMap set ({@link readPredefinedCMap}).
 * `undefined` when a parent is neither (an unknown name), or the chain has no code space.
 */
export function cmapCodes(table: CMapTable): CMapCodes | undefined {
  const chain: CMapTable[] = [table];
  let identity = false;
  for (let parent = table.parent; parent !== undefined; ) {
    if (parent === 'Identity-H' || parent === 'Identity-V') {
      identity = true;
      break;
    }
    const next = chain.length <= MAX_PARENTS ? readPredefinedCMap(parent) : undefined;
    if (!next) return undefined;
    chain.push(next);
    parent = next.parent;
  }
  const spaces = chain.flatMap((item) => item.spaces);
  if (identity && spaces.length === 0) spaces.push({ low: [0, 0], high: [255, 255] });
  if (spaces.length === 0) return undefined;
  const lookups = chain.map((item) => new CidLookup(item.ranges));
  const inSpace = (bytes: Uint8Array, start: number, space: CodeSpace) =>
    start + space.low.length <= bytes.length &&
    space.low.every(
      (low, index) =>
        (bytes[start + index] as number) >= low &&
        (bytes[start + index] as number) <= (space.high[index] ?? 255),
    );
  const cidOf = (code: number, length: number): number | undefined => {
    for (const lookup of lookups) {
      const cid = lookup.cid(code, length);
      if (cid !== undefined) return cid;
    }
    return identity ? code : undefined;
  };
  return {
    codes(bytes) {
      const result: { code: number; cid: number | undefined }[] = [];
      for (let start = 0; start < bytes.length; ) {
        const space = spaces.find((candidate) => inSpace(bytes, start, candidate));
        // a byte outside every code space is read as a one-byte code (ISO 32000-1 9.7.6.3)
        const length = space ? space.low.length : 1;
        const code = value([...bytes.subarray(start, start + length)]);
        result.push({ code, cid: space ? cidOf(code, length) : undefined });
        start += length;
      }
      return result;
    },
  };
}

/**
 * Reads an embedded CMap program: its code space ranges and CID mappings, then those of the CMap it
 * `usecmap`s (`Identity-H`/`-V`, or a predefined CMap of ISO 32000-1 Table 118).
 * `undefined` for a CMap built on an unknown one, or without a code space.
 *
 * @example
 * readCMapCodes('1 begincodespacerange <00> <FF> endcodespacerange 1 begincidchar <41> 7 endcidchar')
 *   ?.codes(Uint8Array.of(0x41)); // [{ code: 0x41, cid: 7 }]
 */
export function readCMapCodes(text: string): CMapCodes | undefined {
  return cmapCodes(parseCMapText(text));
}
