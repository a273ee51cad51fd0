import type { ProvenanceInput } from '@sohoa/ip';
import type { OcrLanguage } from '@sohoa/ocr';
import { VERSION as PDFA_VERSION } from '@sohoa/pdfa';
import { ocrSoftware } from './ocr-software.js';

/**
 * What the provenance of a run's AIPs is made from.
 *
 * @example
 * ```ts
 * const source: ProvenanceSource = { language: 'vie', createdAt: new Date('2025-06-01T00:00:00Z'), signer: 'UBND tỉnh Quảng Ngãi' };
 * ```
 */
export interface ProvenanceSource {
  language: OcrLanguage;
  /** A folder holding the language data. @default the model of `@tesseract.js-data/vie` */
  languageDataPath?: string | undefined;
  /** The outputs' creation time: when each event happened, for reproducible packages. */
  createdAt: Date;
  /** Who signed the PDF/A files (the agency), when they were signed. @default unsigned */
  signer?: string | undefined;
}

/**
 * The provenance written into AIPs: the OCR engine (`@sohoa/ocr` at its own version) and model
 * (with its SHA-256), the PDF conversion (`@sohoa/pdfa` at its own version) and, when the
 * documents were signed, the signing, at the run's creation time.
 *
 * @example
 * ```ts
 * const premis = await provenance({ language: 'vie', createdAt, signer: 'UBND tỉnh Quảng Ngãi' });
 * ```
 */
export async function provenance(source: ProvenanceSource): Promise<ProvenanceInput> {
  const { createdAt: at } = source;
  return {
    ocr: { at, ...(await ocrSoftware(source.language, source.languageDataPath)) },
    pdfConversion: { at, software: { name: 'sohoa (@sohoa/pdfa)', version: PDFA_VERSION } },
    ...(source.signer === undefined ? {} : { signing: { at, signer: source.signer } }),
  };
}
