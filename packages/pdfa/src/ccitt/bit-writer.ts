import type { CodeWord } from './ccitt-codes.js';

/** Appends code words bit by bit (most significant first) to a growing byte buffer. */
export class BitWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private current = 0;
  private used = 0;

  write(code: CodeWord): void {
    for (let bit = code.length - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | ((code.bits >>> bit) & 1);
      if (++this.used === 8) this.flushByte();
    }
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    if (this.used > 0) {
      this.current <<= 8 - this.used;
      this.flushByte();
    }
    return this.buffer.slice(0, this.length);
  }

  private flushByte(): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = this.current & 0xff;
    this.current = 0;
    this.used = 0;
  }
}
