import type { PackageType } from './package-types.js';

/** A piece of software named in METS and PREMIS. */
export interface SoftwareInput {
  /** e.g. `tesseract.js`. */
  name: string;
  /** e.g. `7.0.0`. */
  version: string;
}

/**
 * What the digitization pipeline did, written as PREMIS events and agents of an AIP
 * (`metadata/preservation/PREMIS.xml`). Given for the package, every event is linked to every data
 * file; given for one document ({@link PackageDocumentInput.provenance}), to that data file. A
 * fixity event (`message digest calculation`) and an `information package creation` event are
 * always added by {@link buildPackage}.
 */
export interface ProvenanceInput {
  /**
   * Scanning the paper originals. Recorded with PREMIS `eventType` `transfer`, the value the
   * circular gives for digitization (standards reference §3.2). @default none
   */
  digitization?: {
    at: Date;
    /** The scanner, e.g. `Fujitsu fi-7600`. @default none */
    device?: string;
    /** Resolution of the scans in dpi. @default none */
    dpi?: number;
    /** The person or contractor who scanned. @default none */
    operator?: string;
  };
  /** Text recognition for the invisible text layer (PREMIS `eventType` `creation`). @default none */
  ocr?: {
    at: Date;
    engine: SoftwareInput;
    /** The recognition model, e.g. `vie.traineddata`, with the SHA-256 of its file. */
    model: { name: string; version?: string; sha256: string };
    /**
     * What became of a scanned PDF's existing text layer (combined with the OCR, replaced or kept,
     * and where the words come from), appended to the event's detail: `@sohoa/ocr`'s
     * `textLayerRecord(…).detail`. @default none
     */
    textLayer?: string | undefined;
  };
  /** Writing the two-layer PDF/A (PREMIS `eventType` `normalization`). @default none */
  pdfConversion?: {
    at: Date;
    software: SoftwareInput;
    /** @default 'PDF/A-2b' */
    conformance?: string;
  };
  /** The agency's digital signature (PREMIS `eventType` `digital signature generation`). @default none */
  signing?: { at: Date; signer: string; software?: SoftwareInput };
}

/** One document of the package: its data file and its `EAD_doc` record. */
export interface PackageDocumentInput {
  /** The data file: a path (streamed, never held in memory) or its bytes. */
  file: string | Uint8Array;
  /**
   * The name in `representations/rep1/data/`. @default the path's base name; required when `file`
   * is bytes. Name documents as the circular does, `<fileCode>.<ordinal>.pdf` (see
   * `documentFileName` in `@sohoa/metadata`).
   */
  fileName?: string;
  /** The `EAD_doc` record (`aipDocument` for an AIP, `document` for a SIP), validated before writing. */
  metadata: Record<string, unknown>;
  /** @default from the extension: `application/pdf`, `image/jpeg`, `image/tiff`, `image/png`, … */
  mimeType?: string;
  /**
   * What was done to this document alone (AIP): each step given here (scanned at its own time,
   * OCR with another engine or model, its own PDF/A conversion or signature) is written as an
   * event of this data file and replaces, for this document, the package's `provenance` step of
   * the same kind. @default the package's `provenance`
   */
  provenance?: ProvenanceInput;
}

/**
 * A file of the package's `documentation/` folder (standards reference §3.7, optional): e.g. the
 * handover record or the list of records submitted. Described by the root METS in a file group
 * `USE="Documentation"` and a structMap division `LABEL="Documentation"` (E-ARK CSIP93–96, CSIP116).
 *
 * @example
 * ```ts
 * const documentation: DocumentationInput[] = [
 *   { file: 'out/bien-ban-giao-nhan.pdf' },
 *   { file: new TextEncoder().encode('Mục lục hồ sơ…'), fileName: 'muc-luc.txt' },
 * ];
 * ```
 */
export interface DocumentationInput {
  /** The file: a path (streamed) or its bytes. */
  file: string | Uint8Array;
  /** The name in `documentation/`. @default the path's base name; required when `file` is bytes. */
  fileName?: string;
  /** @default from the extension */
  mimeType?: string;
}

/** Everything a package is made from. */
export interface PackageInput {
  type: PackageType;
  /** The package record of `metadata/descriptive/EAD.xml` (dossier or loose-documents record). */
  metadata: Record<string, unknown>;
  /** The documents, in order. */
  documents: readonly PackageDocumentInput[];
  /**
   * The package UUID, from which the OBJID and every identifier derive. Give it (and `createdAt`)
   * to get byte-identical packages from the same input. @default a random UUID
   */
  uuid?: string;
  /** Fond code written into an AIP OBJID (`urn:<fondCode>:uuid-<UUID>`). @default none (`urn:uuid:…`) */
  fondCode?: string;
  /** Creation time of the package, written in Vietnam time. @default now */
  createdAt?: Date;
  /** The archive or agency that makes the package (METS agent and PREMIS agent). @default none */
  organization?: string;
  /** The pipeline's events, for the PREMIS of an AIP. @default none */
  provenance?: ProvenanceInput;
  /** Files for the package's `documentation/` folder. @default none */
  documentation?: readonly DocumentationInput[];
  /** `mets:metsHdr/@RECORDSTATUS`. @default 'NEW' */
  recordStatus?: 'NEW' | 'SUPPLEMENT' | 'REPLACEMENT' | 'TEST' | 'OTHER';
}
