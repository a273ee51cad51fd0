import { NextByteAssertionError } from 'pdf-lib';
import type { PdfSource } from './pdf-source.js';

const WINDOW = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * pdf-lib's `ByteStream` (the cursor its parsers move over a PDF) over a {@link PdfSource}: the
 * same methods and line counting, reading the source through a 64 KiB window instead of holding
 * every byte. Stream data that the parser skips by its Length is never read.
 */
export class SourceByteStream {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  private idx = 0;
  private line = 0;
  private column = 0;

  constructor(private readonly source: PdfSource) {}

  /** The byte at `offset`, or `undefined` outside the source (as a typed array reads). */
  private at(offset: number): number | undefined {
    if (offset < 0 || offset >= this.source.size) return undefined;
    const inWindow = offset - this.windowStart;
    if (inWindow >= 0 && inWindow < this.window.length) return this.window[inWindow];
    this.windowStart = offset;
    this.window = this.source.read(offset, WINDOW);
    return this.window[0];
  }

  moveTo(offset: number): void {
    this.idx = offset;
  }

  next(): number {
    const byte = this.at(this.idx++) as number;
    if (byte === NEWLINE) {
      this.line += 1;
      this.column = 0;
    } else {
      this.column += 1;
    }
    return byte;
  }

  assertNext(expected: number): number {
    if (this.peek() !== expected) {
      throw new NextByteAssertionError(this.position(), expected, this.peek());
    }
    return this.next();
  }

  peek(): number {
    return this.at(this.idx) as number;
  }

  peekAhead(steps: number): number {
    return this.at(this.idx + steps) as number;
  }

  peekAt(offset: number): number {
    return this.at(offset) as number;
  }

  done(): boolean {
    return this.idx >= this.source.size;
  }

  offset(): number {
    return this.idx;
  }

  /** A copy of the bytes from `start` to `end` (as `Uint8Array.slice`). */
  slice(start: number, end: number): Uint8Array {
    return this.source.read(start, Math.max(0, end - start)).slice();
  }

  position(): { line: number; column: number; offset: number } {
    return { line: this.line, column: this.column, offset: this.idx };
  }
}
