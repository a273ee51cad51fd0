import type { CleanPageOptions, ScannedMaterial } from '@sohoa/core';
import type { TextLayerMode } from '@sohoa/ocr';
import type { DigitizeOcrOptions } from './digitize-options.js';
import type { PlanCatalogOptions } from './plan-catalog.js';
import type { WorkLimits } from './work-limits.js';

/**
 * Signing described by data, so that it can be written in `sohoa.config.json`, given as command
 * flags and carried by queue jobs: each PDF/A is signed with the agency's PKCS#12 key (PAdES,
 * `signPdf` of `@sohoa/pdfa`, agency name and signing time at the top right of page 1), the
 * signing time being the run's creation time. The password is never part of the settings: it is
 * read from the environment variable named here, on the machine that signs.
 *
 * @example
 * ```ts
 * const sign: SigningSettings = { p12: '/mnt/keys/agency.p12', agency: 'UBND tỉnh Quảng Ngãi', passwordEnv: 'SOHOA_P12_PASSWORD' };
 * ```
 */
export interface SigningSettings {
  /** Path of the agency's PKCS#12 key and certificate (`.p12`/`.pfx`), readable where documents are signed. */
  p12: string;
  /** The agency name shown on page 1, and the signer named in PREMIS. */
  agency: string;
  /** The environment variable holding the key's password. @default 'SOHOA_P12_PASSWORD' */
  passwordEnv?: string | undefined;
  /** `/Reason` of the signature. @default none */
  reason?: string | undefined;
}

/**
 * The settings of a digitization, as plain data (JSON): one type for `digitize()`,
 * `sohoa.config.json` (see `settingsOfConfig`), the flags of `sohoa digitize` and
 * `sohoa queue submit`, and the jobs of `@sohoa/queue`, so that every setting reaches every route.
 * `jobs` and `languageDataPath` belong to the machine that runs the work (a queue worker has its
 * own `--concurrency` and `--language-data`).
 *
 * @example
 * ```ts
 * const settings: DigitizeSettings = {
 *   packageType: 'aip',
 *   material: 'map-or-drawing',
 *   cleanup: { cropBorders: false },
 *   sign: { p12: 'agency.p12', agency: 'UBND tỉnh Quảng Ngãi' },
 *   ocr: { detectOrientation: false },
 * };
 * ```
 */
export interface DigitizeSettings {
  /**
   * Pages read at once (the OCR workers), and dossiers in progress at once.
   * @default os.availableParallelism()
   */
  jobs?: number | undefined;
  /**
   * The package each finished dossier becomes: `'aip'` (AIP_hoso, what digitized records are
   * kept as, Art. 8.3), `'sip'` (SIP_hoso) or `'none'`. Every package is validated before its
   * dossier is declared done.
   * @default 'aip'
   */
  packageType?: 'aip' | 'sip' | 'none' | undefined;
  /**
   * The archive code put before the dossier code to make an AIP's `arcFileCode`
   * (`<archiveCode>.<fileCode>`).
   * @default none: `arcFileCode` is the dossier code itself
   */
  archiveCode?: string | undefined;
  /** The archive or agency making the packages (METS and PREMIS agent). @default none */
  organization?: string | undefined;
  /** Scan resolution to use for every page instead of the files' own. @default each file's own */
  dpi?: number | undefined;
  /**
   * The OCR language (tesseract's code). Only `'vie'` ships (see `checkOcrLanguage`); any
   * other value fails the run with `OPTION_INVALID` before anything is written.
   * @default 'vie'
   */
  language?: string | undefined;
  /** A folder holding `vie.traineddata.gz`. @default the model of `@tesseract.js-data/vie` */
  languageDataPath?: string | undefined;
  /** What was scanned, for the scan-profile check (200 or 300 dpi). @default 'document' */
  material?: ScannedMaterial | undefined;
  /**
   * Page cleanup before OCR and for the archival master (see `cleanPage` of `@sohoa/core`), or
   * `false` to keep the scans exactly as they are and OCR a plain grayscale copy.
   * @default {} (cleanPage's defaults: deskew, border crop, background flattening, despeckle)
   */
  cleanup?: CleanPageOptions | false | undefined;
  /**
   * What becomes of a scanner's own text layer when a document is one whole PDF that has one (see
   * `@sohoa/ocr`'s `chooseTextLayer`): such a document is not cleaned nor re-encoded but rewritten
   * (`@sohoa/pdfa`'s `rewriteScannedPdf`: every image stream byte for byte, the PDF/A-2b claim made
   * true) with the scanner's layer `combine`d with sohoa's reading, `replace`d by it, or kept
   * (`keep`); the document's record and its PREMIS OCR event say what was done.
   * @default 'combine'
   */
  textLayer?: TextLayerMode | undefined;
  /** Signs each PDF/A once complete; see {@link SigningSettings}. @default none (unsigned) */
  sign?: SigningSettings | undefined;
  /** OCR settings; see {@link DigitizeOcrOptions}. @default every setting's own default */
  ocr?: DigitizeOcrOptions | undefined;
  /**
   * Options of the catalog importer for catalog inputs (`creator`, `columns`, `dossierDefaults`,
   * …) and `scansRoot`, the folder the catalogs' file paths start from (default: each catalog's
   * folder). The archive code is {@link DigitizeSettings.archiveCode} and the package
   * {@link DigitizeSettings.packageType}, given to the importer from there. @default none
   */
  catalog?: Omit<PlanCatalogOptions, 'archiveCode' | 'packageType'> | undefined;
  /** The most pages per document, documents per dossier and pixels per page (see {@link WorkLimits}). @default 10,000, 10,000, 150 million */
  limits?: WorkLimits | undefined;
}

/**
 * Settings in layers, each over the ones before it (a `sohoa.config.json`, then the command-line
 * flags): a setting a layer leaves `undefined` keeps the value below it; `ocr` and `catalog` are
 * merged setting by setting.
 *
 * @example
 * ```ts
 * mergeSettings({ jobs: 2, ocr: { correct: false } }, { jobs: 4, ocr: { pagesPerWorker: 20 } });
 * // { jobs: 4, ocr: { correct: false, pagesPerWorker: 20 } }
 * ```
 */
export function mergeSettings(...layers: readonly DigitizeSettings[]): DigitizeSettings {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      if (key !== 'ocr' && key !== 'catalog') {
        merged[key] = value;
        continue;
      }
      const combined = { ...(merged[key] as object | undefined), ...definedOnly(value as object) };
      // No setting given at all leaves the whole group to its defaults.
      if (Object.keys(combined).length > 0) merged[key] = combined;
    }
  }
  return merged as DigitizeSettings;
}

function definedOnly(value: object): object {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}
