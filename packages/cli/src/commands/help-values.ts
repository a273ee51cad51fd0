import type { CsipVersion } from '@sohoa/ip';
import type { TextLayerMode } from '@sohoa/ocr';

/**
 * The values of the SDK that the commands' `--help` shows (choices and defaults), held here so
 * that `sohoa <command> --help` loads none of the libraries they come from: importing
 * `@sohoa/ocr` or `@sohoa/pipeline` loads tesseract.js and sharp, `@sohoa/ip` libxml2 and pdf-lib.
 * Each is the library's own value: `test/cli-start-modules.test.ts` compares them.
 *
 * @example
 * ```ts
 * import { HELP_VALUES } from './help-values.js';
 *
 * new Option('--text-layer <mode>', 'what to do with a text layer').choices([...HELP_VALUES.textLayerModes]);
 * ```
 */
export const HELP_VALUES: {
  /** `CSIP_VERSIONS` of `@sohoa/ip`. */
  readonly csipVersions: readonly CsipVersion[];
  /** `TEXT_LAYER_MODES` of `@sohoa/ocr`. */
  readonly textLayerModes: readonly TextLayerMode[];
  /** `OCR_PAGE_TIMEOUT_MS_DEFAULT` of `@sohoa/ocr`. */
  readonly ocrPageTimeoutMs: number;
  /** `DIGITIZE_PAGES_PER_WORKER_DEFAULT` of `@sohoa/pipeline`. */
  readonly pagesPerWorker: number;
} = {
  csipVersions: ['2.0', '2.1', '2.2'],
  textLayerModes: ['combine', 'replace', 'keep'],
  ocrPageTimeoutMs: 120_000,
  pagesPerWorker: 10,
};
