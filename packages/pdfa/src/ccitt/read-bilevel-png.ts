import { inflateSync } from 'node:zlib';
import type { BilevelImage } from './encode-ccitt-g4.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * The pixels of a 1-bit greyscale PNG (colour type 0, bit depth 1, not interlaced, no
 * transparency), packed as PNG stores them (0 = black), or `undefined` for any other PNG: those
 * are embedded as they are. This is what scanners and `sharp` write for bilevel scans.
 */
export function readBilevelPng(bytes: Uint8Array): BilevelImage | undefined {
  if (bytes.length < 33 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      // bit depth 1, colour type 0 (greyscale), compression 0, filter 0, no interlace
      if (data[8] !== 1 || data[9] !== 0 || data[12] !== 0) return undefined;
    } else if (type === 'tRNS') {
      return undefined;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0 || idat.length === 0) return undefined;
  const filtered = inflateSync(Buffer.concat(idat));
  const rowBytes = Math.ceil(width / 8);
  if (filtered.length < (rowBytes + 1) * height) return undefined;
  const data = new Uint8Array(rowBytes * height);
  for (let row = 0; row < height; row++) {
    const filter = filtered[row * (rowBytes + 1)];
    const source = row * (rowBytes + 1) + 1;
    const target = row * rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const raw = filtered[source + x] as number;
      const left = x > 0 ? (data[target + x - 1] as number) : 0;
      const up = row > 0 ? (data[target - rowBytes + x] as number) : 0;
      const upLeft = row > 0 && x > 0 ? (data[target - rowBytes + x - 1] as number) : 0;
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? (left + up) >> 1
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      data[target + x] = (raw + predicted) & 0xff;
    }
  }
  return { data, width, height };
}
