import { PDFHeader, type PDFObject, type PDFRef } from 'pdf-lib';

const encoder = new TextEncoder();

/**
 * Writes a PDF file front to back in pieces, so objects can leave memory as soon as they are
 * written: it counts bytes, remembers each object's offset and ends with a classic
 * cross-reference table and trailer (one subsection, 20-byte entries, as PDF/A 6.1.4 wants).
 */
export class PdfSerializer {
  private readonly offsets = new Map<number, number>();
  private position = 0;

  /** `%PDF-1.7` and a comment of four bytes above 127, marking the file binary (PDF/A 6.1.2). */
  header(): Uint8Array {
    const header = PDFHeader.forVersion(1, 7);
    const bytes = new Uint8Array(header.sizeInBytes() + 1);
    const end = header.copyBytesInto(bytes, 0);
    bytes[end] = 0x0a;
    return this.advance(bytes);
  }

  /** One indirect object, `N 0 obj … endobj`. */
  object(ref: PDFRef, object: PDFObject): Uint8Array {
    const head = encoder.encode(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const tail = encoder.encode('\nendobj\n');
    const bytes = new Uint8Array(head.length + object.sizeInBytes() + tail.length);
    bytes.set(head, 0);
    const end = head.length + object.copyBytesInto(bytes, head.length);
    bytes.set(tail, end);
    this.offsets.set(ref.objectNumber, this.position);
    return this.advance(bytes);
  }

  /** The cross-reference table for objects 0 … size − 1 and the trailer with the given entries. */
  trailer(size: number, trailer: PDFObject): Uint8Array {
    const start = this.position;
    const lines = ['xref', `0 ${size}`, '0000000000 65535 f\r'];
    for (let number = 1; number < size; number++) {
      const offset = this.offsets.get(number);
      lines.push(
        offset === undefined ? '0000000000 65535 f\r' : `${String(offset).padStart(10, '0')} 00000 n\r`,
      );
    }
    return this.finish(start, lines, trailer);
  }

  /** Counts `length` bytes written by someone else (the original file of an incremental update). */
  skip(length: number): void {
    this.position += length;
  }

  /**
   * The cross-reference section of an incremental update (one subsection per run of consecutive
   * object numbers written) and its trailer, which must carry `/Prev`.
   */
  updateTrailer(trailer: PDFObject): Uint8Array {
    const start = this.position;
    const numbers = [...this.offsets.keys()].sort((left, right) => left - right);
    const lines = ['xref'];
    for (let index = 0; index < numbers.length; ) {
      let end = index;
      while (end + 1 < numbers.length && numbers[end + 1] === (numbers[end] as number) + 1) end++;
      lines.push(`${numbers[index]} ${end - index + 1}`);
      for (let item = index; item <= end; item++) {
        lines.push(`${String(this.offsets.get(numbers[item] as number)).padStart(10, '0')} 00000 n\r`);
      }
      index = end + 1;
    }
    return this.finish(start, lines, trailer);
  }

  private finish(start: number, lines: string[], trailer: PDFObject): Uint8Array {
    const dictionary = new Uint8Array(trailer.sizeInBytes());
    trailer.copyBytesInto(dictionary, 0);
    const head = encoder.encode(`${lines.join('\n')}\ntrailer\n`);
    const tail = encoder.encode(`\nstartxref\n${start}\n%%EOF\n`);
    const bytes = new Uint8Array(head.length + dictionary.length + tail.length);
    bytes.set(head, 0);
    bytes.set(dictionary, head.length);
    bytes.set(tail, head.length + dictionary.length);
    return this.advance(bytes);
  }

  private advance(bytes: Uint8Array): Uint8Array {
    this.position += bytes.length;
    return bytes;
  }
}
