import { SohoaError } from '@sohoa/base';
import type { GrayImage, QuarterTurn } from '@sohoa/core';
import { createWorker, OEM, type Worker } from 'tesseract.js';
import { startTesseract } from '../engine/start-tesseract.js';
import { toPgm } from '../engine/to-pgm.js';
import { describeCause, type StartedWorker, watchWorker } from '../engine/watch-worker.js';
import { CHECK_PAGE } from '../errors/check-page-fix.js';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';
import { resolveOsdData } from './osd-data.js';
import { reduceGray } from './reduce-gray.js';

/**
 * Options of {@link createOrientationDetector}.
 *
 * @example
 * ```ts
 * const detector = await createOrientationDetector({ timeoutMs: 10_000, minMargin: 7 });
 * ```
 */
export interface OrientationDetectorOptions {
  /**
   * A folder holding `osd.traineddata.gz` (the legacy-capable `4.0.0` model), instead of the one in
   * `@tesseract.js-data/osd`.
   * @default the `4.0.0` folder of `@tesseract.js-data/osd`
   */
  dataPath?: string;
  /**
   * Longest time one page may take, in milliseconds; past it the call fails with `OCR_TIMEOUT`
   * and the worker is replaced. A 300 dpi A4 page takes about 0.5–1 s.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Tesseract's orientation margin (its `oconfidence`: how much better the best quarter turn
   * scores than the next one) below which the detector returns `undefined`, so that `analyzePage`
   * falls back to its own heuristic. Upright real scans score 12–27; blank and noise pages fail
   * outright.
   * @default 2
   */
  minMargin?: number;
}

/**
 * What the detector found on one page.
 *
 * @example
 * ```ts
 * const found = await detector(await makeOcrCopy(await loadPageImage('p1.jpg')));
 * if (found && found.angle !== 0) console.log(`turn clockwise by ${found.angle}° (margin ${found.margin})`);
 * ```
 */
export interface DetectedOrientation {
  /**
   * Counter-clockwise quarter turns of the content, in `@sohoa/core`'s convention: rotate the
   * image clockwise by it to make the page upright.
   */
  angle: QuarterTurn;
  /** From 0 to 1: `margin / (margin + 7)`, so tesseract's own decision threshold (7) gives 0.5. */
  confidence: number;
  /** Tesseract's orientation margin (`oconfidence`), unbounded. */
  margin: number;
  /** The script tesseract saw (`Latin` for Vietnamese; unreliable on small pages). */
  script: string | undefined;
}

/**
 * Tesseract's orientation detection, shaped as `@sohoa/core`'s `OrientationDetector`: give it to
 * `analyzePage(page, { orientationDetector })`. Stop it with {@link OcrOrientationDetector.terminate}.
 *
 * @example
 * ```ts
 * const detector: OcrOrientationDetector = await createOrientationDetector();
 * const analysis = await analyzePage(page, { orientationDetector: detector });
 * await detector.terminate();
 * ```
 */
export interface OcrOrientationDetector {
  /**
   * Detects the quarter-turn orientation of a grayscale page; `undefined` when tesseract finds no
   * usable text (blank page, noise, photo) or its margin is below `minMargin`.
   * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_TIMEOUT`, `OCR_ENGINE_FAILED`, `OCR_WORKER_CRASHED`, `OCR_POOL_TERMINATED`.
   */
  (image: GrayImage): Promise<DetectedOrientation | undefined>;
  /** Stops the worker; later calls fail with `OCR_POOL_TERMINATED`. */
  terminate(): Promise<void>;
}

/** The resolution orientation detection works at: finer pages are reduced to about this. */
const OSD_DPI = 150;

/**
 * Starts tesseract's orientation and script detection (OSD) from `@tesseract.js-data/osd`, in its
 * own tesseract.js worker with the legacy engine, fully offline. It is separate from the OCR pool
 * and loaded only when this is called: reading pages never needs it. Pages are reduced to about
 * 150 dpi first (measured on the real scans: same answers as 300 dpi, twice as fast; 75 dpi is
 * wrong). Calls are read one at a time.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_LANGUAGE_DATA_MISSING` when `@tesseract.js-data/osd` is not
 *   installed, `OCR_ENGINE_FAILED` when the worker cannot start, `OPTION_INVALID` for a bad option.
 *
 * @example
 * ```ts
 * import { analyzePage, loadPageImage } from '@sohoa/core';
 * import { createOrientationDetector } from '@sohoa/ocr';
 *
 * const orientationDetector = await createOrientationDetector();
 * try {
 *   const analysis = await analyzePage(await loadPageImage('p1.jpg'), { orientationDetector });
 *   console.log(analysis.orientation); // { angle: 180, confidence: 0.74, source: 'detector' }
 * } finally {
 *   await orientationDetector.terminate();
 * }
 * ```
 */
