import type { ArchivalMetadata } from './archival-metadata.js';
import type { TextLayerInput } from './text-layer-input.js';

/**
 * A page image encoded as a JPEG or PNG file (`@sohoa/core`'s `encodeForPdf` makes one).
 *
 * @example
 * ```ts
 * import type { EncodedPageImage } from '@sohoa/pdfa';
 *
 * const image: EncodedPageImage = { bytes: jpegBytes, format: 'jpeg', width: 2461, height: 3508, dpi: 300 };
 * ```
 */
export interface EncodedPageImage {
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Resolution in dots per inch: the page is `width × 72 / dpi` points wide. */
  dpi: number;
}

/**
 * A 1-bit page image already CCITT fax-encoded, as an existing PDF stores it (`/CCITTFaxDecode`):
 * `openScannedPdf` offers it as a page's `original`, and the writer copies the bytes unchanged.
 *
 * @example
 * ```ts
 * import { openScannedPdf, writePdfA } from '@sohoa/pdfa';
 *
 * const scanned = await openScannedPdf('old-scan.pdf');
 * for await (const page of scanned.pages()) {
 *   if (page.original?.format === 'ccitt') console.log(page.original.k); // -1: Group 4
 * }
 * ```
 */
export interface CcittPageImage {
  /** The encoded data, exactly as in the source stream. */
  bytes: Uint8Array;
  format: 'ccitt';
  /** Width in pixels (the `Columns` the data was encoded with). */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Resolution in dots per inch. */
  dpi: number;
  /** `K`: negative for Group 4, 0 for Group 3 one-dimensional, positive for Group 3 mixed. */
  k: number;
  /** `BlackIs1`: 1 bits are black. @default false */
  blackIs1?: boolean | undefined;
  /** `EncodedByteAlign`: rows (G4) or lines (G3) start on a byte boundary. @default false */
  encodedByteAlign?: boolean | undefined;
}

/** One page of a two-layer PDF: the scanned image and, optionally, its OCR text. */
export interface PdfAPage {
  /**
   * The page image, encoded. JPEG bytes are embedded as they are (no re-encoding, no quality
   * loss); a 1-bit greyscale PNG is re-encoded losslessly with CCITT Group 4 (about half the
   * PNG's size on scans); any other PNG is stored losslessly (deflated); CCITT data (an existing
   * PDF's stream, see `openScannedPdf`) is copied as it is.
   */
  image: EncodedPageImage | CcittPageImage;
  /** The OCR result for the invisible text layer (e.g. an `@sohoa/ocr` `OcrPage`). */
  text?: TextLayerInput | undefined;
}

/** Why a file is attached to a PDF/A-3 document (ISO 19005-3 `AFRelationship`). */
export type AssociatedFileRelationship = 'Source' | 'Data' | 'Alternative' | 'Supplement' | 'Unspecified';

/** A file embedded in a PDF/A-3b document and associated with it (catalog `/AF`). */
export interface PdfAAttachment {
  /** File name shown by viewers, e.g. `'000.00.00.H00.2025.01.ead.xml'`. */
  name: string;
  /** The file's bytes (stored deflated). */
  bytes: Uint8Array;
  /** MIME type, e.g. `'application/xml'`. */
  mimeType: string;
  /** How the file relates to the document. @default 'Data' */
  relationship?: AssociatedFileRelationship | undefined;
  /** A description (`/Desc`). @default none */
  description?: string | undefined;
}

/** Document metadata of {@link writePdfA}; written to both the Info dictionary and XMP. */
export interface PdfAOptions {
  /** Title (`dc:title`, Info `Title`), e.g. the dossier's title. */
  title: string;
  /** Author (`dc:creator`, Info `Author`), e.g. the issuing body. @default none */
  author?: string | undefined;
  /** Subject (`dc:description`, Info `Subject`). @default none */
  subject?: string | undefined;
  /** Keywords (`pdf:Keywords`, Info `Keywords`). @default none */
  keywords?: string | undefined;
  /** Language of the text, BCP 47 (catalog `/Lang`, `dc:language`). @default 'vi' */
  language?: string | undefined;
  /** The application that made the document (`xmp:CreatorTool`, Info `Creator`). @default 'sohoa' */
  creatorTool?: string | undefined;
  /** Creation time, written in Vietnam time (+07:00). @default now */
  createdAt?: Date | undefined;
  /**
   * The dossier's and document's archival fields (TT 05/2025), written to XMP in sohoa's
   * namespaces with their `pdfaExtension` schema descriptions. @default none
   */
  archival?: ArchivalMetadata | undefined;
  /**
   * PDF/A part: 2 writes PDF/A-2b; 3 writes PDF/A-3b, which may carry `attachments` of any type.
   * @default 2
   */
  part?: 2 | 3 | undefined;
  /** Associated files (e.g. the EAD XML and ALTO OCR); only with `part: 3`. @default none */
  attachments?: readonly PdfAAttachment[] | undefined;
  /**
   * Store each JPEG deflated inside the PDF (`/Filter [/FlateDecode /DCTDecode]`, as OCRmyPDF
   * does) where that saves at least 1 %. Lossless: the JPEG is not re-encoded, and inflating the
   * stream gives its bytes back exactly. Scanner JPEGs written with the standard Huffman tables
   * shrink by 5–9 %. Off by default because the stream is then no longer the JPEG file byte for
   * byte (tools that copy `/DCTDecode` streams out see a Flate stream).
   *
   * @default false
   */
  deflateJpeg?: boolean | undefined;
}

/** Pages as an array, any iterable, or an async iterable that produces them one at a time. */
export type PdfAPageSource = Iterable<PdfAPage> | AsyncIterable<PdfAPage>;
