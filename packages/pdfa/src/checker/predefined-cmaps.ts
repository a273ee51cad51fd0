import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SohoaError } from '@sohoa/base';
import type { PdfaErrorCode } from '../errors/pdfa-error-codes.js';
import type { CidRange, CMapTable, CodeSpace } from './cmap-codes.js';
import { PREDEFINED_CMAPS } from './rules/fonts.js';

/**
 * Adobe's predefined CMaps (ISO 32000-1 Table 118), read from the compact `.bcmap` files pdfjs-dist
 * (already a dependency of this package) ships in its `cmaps` folder: installed with the package, so
 * read offline, like veraPDF's own copy of the same CMaps (`PDCMap.loadCMap`, `/font/cmap/<name>`).
 * The format is pdf.js's (`src/core/binary_cmap.js`, Apache-2.0): a header byte (bit 0: vertical), then
 * records whose first byte holds the type (bits 5–7), "sequential" (bit 4) and the code length − 1
 * (bits 0–3), then a count and the items, numbers in 7-bit groups, codes as deltas from the last.
 */

/** Code bytes a record may hold (pdf.js's `MAX_NUM_SIZE`). */
const MAX_CODE_BYTES = 16;

class BinaryReader {
  position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.position >= this.bytes.length;
  }

  byte(): number {
    const value = this.bytes[this.position++];
    if (value === undefined) throw new RangeError('unexpected end of bcmap');
    return value;
  }

  /** An unsigned number in big-endian 7-bit groups (high bit: more follow). */
  number(): number {
    let value = 0;
    for (;;) {
      const byte = this.byte();
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
  }

  signed(): number {
    const value = this.number();
    return value % 2 === 1 ? -Math.floor(value / 2) - 1 : value / 2;
  }

  /** `size` raw bytes of a code. */
  code(size: number): number[] {
    return Array.from({ length: size }, () => this.byte());
  }

  /** A code-sized number in 7-bit groups, as bytes (big-endian, `size` of them). */
  codeNumber(size: number): number[] {
    let value = 0n;
    for (;;) {
      const byte = this.byte();
      value = value * 128n + BigInt(byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    const bytes = new Array<number>(size);
    for (let index = size - 1; index >= 0; index--) {
      bytes[index] = Number(value & 0xffn);
      value >>= 8n;
    }
    return bytes;
  }

  string(): string {
    const length = this.number();
    return String.fromCharCode(...Array.from({ length }, () => this.number()));
  }
}

/** `a + b` over big-endian byte arrays of one size (carry dropped past the first byte). */
function add(a: number[], b: number[]): number[] {
  const sum = new Array<number>(a.length);
  let carry = 0;
  for (let index = a.length - 1; index >= 0; index--) {
    const total = (a[index] as number) + (b[index] as number) + carry;
    sum[index] = total & 0xff;
    carry = total >> 8;
  }
  return sum;
}

function increment(a: number[]): number[] {
  return add(a, [...new Array<number>(a.length - 1).fill(0), 1]);
}

function value(bytes: number[]): number {
  return bytes.reduce((sum, byte) => sum * 256 + byte, 0);
}

/** Reads a `.bcmap` file's code space ranges, CID mappings and `usecmap` parent (Unicode mappings skipped). */
export function parseBinaryCMap(bytes: Uint8Array): CMapTable | undefined {
  const reader = new BinaryReader(bytes);
  const spaces: CodeSpace[] = [];
  const ranges: CidRange[] = [];
  let parent: string | undefined;
  try {
    reader.byte(); // header: vertical or not
    while (!reader.done) {
      const head = reader.byte();
      const type = head >> 5;
      if (type === 7) {
        // 0: a comment, 1: the usecmap parent (pdf.js reads no other)
        if ((head & 0x1f) === 0) reader.string();
        else if ((head & 0x1f) === 1) parent = reader.string();
        continue;
      }
      const sequence = (head & 0x10) !== 0;
      const size = (head & 0x0f) + 1;
      if (size > MAX_CODE_BYTES || type > 5) return undefined;
      const count = reader.number();
      if (type === 0 || type === 1 || type === 3) {
        // code space ranges, notdef ranges, CID ranges: start and end as deltas
        let start = reader.code(size);
        let end = add(start, reader.codeNumber(size));
        const emit = () => {
          if (type === 0) spaces.push({ low: start, high: end });
          else {
            const cid = reader.number();
            if (type === 3) ranges.push({ length: size, first: value(start), last: value(end), cid });
          }
        };
        emit();
        for (let index = 1; index < count; index++) {
          end = increment(end);
          start = type === 3 && sequence ? end : add(end, reader.codeNumber(size));
          end = add(start, reader.codeNumber(size));
          emit();
        }
      } else if (type === 2) {
        // CID chars: the first code raw, then code deltas (none when sequential) and CID deltas
        let code = reader.code(size);
        let cid = reader.number();
        ranges.push({ length: size, first: value(code), last: value(code), cid });
        for (let index = 1; index < count; index++) {
          code = increment(code);
          if (!sequence) code = add(code, reader.codeNumber(size));
          cid = reader.signed() + cid + 1;
          ranges.push({ length: size, first: value(code), last: value(code), cid });
        }
      } else {
        // Unicode chars (4) and ranges (5): not needed for CIDs, read past
        let first = true;
        for (let index = 0; index < count; index++) {
          if (type === 4) {
            if (first) reader.code(2);
            else if (!sequence) reader.codeNumber(2);
            if (first) reader.code(size);
            else reader.codeNumber(size);
          } else {
            if (first) reader.code(2);
            else if (!sequence) reader.codeNumber(2);
            reader.codeNumber(2);
            reader.code(size);
          }
          first = false;
        }
      }
    }
  } catch {
    return undefined;
  }
  return { spaces, ranges, parent };
}

let folder: string | null | undefined;

/** pdfjs-dist's `cmaps` folder, `null` when the package cannot be found. */
function cmapFolder(): string | null {
  if (folder === undefined) {
    try {
      folder = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
    } catch {
      folder = null;
    }
  }
  return folder;
}

/** The `PDF_CHECKER_DATA_MISSING` error for a predefined CMap whose `.bcmap` cannot be read. */
function missingCMapError(name: string, file: string | undefined): SohoaError<PdfaErrorCode> {
  const where = file ?? 'pdfjs-dist/cmaps';
  return new SohoaError<PdfaErrorCode>({
    code: 'PDF_CHECKER_DATA_MISSING',
    message: {
      vi: `[@sohoa/pdfa] checkPdfA: không đọc được CMap định sẵn ${name} (${where}), nên không kiểm tra được các glyph của phông dùng nó; tệp chưa được kiểm tra.`,
      en: `[@sohoa/pdfa] checkPdfA: the predefined CMap ${name} (${where}) cannot be read, so the glyphs of a font using it cannot be checked; the file was not checked.`,
    },
    fix: {
      vi: 'Cài lại các gói phụ thuộc (npm ci): pdfjs-dist phải có thư mục cmaps với tệp .bcmap của CMap này.',
      en: 'Reinstall the dependencies (npm ci): pdfjs-dist must have its cmaps folder with the .bcmap file of this CMap.',
    },
    details: { cmap: name, file: where },
  });
}

const tables = new Map<string, CMapTable>();

/**
 * A predefined CMap of ISO 32000-1 Table 118 other than `Identity-H`/`-V`, read once from its
 * `.bcmap` in `directory` (pdfjs-dist's `cmaps` folder by default); `undefined` for any other name.
 *
 * @throws `SohoaError` `PDF_CHECKER_DATA_MISSING` when the file is missing or cannot be parsed: every
 * name of Table 118 has its file in pdfjs-dist, so this is a broken installation, and judging the
 * font's glyphs without it would pass a file veraPDF may refuse.
 * @example
 * readPredefinedCMap('90ms-RKSJ-H')?.spaces.length; // 4: one-byte and two-byte Shift-JIS ranges
 */
export function readPredefinedCMap(
  name: string,
  directory: string | null = cmapFolder(),
): CMapTable | undefined {
  if (!PREDEFINED_CMAPS.has(name) || name.startsWith('Identity-')) return undefined;
  const file = directory === null ? undefined : join(directory, `${name}.bcmap`);
  const known = file && tables.get(file);
  if (known) return known;
  let table: CMapTable | undefined;
  try {
    table = file ? parseBinaryCMap(readFileSync(file)) : undefined;
  } catch {
    table = undefined;
  }
  if (!table || !file) throw missingCMapError(name, file);
  tables.set(file, table);
  return table;
}
