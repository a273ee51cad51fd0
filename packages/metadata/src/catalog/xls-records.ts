/** BIFF8 record types the catalog reader reads (MS-XLS §2.3). */
export const BIFF = {
  BOF: 0x0809,
  EOF: 0x000a,
  CONTINUE: 0x003c,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGEDCELLS: 0x00e5,
  BLANK: 0x0201,
  MULBLANK: 0x00be,
} as const;

/** One record of a BIFF stream: its type and where its data lies in the stream. */
export interface BiffRecord {
  type: number;
  start: number;
  end: number;
}

/**
 * Walks the records of a BIFF stream from `offset`. Each record is a type, a length and that many
 * bytes; a record running past the end of the stream ends the walk (`undefined`).
 */
export class BiffReader {
  readonly view: DataView;
  offset: number;

  constructor(
    readonly bytes: Uint8Array,
    offset = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }

  /** The next record, or `undefined` at the end of the stream (or of a truncated record). */
  next(): BiffRecord | undefined {
    if (this.offset + 4 > this.bytes.length) return undefined;
    const type = this.view.getUint16(this.offset, true);
    const start = this.offset + 4;
    const end = start + this.view.getUint16(this.offset + 2, true);
    if (end > this.bytes.length) return undefined;
    this.offset = end;
    return { type, start, end };
  }

  /**
   * The data of `record` and of the `CONTINUE` records right after it, for the strings that cross
   * record boundaries (the shared strings, a formula's long string result).
   */
  continued(record: BiffRecord): ContinuedData {
    const segments: Array<[number, number]> = [[record.start, record.end]];
    for (;;) {
      const at = this.offset;
      const next = this.next();
      if (next?.type !== BIFF.CONTINUE) {
        this.offset = at;
        break;
      }
      segments.push([next.start, next.end]);
    }
    return new ContinuedData(this.bytes, segments);
  }
}

const utf16 = new TextDecoder('utf-16le');

/** Latin-1 (one byte per character, BIFF8's "compressed" strings) to text. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 4096) {
    text += String.fromCharCode(...bytes.subarray(start, start + 4096));
  }
  return text;
}

/**
 * The data of a record and its `CONTINUE` records read as one: numbers and formatting runs run on
 * across a boundary, but the characters of a string that cross one restart, in the `CONTINUE`
 * record, with a byte giving their width anew (one byte, or two: UTF-16LE): BIFF8's classic trap.
 */
export class ContinuedData {
  private segment = 0;
  private position: number;
  private end: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly segments: ReadonlyArray<[number, number]>,
  ) {
    [this.position, this.end] = segments[0] ?? [0, 0];
  }

  /** Whether every byte has been read. */
  get done(): boolean {
    return this.position >= this.end && this.segment >= this.segments.length - 1;
  }

  private nextSegment(): boolean {
    const next = this.segments[this.segment + 1];
    if (!next) return false;
    this.segment++;
    [this.position, this.end] = next;
    return true;
  }

  /** One byte, or `undefined` past the end. */
  byte(): number | undefined {
    while (this.position >= this.end) if (!this.nextSegment()) return undefined;
    return this.bytes[this.position++];
  }

  /** A little-endian unsigned integer of `size` bytes, or `undefined` past the end. */
  uint(size: 1 | 2 | 4): number | undefined {
    let value = 0;
    for (let index = 0; index < size; index++) {
      const byte = this.byte();
      if (byte === undefined) return undefined;
      value += byte * 256 ** index;
    }
    return value;
  }

  /** Skips `count` bytes (formatting runs, phonetic data), across boundaries. */
  skip(count: number): void {
    let left = count;
    while (left > 0) {
      if (this.position >= this.end && !this.nextSegment()) return;
      const step = Math.min(left, this.end - this.position);
      this.position += step;
      left -= step;
    }
  }

  /**
   * A string of the kind `XLUnicodeString` (`rich: false`: count, flags, characters) or
   * `XLUnicodeRichExtendedString` (`rich: true`, the shared strings: runs and phonetic data
   * skipped), or `undefined` when the data ends inside it.
   */
  string(rich: boolean): string | undefined {
    const count = this.uint(2);
    const flags = this.uint(1);
    if (count === undefined || flags === undefined) return undefined;
    const runs = rich && flags & 0x08 ? this.uint(2) : 0;
    const phonetic = rich && flags & 0x04 ? this.uint(4) : 0;
    if (runs === undefined || phonetic === undefined) return undefined;
    const text = this.characters(count, flags);
    this.skip(runs * 4 + phonetic);
    return text;
  }

  /** A `ShortXLUnicodeString` (a sheet's name: a one-byte count, flags, characters). */
  shortString(): string | undefined {
    const count = this.uint(1);
    const flags = this.uint(1);
    return count === undefined || flags === undefined ? undefined : this.characters(count, flags);
  }

  private characters(count: number, flags: number): string | undefined {
    let wide = (flags & 0x01) === 1;
    let text = '';
    for (let left = count; left > 0; ) {
      if (this.position >= this.end) {
        if (!this.nextSegment()) return undefined;
        wide = ((this.bytes[this.position++] ?? 0) & 0x01) === 1;
        continue;
      }
      const width = wide ? 2 : 1;
      const characters = Math.min(left, Math.floor((this.end - this.position) / width));
      if (characters === 0) return undefined; // half a UTF-16 character before a boundary
      const chunk = this.bytes.subarray(this.position, this.position + characters * width);
      text += wide ? utf16.decode(chunk) : latin1(chunk);
      this.position += characters * width;
      left -= characters;
    }
    return text;
  }
}
