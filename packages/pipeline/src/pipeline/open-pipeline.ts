import { availableParallelism } from 'node:os';
import type { ProvenanceInput } from '@sohoa/ip';
import {
  createOcrPool,
  createOrientationDetector,
  type OcrLanguage,
  type OcrOrientationDetector,
  type OcrPool,
  resolveLanguageData,
} from '@sohoa/ocr';
import { p12SigningHook } from '../digitize/p12-signing-hook.js';
import { checkOcrOptions } from './check-ocr-options.js';
import type { DocumentWork } from './digitize-document.js';
import type { DigitizeEvent } from './digitize-events.js';
import type { SigningHook } from './digitize-options.js';
import type { DigitizeSettings, SigningSettings } from './digitize-settings.js';
import { checkOcrLanguage } from './ocr-language.js';
import { detectsOrientation, ocrPoolSettings } from './ocr-pool-settings.js';
import { pixelsPerPage } from './page-pixels.js';
import { PdfPageReader } from './pdf-page-reader.js';
import { provenance } from './provenance.js';
import { Semaphore } from './semaphore.js';
import { TiffPageReader } from './tiff-page-reader.js';

/**
 * What the shared part of the pipeline is made with (see {@link createDocumentRunner}): the
 * settings that belong to the machine doing the work and to its OCR pool.
 *
 * @example
 * ```ts
 * const options: DocumentRunnerOptions = { jobs: 2, language: 'vie', ocr: { pagesPerWorker: 20 } };
 * ```
 */
export interface DocumentRunnerOptions
  extends Pick<DigitizeSettings, 'jobs' | 'language' | 'languageDataPath' | 'dpi' | 'ocr' | 'limits'> {
  /** Receives the pipeline's progress events (`page-done`, `warning`). @default none */
  emit?: ((event: DigitizeEvent) => void) | undefined;
}

/**
 * The settings that shape one document's and one dossier's outputs (see {@link DigitizeSettings}).
 * `createdAt` is required, so that every machine running the same batch writes the same bytes.
 *
 * @example
 * ```ts
 * const settings: DocumentSettings = {
 *   createdAt: new Date('2025-06-01T00:00:00Z'),
 *   packageType: 'aip',
 *   material: 'map-or-drawing',
 *   sign: { p12: 'agency.p12', agency: 'UBND tỉnh Quảng Ngãi' },
 * };
 * ```
 */
export interface DocumentSettings
  extends Pick<
    DigitizeSettings,
    'packageType' | 'archiveCode' | 'organization' | 'material' | 'cleanup' | 'textLayer'
  > {
  /** Signing: a PKCS#12 key described as data, or a hook. @default unsigned */
  sign?: SigningSettings | SigningHook | undefined;
  /** Creation time written into every PDF and package (the same on every machine of a batch). */
  createdAt: Date;
}

/** The set-up shared by `digitize()` and every {@link DocumentRunner}, and its teardown. */
export interface OpenPipeline {
  readonly language: OcrLanguage;
  /** Pages read at once. */
  readonly jobs: number;
  /** The hook that signs as `sign` says (a key is read once and kept). */
  signing(sign: DocumentSettings['sign']): Promise<SigningHook | undefined>;
  /** What digitizing documents with these settings needs (OCR pool, readers, page slots). */
  work(settings: DocumentSettings): Promise<Omit<DocumentWork, 'dossier' | 'folder'>>;
  /** The PREMIS provenance of packages made with these settings. */
  provenance(settings: DocumentSettings): Promise<ProvenanceInput>;
  /** Stops the OCR workers (a later page starts new ones). */
  stopOcr(): Promise<void>;
  /** Stops the OCR workers and closes the readers; once. */
  close(): Promise<void>;
}

/**
 * Opens the pipeline's shared resources: one OCR pool of `jobs` workers (started at the first
 * page), the orientation detector (when used), the PDF and TIFF page readers, the page slots and
 * the signing hooks. `digitize()` and {@link createDocumentRunner} are both built on it.
 *
 * @throws {@link @sohoa/core!SohoaError | SohoaError} `OPTION_INVALID` for a language other than `vie` or a bad OCR option.
 *
 * @example
 * ```ts
 * const pipeline = openPipeline({ jobs: 2 });
 * try {
 *   const work = await pipeline.work({ createdAt: new Date('2025-06-01T00:00:00Z') });
 * } finally {
 *   await pipeline.close();
 * }
 * ```
 */
