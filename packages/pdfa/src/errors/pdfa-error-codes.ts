import type { BaseErrorCode } from '@sohoa/base';

/**
 * The error codes of `@sohoa/pdfa` (writing, checking, reading and signing PDFs), with what each means. Its functions also throw
 * the codes of `@sohoa/base` (`INPUT_NOT_FOUND`, `OUTPUT_WRITE_FAILED`, …).
 *
 * @example
 * ```ts
 * import { PDFA_ERROR_CODES } from '@sohoa/pdfa';
 *
 * for (const [code, meaning] of Object.entries(PDFA_ERROR_CODES)) console.log(code, meaning);
 * ```
 */
export const PDFA_ERROR_CODES = {
  PDF_WRITE_FAILED: 'A PDF could not be assembled from the given pages.',
  PDF_LIMIT_EXCEEDED:
    'A PDF holds a stream whose decoded size exceeds the limit set for reading it (a possible decompression bomb).',
  PDF_CHECKER_DATA_MISSING:
    "A data file the PDF/A checker reads (a predefined CMap of pdfjs-dist's cmaps folder) is missing or unreadable: the installation is incomplete, so the file was not checked.",
  PDF_ENCRYPTED:
    'A PDF is encrypted, so it cannot be rewritten as PDF/A (which forbids encryption) with its streams unchanged.',
  SIGNATURE_KEY_INVALID:
    'A signing key (PKCS#12) cannot be read: wrong password, no private key or certificate, or an unsupported key type.',
} as const;

/**
 * A code `@sohoa/pdfa` throws: its own ({@link PDFA_ERROR_CODES}) or one it passes on.
 *
 * @example
 * ```ts
 * import type { PdfaErrorCode } from '@sohoa/pdfa';
 *
 * const code: PdfaErrorCode = 'PDF_WRITE_FAILED';
 * ```
 */
export type PdfaErrorCode = keyof typeof PDFA_ERROR_CODES | BaseErrorCode;
