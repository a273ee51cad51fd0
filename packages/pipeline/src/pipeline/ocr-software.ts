import { type OcrLanguage, resolveLanguageData, type TextLayerSoftware, VERSION } from '@sohoa/ocr';
import { sha256File } from './sha256-file.js';

/**
 * The OCR engine and the recognition model (its file's SHA-256 in capitals) that sohoa reads
 * `language` with, as provenance (PREMIS) and the text-layer record name them: the engine's version
 * is `@sohoa/ocr`'s.
 *
 * @example
 * ```ts
 * const { engine, model } = await ocrSoftware('vie', undefined);
 * // engine: { name: 'tesseract.js (@sohoa/ocr)', version: '0.1.0' }, model: { name: 'vie.traineddata', sha256: '…' }
 * ```
 */
export async function ocrSoftware(
  language: OcrLanguage,
  languageDataPath: string | undefined,
): Promise<TextLayerSoftware & { model: { name: string; sha256: string } }> {
  const model = await resolveLanguageData(language, languageDataPath);
  return {
    engine: { name: 'tesseract.js (@sohoa/ocr)', version: VERSION },
    model: { name: `${language}.traineddata`, sha256: ((await sha256File(model.file)) ?? '').toUpperCase() },
  };
}