export function openPipeline(options: DocumentRunnerOptions): OpenPipeline {
  const language = checkOcrLanguage(options.language ?? 'vie');
  checkOcrOptions(options.ocr ?? {});
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  // Pages over the pixel limit are refused as they are read (readImagePage); a deskewed page's OCR
  // copy may grow to twice its pixels (a 45° turn at most), which the OCR pool accepts.
  const maxPixels = pixelsPerPage(options.limits);
  const reader = new PdfPageReader({ dpi: options.dpi, maxPixels });
  const tiffReader = new TiffPageReader({ dpi: options.dpi, maxPixels });
  // One page more than there are OCR workers: its cleanup (main thread, libvips) overlaps their OCR,
  // so both cores stay busy (20 real-scan pages/min vs 14 with exactly `jobs` pages in flight).
  const pageSlots = new Semaphore(jobs + 1);
  const emit = options.emit ?? (() => undefined);
  let pool: Promise<OcrPool> | undefined;
  let detector: Promise<OcrOrientationDetector> | undefined;
  let closed: Promise<void> | undefined;
  // Work abandoned while it ran (a queue job returned to the queue) may still ask for the OCR after
  // close(): it gets an error, not a new pool whose threads would keep the process alive.
  const closedError = () => Promise.reject(new Error('the pipeline is closed: its OCR workers were stopped'));
  const engine = (): Promise<OcrPool> => {
    if (closed) return closedError();
    pool ??= resolveLanguageData(language, options.languageDataPath).then(() =>
      createOcrPool({
        size: jobs,
        language,
        languageDataPath: options.languageDataPath,
        ...ocrPoolSettings(options.ocr),
        maxPixels: 2 * maxPixels,
      }),
    );
    return pool;
  };
  const orientation = (): Promise<OcrOrientationDetector> => {
    if (closed) return closedError();
    detector ??= createOrientationDetector();
    return detector;
  };
  const hooks = new Map<string, Promise<SigningHook>>();
  const signing = async (sign: DocumentSettings['sign']): Promise<SigningHook | undefined> => {
    if (sign === undefined || typeof sign === 'function') return sign;
    const key = JSON.stringify(sign);
    let hook = hooks.get(key);
    if (!hook) {
      // A key that could not be read is tried again next time (it may have been mounted since).
      hook = p12SigningHook(sign).catch((error: unknown) => {
        hooks.delete(key);
        throw error;
      });
      hooks.set(key, hook);
    }
    return hook;
  };
  const stopOcr = async (): Promise<void> => {
    const [started, startedDetector] = [pool, detector];
    pool = undefined;
    detector = undefined;
    await (await started?.catch(() => undefined))?.terminate();
    await (await startedDetector?.catch(() => undefined))?.terminate();
  };
  return {
    language,
    jobs,
    signing,
    async work({ createdAt, sign, ...shaping }) {
      return {
        options: {
          ...shaping,
          jobs,
          dpi: options.dpi,
          ocr: options.ocr,
          limits: options.limits,
          sign: await signing(sign),
        },
        createdAt,
        engine,
        orientation: detectsOrientation({ cleanup: shaping.cleanup, ocr: options.ocr })
          ? orientation
          : undefined,
        reader,
        tiffReader,
        pageSlots,
        emit,
      };
    },
    provenance: ({ sign, createdAt }) =>
      provenance({
        language,
        languageDataPath: options.languageDataPath,
        createdAt,
        signer:
          sign === undefined
            ? undefined
            : typeof sign === 'function'
              ? (sign.signer ?? 'the digitize signing hook')
              : sign.agency,
      }),
    stopOcr,
    close() {
      closed ??= (async () => {
        await stopOcr();
        await reader.close();
        await tiffReader.close();
      })();
      return closed;
    },
  };
}
