import type { PdfSource } from './pdf-source.js';

/** Bytes kept for short reads (`charCodeAt`, keyword slices). */
const CACHE_SIZE = 16 * 1024;
/** First window of a search; each next one doubles, up to {@link LARGEST_WINDOW}. */
const FIRST_WINDOW = 4 * 1024;
const LARGEST_WINDOW = 1024 * 1024;
/** Characters read before a search's start, so that lookbehinds and `\b` see the real text. */
const CONTEXT_BEFORE = 16;
/** Longest match a regular expression search finds across a window boundary. */
const LONGEST_MATCH = 4 * 1024;
/** Characters a match must leave before a window's end, so that lookaheads and `\b` see the text. */
const CONTEXT_AFTER = 16;

/**
 * A PDF's bytes as Latin-1 text, searched window by window (a few KiB growing to 1 MiB) instead of
 * being decoded whole: what the raw-structure scan needs of `String.prototype` (`slice`,
 * `charCodeAt`, `indexOf`, `lastIndexOf`, regular expressions) on a file of any size.
 */
export class SourceText {
  /** The last bytes read for short reads, which cluster around an object's keywords. */
  private cache: { start: number; bytes: Uint8Array } = { start: 0, bytes: new Uint8Array(0) };

  constructor(private readonly source: PdfSource) {}

  get length(): number {
    return this.source.size;
  }

  /** The text from `start` to `end` (clipped to the file). */
  slice(start: number, end: number): string {
    const bytes = this.bytes(Math.max(0, start), Math.min(end, this.length));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  }

  /** The code of the character at `index`, or `NaN` outside the file. */
  charCodeAt(index: number): number {
    return index < 0 || index >= this.length ? Number.NaN : (this.bytes(index, index + 1)[0] ?? Number.NaN);
  }

  private bytes(start: number, end: number): Uint8Array {
    const length = Math.max(0, end - start);
    if (length > CACHE_SIZE / 2) return this.source.read(start, length);
    const { start: cached, bytes } = this.cache;
    if (start < cached || start + length > cached + bytes.length) {
      const from = Math.max(0, start - CACHE_SIZE / 4);
      this.cache = { start: from, bytes: this.source.read(from, CACHE_SIZE) };
    }
    return this.cache.bytes.subarray(start - this.cache.start, start - this.cache.start + length);
  }

  /** The first `needle` lying wholly in `[from, end)`, or -1. */
  indexOf(needle: string, from: number, end = this.length): number {
    let size = FIRST_WINDOW;
    for (let start = Math.max(0, from); start < end; start += size, size = grow(size)) {
      const found = this.slice(start, Math.min(end, start + size + needle.length - 1)).indexOf(needle);
      if (found >= 0) return start + found;
    }
    return -1;
  }

  /** The last `needle` in the file, or -1. */
  lastIndexOf(needle: string): number {
    let size = FIRST_WINDOW;
    for (let end = this.length; end > 0; end -= size, size = grow(size)) {
      const start = Math.max(0, end - size);
      const found = this.slice(start, Math.min(this.length, end + needle.length - 1)).lastIndexOf(needle);
      if (found >= 0) return start + found;
    }
    return -1;
  }

  /**
   * The first match of `pattern` (which must have the `g` flag) starting at or after `from` and
   * before `startsBefore`, lying wholly before `end`; its `index` counts from the file's start.
   */
  find(pattern: RegExp, from: number, end = this.length, startsBefore = end): RegExpExecArray | null {
    let start = Math.max(0, from);
    let size = FIRST_WINDOW;
    while (start < Math.min(end, startsBefore)) {
      const windowStart = Math.max(0, start - CONTEXT_BEFORE);
      const windowEnd = Math.min(end, start + size + LONGEST_MATCH);
      const text = this.slice(windowStart, windowEnd);
      pattern.lastIndex = start - windowStart;
      const match = pattern.exec(text);
      const atEnd = windowEnd === end;
      if (match) {
        const matchStart = windowStart + match.index;
        const complete = atEnd || match.index + match[0].length + CONTEXT_AFTER <= text.length;
        if (complete || matchStart === start) {
          match.index = matchStart;
          return matchStart < startsBefore ? match : null;
        }
        start = matchStart;
      } else if (atEnd) {
        return null;
      } else {
        start += size;
      }
      size = grow(size);
    }
    return null;
  }
}

function grow(size: number): number {
  return Math.min(size * 2, LARGEST_WINDOW);
}
