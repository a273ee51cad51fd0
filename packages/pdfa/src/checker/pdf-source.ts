import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A PDF stored in a byte range of a larger file, read in place: e.g. a PDF stored uncompressed in a
 * ZIP (its local header's data offset and its size).
 *
 * @example
 * ```ts
 * import { checkPdfA, type PdfFileSlice } from '@sohoa/pdfa';
 *
 * const stored: PdfFileSlice = { path: 'package.zip', offset: 1_234, length: 480_000_000 };
 * const report = await checkPdfA(stored);
 * ```
 */
export interface PdfFileSlice {
  /** The file holding the PDF. */
  path: string;
  /** Where the PDF's first byte (`%PDF-`) lies in the file. */
  offset: number;
  /** The PDF's size in bytes. */
  length: number;
}

/**
 * The bytes of a PDF being checked, read on demand: from memory, or from a file through a file
 * descriptor, so that a file of any size is never held whole.
 */
export interface PdfSource {
  readonly size: number;
  /** The bytes from `offset`, at most `length` of them (fewer at the end of the PDF). */
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

/** A {@link PdfSource} over bytes in memory (reads are views, nothing is copied). */
export function bytesSource(bytes: Uint8Array): PdfSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    close: () => {},
  };
}

/**
 * A {@link PdfSource} over a file or a {@link PdfFileSlice} of one, read synchronously through a
 * file descriptor: rules read stream data (content streams, XMP, ICC profiles, fonts) while they
 * run, and only the bytes asked for are in memory.
 *
 * @throws the `fs` error when the file cannot be opened (`ENOENT`, `EACCES`…).
 */
export function openFileSource(file: string | PdfFileSlice): PdfSource {
  const path = typeof file === 'string' ? file : file.path;
  const descriptor = openSync(path, 'r');
  try {
    const fileSize = fstatSync(descriptor).size;
    const start = typeof file === 'string' ? 0 : Math.min(file.offset, fileSize);
    const size = typeof file === 'string' ? fileSize : Math.min(file.length, fileSize - start);
    return {
      size,
      read(offset, length) {
        const count = Math.max(0, Math.min(length, size - offset));
        const buffer = Buffer.allocUnsafe(count);
        let done = 0;
        while (done < count) {
          const read = readSync(descriptor, buffer, done, count - done, start + offset + done);
          if (read === 0) break;
          done += read;
        }
        return buffer.subarray(0, done);
      },
      close: () => closeSync(descriptor),
    };
  } catch (cause) {
    closeSync(descriptor);
    throw cause;
  }
}
