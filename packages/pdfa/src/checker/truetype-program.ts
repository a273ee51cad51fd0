import { MAC_GLYPH_ORDER } from './glyph-name-tables.js';

/** One `cmap` subtable of a TrueType program: its platform, encoding and where it starts. */
export interface CmapSubtable {
  platform: number;
  encoding: number;
  offset: number;
}

/**
 * The parts of an embedded TrueType (or OpenType with `glyf`/`CFF `) font program the PDF/A font
 * rules need: the glyph count (`maxp`), the em (`head`), advance widths (`hhea` + `hmtx`) and the
 * `cmap` subtables with code → glyph lookups (formats 0, 4, 6 and 12). Every read is bounds-checked;
 * a table that is missing or cut short gives `undefined`, never a guess.
 */
export class TrueTypeProgram {
  private readonly view: DataView;
  private readonly tables = new Map<string, { offset: number; length: number }>();
  private postNames: Map<string, number> | undefined;

  private constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Parses the table directory; `undefined` when the bytes are not an sfnt font. */
  static parse(bytes: Uint8Array): TrueTypeProgram | undefined {
    if (bytes.length < 12) return undefined;
    const program = new TrueTypeProgram(bytes);
    const version = program.view.getUint32(0);
    if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) return undefined;
    const count = program.view.getUint16(4);
    for (let index = 0; index < count; index++) {
      const record = 12 + index * 16;
      if (record + 16 > bytes.length) return undefined;
      const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
      const offset = program.view.getUint32(record + 8);
      const length = program.view.getUint32(record + 12);
      if (offset + length <= bytes.length) program.tables.set(tag, { offset, length });
    }
    return program;
  }

  private u16(offset: number): number | undefined {
    return offset >= 0 && offset + 2 <= this.bytes.length ? this.view.getUint16(offset) : undefined;
  }

  private u32(offset: number): number | undefined {
    return offset >= 0 && offset + 4 <= this.bytes.length ? this.view.getUint32(offset) : undefined;
  }

  private table(tag: string, minimum: number): number | undefined {
    const table = this.tables.get(tag);
    return table && table.length >= minimum ? table.offset : undefined;
  }

  /** `maxp.numGlyphs`. */
  get glyphCount(): number | undefined {
    const maxp = this.table('maxp', 6);
    return maxp === undefined ? undefined : this.u16(maxp + 4);
  }

  /** `post.version` (0x00020000 names the glyphs, 0x00030000 does not); `undefined` without `post`. */
  get postVersion(): number | undefined {
    const post = this.table('post', 4);
    return post === undefined ? undefined : this.u32(post);
  }

  /**
   * The glyph names of a format 2.0 `post` table, name → glyph id (a later glyph of the same name
   * wins), as veraPDF's `TrueTypePostTable` reads them: indices below 258 name the standard Macintosh
   * glyphs ({@link MAC_GLYPH_ORDER}), the others the table's Pascal strings. Empty for other formats
   * (veraPDF also reads the deprecated 2.5, which no current tool writes) or a table cut short.
   */
  get postGlyphIds(): ReadonlyMap<string, number> {
    if (this.postNames) return this.postNames;
    const ids = new Map<string, number>();
    this.postNames = ids;
    const post = this.tables.get('post');
    if (!post || post.length < 34 || this.u32(post.offset) !== 0x00020000) return ids;
    const end = post.offset + post.length;
    const count = this.u16(post.offset + 32) ?? 0;
    const indices = post.offset + 34;
    const strings: string[] = [];
    for (let at = indices + count * 2; at < end; ) {
      const length = this.bytes[at] as number;
      if (at + 1 + length > end) break;
      strings.push(String.fromCharCode(...this.bytes.subarray(at + 1, at + 1 + length)));
      at += 1 + length;
    }
    for (let glyph = 0; glyph < count && indices + glyph * 2 + 2 <= end; glyph++) {
      const index = this.u16(indices + glyph * 2) as number;
      const name =
        index < MAC_GLYPH_ORDER.length ? MAC_GLYPH_ORDER[index] : strings[index - MAC_GLYPH_ORDER.length];
      if (name !== undefined) ids.set(name, glyph);
    }
    return ids;
  }

  /** `head.unitsPerEm`. */
  get unitsPerEm(): number | undefined {
    const head = this.table('head', 54);
    const units = head === undefined ? undefined : this.u16(head + 18);
    return units ? units : undefined;
  }

  /** The advance width of a glyph in thousandths of an em (PDF glyph space), from `hmtx`. */
  advanceWidth(glyph: number): number | undefined {
    const hhea = this.table('hhea', 36);
    const hmtx = this.tables.get('hmtx');
    const units = this.unitsPerEm;
    const count = this.glyphCount;
    if (hhea === undefined || !hmtx || units === undefined || count === undefined || glyph >= count)
      return undefined;
    const metrics = this.u16(hhea + 34);
    if (!metrics) return undefined;
    // glyphs past numberOfHMetrics take the last advance
    const index = Math.min(glyph, metrics - 1);
    if ((index + 1) * 4 > hmtx.length) return undefined;
    const advance = this.u16(hmtx.offset + index * 4);
    return advance === undefined ? undefined : (advance * 1000) / units;
  }

  /** The `cmap` subtables, in table order (empty when there is no `cmap`). */
  get cmaps(): CmapSubtable[] {
    const cmap = this.table('cmap', 4);
    if (cmap === undefined) return [];
    const count = this.u16(cmap + 2) ?? 0;
    const subtables: CmapSubtable[] = [];
    for (let index = 0; index < count; index++) {
      const record = cmap + 4 + index * 8;
      const platform = this.u16(record);
      const encoding = this.u16(record + 2);
      const offset = this.u32(record + 4);
      if (platform === undefined || encoding === undefined || offset === undefined) break;
      subtables.push({ platform, encoding, offset: cmap + offset });
    }
    return subtables;
  }

  /** The glyph a `cmap` subtable gives a code; 0 when it maps it to none, `undefined` for an unread format. */
  glyphOf(subtable: CmapSubtable, code: number): number | undefined {
    const { offset } = subtable;
    const format = this.u16(offset);
    if (format === 0) return code < 256 ? this.bytes[offset + 6 + code] : 0;
    if (format === 6) {
      const first = this.u16(offset + 6) ?? 0;
      const count = this.u16(offset + 8) ?? 0;
      return code >= first && code < first + count ? (this.u16(offset + 10 + (code - first) * 2) ?? 0) : 0;
    }
    if (format === 4) return this.format4(offset, code);
    if (format === 12) {
      const groups = this.u32(offset + 12) ?? 0;
      for (let index = 0; index < groups; index++) {
        const group = offset + 16 + index * 12;
        const start = this.u32(group);
        const end = this.u32(group + 4);
        const glyph = this.u32(group + 8);
        if (start === undefined || end === undefined || glyph === undefined) return undefined;
        if (code >= start && code <= end) return glyph + (code - start);
      }
      return 0;
    }
    return undefined;
  }

  /**
   * The first code a `cmap` subtable lists (format 0: 0; format 4: the first segment's start; 6: its
   * `firstCode`; 12: the first group's start), the "sample code" veraPDF's `TrueTypeCmapSubtable`
   * keeps; `undefined` for an unread format or a table cut short.
   */
  firstCode(subtable: CmapSubtable): number | undefined {
    const { offset } = subtable;
    const format = this.u16(offset);
    if (format === 0) return 0;
    if (format === 4) {
      const segments = (this.u16(offset + 6) ?? 0) / 2;
      return segments > 0 ? this.u16(offset + 14 + segments * 2 + 2) : undefined;
    }
    if (format === 6) return this.u16(offset + 6);
    if (format === 12) return (this.u32(offset + 12) ?? 0) > 0 ? this.u32(offset + 16) : undefined;
    return undefined;
  }

  private format4(offset: number, code: number): number | undefined {
    const segments = (this.u16(offset + 6) ?? 0) / 2;
    const ends = offset + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let index = 0; index < segments; index++) {
      const end = this.u16(ends + index * 2);
      if (end === undefined) return undefined;
      if (code > end) continue;
      const start = this.u16(starts + index * 2);
      const delta = this.u16(deltas + index * 2);
      const rangeOffset = this.u16(rangeOffsets + index * 2);
      if (start === undefined || delta === undefined || rangeOffset === undefined) return undefined;
      if (code < start) return 0;
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = this.u16(rangeOffsets + index * 2 + rangeOffset + (code - start) * 2);
      if (glyph === undefined) return undefined;
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  }
}
