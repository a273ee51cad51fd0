import type { ArchivalMetadata } from './archival-metadata.js';
import type { TextLayerInput } from './text-layer-input.js';

/** One page of a two-layer PDF: the scanned image and, optionally, its OCR text. */
export interface PdfAPage {
  /**
   * The page image, encoded. JPEG bytes are embedded as they are (no re-encoding, no quality
   * loss); a 1-bit greyscale PNG is re-encoded losslessly with CCITT Group 4 (about half the
   * PNG's size on scans); any other PNG is stored losslessly (deflated).
   */
  image: { bytes: Uint8Array; format: 'jpeg' | 'png'; width: number; height: number; dpi: number };
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
}

/** Pages as an array, any iterable, or an async iterable that produces them one at a time. */
export type PdfAPageSource = Iterable<PdfAPage> | AsyncIterable<PdfAPage>;
