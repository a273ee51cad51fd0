/**
 * Test helpers: small Type 1, CFF and TrueType font programs built byte by byte, whose glyphs are empty
 * outlines with the advance widths a test asks for (Adobe Type 1 Font Format, CFF and Type 2
 * charstring specifications).
 */

/** A Type 1 charstring number (Type 1 Font Format 6.2). */
function type1Number(value: number): number[] {
  if (value >= -107 && value <= 107) return [value + 139];
  if (value >= 108 && value <= 1131) return [((value - 108) >> 8) + 247, (value - 108) & 0xff];
  if (value >= -1131 && value <= -108) return [((-value - 108) >> 8) + 251, (-value - 108) & 0xff];
  return [255, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function encrypt(plain: number[], key: number): number[] {
  let r = key;
  return plain.map((byte) => {
    const cipher = byte ^ (r >> 8);
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
    return cipher;
  });
}

const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

export interface Type1Options {
  /** Glyph name → advance width in glyph units (`.notdef` is added with width 0 unless given). */
  glyphs: Record<string, number>;
  /** The built-in encoding: code → glyph name (default: StandardEncoding). */
  encoding?: Record<number, string>;
  /** The first FontMatrix value (default 0.001). */
  scale?: number;
}

/** A Type 1 font program (cleartext part, then the eexec-encrypted Private and CharStrings). */
export function type1Program({ glyphs, encoding, scale = 0.001 }: Type1Options): {
  bytes: Uint8Array;
  length1: number;
  length2: number;
} {
  const all = { '.notdef': 0, ...glyphs };
  const encodingText = encoding
    ? `/Encoding 256 array 0 1 255 {1 index exch /.notdef put} for\n${Object.entries(encoding)
        .map(([code, name]) => `dup ${code} /${name} put`)
        .join('\n')}\nreadonly def`
    : '/Encoding StandardEncoding def';
  const clear = ascii(`%!PS-AdobeFont-1.0: Test 001.000
11 dict begin
/FontName /Test def
/FontType 1 def
/PaintType 0 def
/FontMatrix [${scale} 0 0 ${scale} 0 0] readonly def
/FontBBox {0 0 1000 1000} readonly def
${encodingText}
currentdict end
currentfile eexec
`);
  const priv: number[] = ascii(`dup /Private 8 dict dup begin
/RD {string currentfile exch readstring pop} executeonly def
/ND {noaccess def} executeonly def
/NP {noaccess put} executeonly def
/lenIV 4 def
/Subrs 0 array
ND
2 index /CharStrings ${Object.keys(all).length} dict dup begin
`);
  for (const [name, width] of Object.entries(all)) {
    // sbx 0, wx width, hsbw; endchar
    const charString = encrypt([0, 0, 0, 0, ...type1Number(0), ...type1Number(width), 13, 14], 4330);
    priv.push(...ascii(`/${name} ${charString.length} RD `), ...charString, ...ascii(' ND\n'));
  }
  priv.push(
    ...ascii(
      'end\nend\nreadonly put\nnoaccess put\ndup /FontName get exch definefont pop\nmark currentfile closefile\n',
    ),
  );
  const encrypted = encrypt([0, 0, 0, 0, ...priv], 55665);
  const trailer = ascii(`${`${'0'.repeat(64)}\n`.repeat(8)}cleartomark\n`);
  return {
    bytes: Uint8Array.from([...clear, ...encrypted, ...trailer]),
    length1: clear.length,
    length2: encrypted.length,
  };
}

/** A CFF DICT integer, always 5 bytes (operator 29) so that offsets can be laid out in advance. */
function int32(value: number): number[] {
  return [29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** A Type 2 charstring / DICT small integer (−107…107) or a 16-bit one (operator 28). */
function cffNumber(value: number): number[] {
  return value >= -107 && value <= 107 ? [value + 139] : [28, (value >> 8) & 0xff, value & 0xff];
}

function index(items: number[][]): number[] {
  if (items.length === 0) return [0, 0];
  const offsets = [1];
  for (const item of items) offsets.push((offsets.at(-1) as number) + item.length);
  return [
    (items.length >> 8) & 0xff,
    items.length & 0xff,
    4,
    ...offsets.flatMap((offset) => [
      (offset >>> 24) & 0xff,
      (offset >>> 16) & 0xff,
      (offset >>> 8) & 0xff,
      offset & 0xff,
    ]),
    ...items.flat(),
  ];
}

export interface CffOptions {
  /** The glyphs after `.notdef` (gid 1, 2, …): a name (name-keyed) or a CID (CID-keyed), and a width. */
  glyphs: { name?: string; cid?: number; width: number }[];
  /** A CID-keyed font (ROS, FDArray, FDSelect) rather than a name-keyed one. */
  cidKeyed?: boolean;
  /** defaultWidthX (glyphs of this width carry no width operand) and nominalWidthX. */
  defaultWidth?: number;
  nominalWidth?: number;
  /** Local subroutines (Private `Subrs`), and charstrings that replace those `glyphs` would give. */
  subrs?: number[][];
  charStrings?: number[][];
}

/** A bare CFF program; a name-keyed one uses the StandardEncoding, which codes its glyph names. */
export function cffProgram({
  glyphs,
  cidKeyed = false,
  defaultWidth = 500,
  nominalWidth = 0,
  subrs,
  charStrings: given,
}: CffOptions): Uint8Array {
  const strings: string[] = [];
  // every name goes to the String INDEX (a reader resolves SIDs ≥ 391 there)
  const sid = (name: string) => {
    if (!strings.includes(name)) strings.push(name);
    return 391 + strings.indexOf(name);
  };
  const widths = [defaultWidth, ...glyphs.map((glyph) => glyph.width)];
  const charStrings =
    given ??
    widths.map((width) => (width === defaultWidth ? [14] : [...cffNumber(width - nominalWidth), 14]));
  const charset = [
    0,
    ...glyphs.flatMap((glyph) => {
      const id = cidKeyed ? (glyph.cid ?? 0) : sid(glyph.name ?? '');
      return [(id >> 8) & 0xff, id & 0xff];
    }),
  ];
  const widthEntries = [...cffNumber(defaultWidth), 20, ...cffNumber(nominalWidth), 21];
  // the Subrs INDEX follows the Private DICT (its offset is relative to the DICT's start)
  const privateDict = subrs ? [...widthEntries, ...int32(widthEntries.length + 6), 19] : widthEntries;
  const privateBlock = [...privateDict, ...(subrs ? index(subrs) : [])];
  const ros = cidKeyed ? [...int32(sid('Adobe')), ...int32(sid('Identity')), ...int32(0), 12, 30] : [];
  const nameIndex = index([ascii('Test')]);
  // Top DICT: [ROS] charset CharStrings Private | FDArray FDSelect, every offset a 5-byte integer
  const topLength = ros.length + 6 + 6 + (cidKeyed ? 7 + 7 : 11);
  const stringIndex = index(strings.map(ascii));
  const globalIndex = index([]);
  const headerLength =
    4 +
    nameIndex.length +
    index([new Array(topLength).fill(0)]).length +
    stringIndex.length +
    globalIndex.length;
  const charsetAt = headerLength;
  const charStringsAt = charsetAt + charset.length;
  const charStringsIndex = index(charStrings);
  const privateAt = charStringsAt + charStringsIndex.length;
  const fdSelect = [3, 0, 1, 0, 0, 0, (widths.length >> 8) & 0xff, widths.length & 0xff];
  const fdSelectAt = privateAt + privateBlock.length;
  const fdArrayAt = fdSelectAt + fdSelect.length;
  const fontDict = [...int32(privateDict.length), ...int32(privateAt), 18];
  const top = [
    ...ros,
    ...int32(charsetAt),
    15,
    ...int32(charStringsAt),
    17,
    ...(cidKeyed
      ? [...int32(fdArrayAt), 12, 36, ...int32(fdSelectAt), 12, 37]
      : [...int32(privateDict.length), ...int32(privateAt), 18]),
  ];
  return Uint8Array.from([
    1,
    0,
    4,
    4,
    ...nameIndex,
    ...index([top]),
    ...stringIndex,
    ...globalIndex,
    ...charset,
    ...charStringsIndex,
    ...privateBlock,
    ...(cidKeyed ? [...fdSelect, ...index([fontDict])] : []),
  ]);
}

export interface TrueTypeOptions {
  /** Advance width of each glyph (glyph 0 first), in units of a 1000-unit em. */
  widths: number[];
  /** A (3,1) subtable (format 12): Unicode code point → glyph id. */
  unicode?: Record<number, number>;
  /** A (1,0) subtable (format 0): Mac OS Roman code → glyph id. */
  mac?: Record<number, number>;
  /** A format 2.0 `post` table naming each glyph (glyph 0 first); format 3.0 (no names) without. */
  postNames?: string[];
}

const be16 = (...values: number[]) => values.flatMap((value) => [(value >> 8) & 0xff, value & 0xff]);
const be32 = (...values: number[]) =>
  values.flatMap((value) => [...be16(value >>> 16), ...be16(value & 0xffff)]);

/**
 * A TrueType program with the tables the checker reads (`head`, `hhea`, `hmtx`, `maxp`, `cmap`,
 * `post`; no outlines): empty glyphs with the advance widths asked for (TrueType specification).
 */
export function trueTypeProgram({ widths, unicode, mac, postNames }: TrueTypeOptions): Uint8Array {
  const subtables: [number, number, number[]][] = [];
  if (mac) {
    const glyphs = new Array<number>(256).fill(0);
    for (const [code, glyph] of Object.entries(mac)) glyphs[Number(code)] = glyph;
    subtables.push([1, 0, [...be16(0, 262, 0), ...glyphs]]);
  }
  if (unicode) {
    const groups = Object.entries(unicode)
      .map(([code, glyph]) => [Number(code), glyph] as const)
      .sort((a, b) => a[0] - b[0]);
    const body = groups.flatMap(([code, glyph]) => be32(code, code, glyph));
    subtables.push([3, 1, [...be16(12, 0), ...be32(16 + body.length, 0, groups.length), ...body]]);
  }
  let subtableOffset = 4 + subtables.length * 8;
  const records: number[] = [];
  const bodies: number[] = [];
  for (const [platform, encoding, body] of subtables) {
    records.push(...be16(platform, encoding), ...be32(subtableOffset));
    bodies.push(...body);
    subtableOffset += body.length;
  }
  const post = postNames
    ? [
        ...be32(0x00020000, 0, 0, 0, 0, 0, 0, 0),
        ...be16(postNames.length, ...postNames.map((_, glyph) => 258 + glyph)),
        ...postNames.flatMap((name) => [name.length, ...ascii(name)]),
      ]
    : be32(0x00030000, 0, 0, 0, 0, 0, 0, 0);
  const tables: Record<string, number[]> = {
    cmap: [...be16(0, subtables.length), ...records, ...bodies],
    head: [...be32(0x00010000, 0x00010000, 0, 0x5f0f3cf5), ...be16(0, 1000), ...new Array(36).fill(0)],
    hhea: [...be32(0x00010000), ...new Array(30).fill(0), ...be16(widths.length)],
    hmtx: widths.flatMap((width) => be16(width, 0)),
    maxp: [...be32(0x00005000), ...be16(widths.length)],
    post,
  };
  const tags = Object.keys(tables).sort();
  const directory = [...be32(0x00010000), ...be16(tags.length, 0, 0, 0)];
  const data: number[] = [];
  let offset = 12 + tags.length * 16;
  for (const tag of tags) {
    const table = tables[tag] as number[];
    const padded = [...table, ...new Array((4 - (table.length % 4)) % 4).fill(0)];
    directory.push(...ascii(tag), ...be32(0, offset, table.length));
    data.push(...padded);
    offset += padded.length;
  }
  return Uint8Array.from([...directory, ...data]);
}