export async function createOrientationDetector(
  options: OrientationDetectorOptions = {},
): Promise<OcrOrientationDetector> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw new SohoaError<OcrErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `createOrientationDetector: \`timeoutMs\` phải là số nguyên dương; giá trị nhận được: ${timeoutMs}.`,
        en: `createOrientationDetector: \`timeoutMs\` must be a positive integer, received ${timeoutMs}.`,
      },
      fix: {
        vi: 'Truyền số mili giây là số nguyên, hoặc bỏ trống để dùng mặc định (30000).',
        en: 'Pass a whole number of milliseconds, or leave it out for the default (30000).',
      },
      details: { option: 'timeoutMs', value: timeoutMs },
    });
  }
  const minMargin = options.minMargin ?? 2;
  const { folder } = await resolveOsdData(options.dataPath);
  let current: StartedWorker | undefined = await startOsdWorker(folder);
  let terminated = false;
  let queue: Promise<unknown> = Promise.resolve();

  async function detectOne(image: GrayImage): Promise<DetectedOrientation | undefined> {
    if (terminated) throw terminatedError();
    current ??= await startOsdWorker(folder);
    const started = current;
    const reduced = reduceGray(image, Math.max(1, Math.round(image.dpi / OSD_DPI)));
    const { width, height } = image;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      started.worker.detect(toPgm(reduced)).then(
        (result) => ({ kind: 'done' as const, data: result.data }),
        (cause: unknown) => ({ kind: 'failed' as const, cause }),
      ),
      started.died.then((reason) => ({ kind: 'crashed' as const, reason })),
      new Promise<{ kind: 'timeout' }>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (outcome.kind === 'done') {
      const degrees = outcome.data.orientation_degrees;
      const margin = outcome.data.orientation_confidence ?? 0;
      if (degrees === null || !isQuarterTurn(degrees) || margin < minMargin) return undefined;
      return {
        angle: degrees,
        confidence: margin / (margin + 7),
        margin,
        script: outcome.data.script ?? undefined,
      };
    }
    if (current === started) current = undefined;
    await started.stop();
    if (terminated) throw terminatedError();
    if (outcome.kind === 'timeout') {
      throw new SohoaError<OcrErrorCode>({
        code: 'OCR_TIMEOUT',
        message: {
          vi: `Nhận diện hướng trang ${width} × ${height} mất quá ${timeoutMs} ms; tiến trình con đã được thay mới.`,
          en: `Orientation detection on a ${width} × ${height} page took longer than ${timeoutMs} ms; its worker was replaced.`,
        },
        fix: {
          vi: 'Tăng `timeoutMs`, hoặc giảm kích thước trang.',
          en: 'Raise `timeoutMs`, or reduce the page.',
        },
        details: { width, height, timeoutMs },
      });
    }
    if (outcome.kind === 'crashed') {
      throw new SohoaError<OcrErrorCode>({
        code: 'OCR_WORKER_CRASHED',
        message: {
          vi: `Nhận diện hướng trang ${width} × ${height} đã làm tiến trình con dừng đột ngột: ${outcome.reason}.`,
          en: `Orientation detection on a ${width} × ${height} page killed its worker: ${outcome.reason}.`,
        },
        fix: {
          vi: 'Kiểm tra ảnh của trang; trang tiếp theo được xử lý bằng một tiến trình con mới.',
          en: 'Check the page image; the next page gets a fresh worker.',
        },
        details: { width, height },
      });
    }
    throw new SohoaError<OcrErrorCode>({
      code: 'OCR_ENGINE_FAILED',
      message: {
        vi: `Nhận diện hướng trang thất bại trên trang ${width} × ${height}: ${describeCause(outcome.cause)}.`,
        en: `Orientation detection failed on a ${width} × ${height} page: ${describeCause(outcome.cause)}.`,
      },
      fix: CHECK_PAGE,
      cause: outcome.cause,
      details: { width, height },
    });
  }

  const detector = ((image: GrayImage) => {
    const next = queue.then(() => detectOne(image));
    queue = next.catch(() => undefined);
    return next;
  }) as OcrOrientationDetector;
  detector.terminate = async () => {
    terminated = true;
    const last = current;
    current = undefined;
    await last?.stop();
  };
  return detector;
}

function isQuarterTurn(degrees: number): degrees is QuarterTurn {
  return degrees === 0 || degrees === 90 || degrees === 180 || degrees === 270;
}

async function startOsdWorker(folder: string): Promise<StartedWorker> {
  let worker: Worker;
  try {
    // OSD is part of the legacy engine: both the legacy-capable core and model are needed.
    worker = await startTesseract(async (errorHandler) => {
      const created = await createWorker('osd', OEM.TESSERACT_ONLY, {
        langPath: folder,
        gzip: true,
        cacheMethod: 'none',
        legacyCore: true,
        legacyLang: true,
        logger: () => {},
        errorHandler,
      });
      await created.setParameters({ debug_file: '/dev/null' });
      return created;
    });
  } catch (cause) {
    const reason = describeCause(cause);
    throw new SohoaError<OcrErrorCode>({
      code: 'OCR_ENGINE_FAILED',
      message: {
        vi: `Không khởi động được bộ nhận diện hướng trang với mô hình osd trong "${folder}": ${reason}.`,
        en: `The orientation detector could not start with the osd model from "${folder}": ${reason}.`,
      },
      fix: {
        vi: 'Cài lại `@tesseract.js-data/osd`; `dataPath` phải chứa tệp osd.traineddata.gz phiên bản 4.0.0 hỗ trợ chế độ legacy.',
        en: 'Reinstall `@tesseract.js-data/osd`; `dataPath` must hold the legacy-capable 4.0.0 osd.traineddata.gz.',
      },
      cause,
      details: { folder },
    });
  }
  return watchWorker(worker);
}

function terminatedError(): SohoaError<OcrErrorCode> {
  return new SohoaError<OcrErrorCode>({
    code: 'OCR_POOL_TERMINATED',
    message: {
      vi: 'Bộ nhận diện hướng trang đã bị đóng trước khi trang được đọc.',
      en: 'The orientation detector was terminated before the page was read.',
    },
    fix: {
      vi: 'Nhận diện hướng xong mọi trang rồi mới gọi `terminate()`, hoặc khởi tạo bộ nhận diện mới.',
      en: 'Detect every page before calling `terminate()`, or start a new detector.',
    },
  });
}
