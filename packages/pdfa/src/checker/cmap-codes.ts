/** A CMap's code space range: codes of `length` bytes whose every byte lies between `low` and `high`. */
interface CodeSpace {
  low: number[];
  high: number[];
}

/** A `cidrange` (first…last → cid…) or `cidchar` (first = last) of an embedded CMap. */
interface CidRange {
  length: number;
  first: number;
  last: number;
  cid: number;
}

/** The code → CID reading of an embedded CMap (ISO 32000-1 9.7.6, Adobe TN 5014). */
export interface CMapCodes {
  /** Splits shown bytes into codes by the code space ranges, each with its CID (`undefined`: not mapped). */
  codes(bytes: Uint8Array): { code: number; cid: number | undefined }[];
}

/** Ranges and chars read from one CMap; more are not read (a real CMap has a few thousand). */
const MAX_ENTRIES = 100_000;

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

/**
 * Reads an embedded CMap program's code space ranges and CID mappings, when it stands alone or
 * only `usecmap`s `Identity-H`/`-V` (codes the program does not map are then their own CIDs).
 * `undefined` for a CMap built on another predefined CMap, whose mappings are not shipped here.
 */
export function readCMapCodes(text: string): CMapCodes | undefined {
  const uses = [...text.matchAll(/\/([^\s/<>[\]{}()%]+)\s+usecmap/g)].map((match) => match[1]);
  if (uses.some((name) => name !== 'Identity-H' && name !== 'Identity-V')) return undefined;
  const identity = uses.length > 0;
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
  if (spaces.length === 0) return undefined;
  const inSpace = (bytes: Uint8Array, start: number, space: CodeSpace) =>
    start + space.low.length <= bytes.length &&
    space.low.every(
      (low, index) =>
        (bytes[start + index] as number) >= low &&
        (bytes[start + index] as number) <= (space.high[index] ?? 255),
    );
  const cidOf = (code: number, length: number): number | undefined => {
    for (const range of ranges) {
      if (range.length === length && code >= range.first && code <= range.last)
        return range.cid + code - range.first;
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
