/**
 * Every stable error code the sohoa SDK throws, with what it means. Codes never change meaning once
 * released: tools and scripts may switch on them. Add new codes at the end of their group.
 *
 * @example
 * ```ts
 * import { SohoaError, ERROR_CODES } from '@sohoa/core';
 *
 * try {
 *   await loadPageImage('scan.jpg');
 * } catch (error) {
 *   if (SohoaError.isInstance(error) && error.code === 'IMAGE_CORRUPT') {
 *     console.log(ERROR_CODES.IMAGE_CORRUPT); // what the code means
 *   }
 * }
 * ```
 */
export const ERROR_CODES = {
  // Input files and folders
  INPUT_NOT_FOUND: 'A file or folder given as input does not exist.',
  INPUT_UNREADABLE:
    'A file or folder exists but cannot be read (permissions, or a folder where a file was expected).',
  // Images
  IMAGE_CORRUPT: 'An image file is damaged or truncated and cannot be decoded.',
  IMAGE_UNSUPPORTED_FORMAT:
    'An image is in a format sohoa does not read (JPEG, PNG, TIFF and WebP are read).',
  IMAGE_RESOLUTION_MISSING: 'An image carries no resolution (DPI) and none was given as an override.',
  IMAGE_TOO_LARGE: 'An image has more pixels than the configured limit (a decompression-bomb guard).',
  // OCR
  OCR_LANGUAGE_DATA_MISSING: 'The OCR language data (traineddata) is not installed where sohoa looks for it.',
  OCR_ENGINE_FAILED: 'The OCR engine failed while starting or while recognizing a page.',
  // PDF
  PDF_WRITE_FAILED: 'A PDF could not be assembled from the given pages.',
  PDF_LIMIT_EXCEEDED:
    'A PDF holds a stream whose decoded size exceeds the limit set for reading it (a possible decompression bomb).',
  PDF_ENCRYPTED:
    'A PDF is encrypted, so it cannot be rewritten as PDF/A (which forbids encryption) with its streams unchanged.',
  // Metadata
  METADATA_INVALID: 'Archive metadata does not satisfy the national standard (Thông tư 05/2025/TT-BNV).',
  // XML writing (METS, PREMIS, EAD, ALTO, hOCR, XMP)
  XML_CHARACTER_FORBIDDEN:
    'A value to be written into XML holds a character XML 1.0 forbids (a control character such as U+000B, U+FFFE/U+FFFF or a lone surrogate).',
  // Dossiers and outputs
  DOSSIER_METADATA_MISSING: 'A dossier folder has no dossier.json describing it.',
  DOSSIER_EMPTY: 'A dossier folder holds no page images.',
  OUTPUT_WRITE_FAILED: 'An output file could not be written.',
  // Command line
  USAGE_ERROR: 'A command was called with missing or wrong arguments.',
  // Page cleanup
  OPTION_INVALID: 'A function was given an option value outside its documented range.',
  // OCR pool
  OCR_TIMEOUT: 'OCR of one page took longer than the allowed time; its worker was stopped and replaced.',
  OCR_ABORTED: 'OCR of a page was cancelled through its AbortSignal.',
  OCR_WORKER_CRASHED: 'An OCR worker died while reading a page, and the retries on fresh workers failed too.',
  OCR_POOL_TERMINATED: 'A page was given to an OCR pool that has been terminated.',
  // Information packages
  PACKAGE_CORRUPT: 'An information package (ZIP) is truncated or damaged and cannot be read.',
  PACKAGE_UNSAFE_PATH:
    'An information package holds a path that escapes it: an absolute path, "..", a backslash or a symbolic link.',
  PACKAGE_LIMIT_EXCEEDED:
    'An information package exceeds a safety limit (entry count, total or per-file size, compression ratio): a possible zip bomb.',
  // Signatures
  SIGNATURE_KEY_INVALID:
    'A signing key (PKCS#12) cannot be read: wrong password, no private key or certificate, or an unsupported key type.',
  // Digitization pipeline (sohoa digitize)
  DOCUMENT_SPLIT_INVALID:
    "A dossier's pages cannot be split into its documents: the documents' page counts do not add up to the pages scanned.",
  PACKAGE_INVALID:
    'An information package was built but failed validation, so its dossier is not declared done.',
  PDFA_NONCONFORMING:
    "A document's PDF/A failed sohoa's own PDF/A-2b check after it was written, so it is not declared done.",
  OUTPUT_LOCKED: 'Another sohoa process is already writing into the same output folder.',
  WORK_LIMIT_EXCEEDED:
    'A dossier asks for more pages per document or documents than the work limits allow (see "limits" in sohoa.config.json).',
  PATH_OUTSIDE_FOLDER:
    'A file named in dossier.json leads outside its dossier folder (.., an absolute path or a symbolic link).',
  CONFIG_INVALID:
    'A configuration file (sohoa.config.json) is not valid JSON or has wrong or unknown settings.',
  // Job queue (@sohoa/queue, sohoa queue …)
  QUEUE_NOT_INSTALLED: 'A `sohoa queue` command was run but the package @sohoa/queue is not installed.',
  QUEUE_UNREACHABLE: 'The Redis server of the job queue cannot be reached (wrong URL, server down, refused).',
  QUEUE_BATCH_NOT_FOUND: 'A batch id was given that the job queue does not know.',
  STORAGE_UNSUPPORTED: 'A storage URL names a kind of storage sohoa has no implementation for.',
  STORAGE_KEY_INVALID: 'A storage key escapes its storage (an absolute path or "..").',
  DOSSIER_INCOMPLETE:
    "Some of a dossier's documents failed (after their retries), so the dossier was not packaged.",
  // Catalogs (sohoa catalog import)
  CATALOG_LIMIT_EXCEEDED:
    'A catalog spreadsheet exceeds a safety limit (ZIP entries, uncompressed size, compression ratio, rows): a possible zip bomb.',
} as const;

/** A stable string identifying what went wrong; see {@link ERROR_CODES} for the meaning of each. */
export type SohoaErrorCode = keyof typeof ERROR_CODES;
