/**
 * zlib data that inflates to `size` zero bytes (rounded up to a literal plus whole 258-byte copies),
 * written as one fixed-Huffman deflate block: a literal 0, then "copy 258 bytes from distance 1"
 * 13 bits at a time, about 1/160 of the output. A single block is the worst case for decoders that
 * only check their size between blocks.
 */
export function deflateBomb(size: number): Uint8Array {
  const copies = Math.max(0, Math.ceil((size - 1) / 258));
  const out = new Uint8Array(2 + Math.ceil((3 + 8 + copies * 13 + 7) / 8) + 4);
  out[0] = 0x78;
  out[1] = 0x01;
  let bitPosition = 16;
  const bits = (value: number, count: number) => {
    for (let bit = 0; bit < count; bit++) {
      if ((value >> bit) & 1) {
        const index = bitPosition >> 3;
        out[index] = (out[index] ?? 0) | (1 << (bitPosition & 7));
      }
      bitPosition++;
    }
  };
  /** A Huffman code is sent most significant bit first. */
  const code = (value: number, count: number) => {
    let reversed = 0;
    for (let bit = 0; bit < count; bit++) reversed |= ((value >> bit) & 1) << (count - 1 - bit);
    bits(reversed, count);
  };
  bits(1, 1); // BFINAL
  bits(1, 2); // BTYPE 01: fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let copy = 0; copy < copies; copy++) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1 (code 0)
  }
  code(0, 7); // end of block
  const length = 1 + copies * 258;
  const adler = ((length % 65_521) << 16) | 1; // Adler-32 of zeros: a = 1, b = length
  new DataView(out.buffer).setUint32(out.length - 4, adler >>> 0);
  return out;
}
