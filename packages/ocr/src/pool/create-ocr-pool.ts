import { availableParallelism } from 'node:os';
import { SohoaError } from '@sohoa/base';
import type { GrayImage } from '@sohoa/core';
import { PSM } from 'tesseract.js';
import { correctPage } from '../correction/correct-page.js';
import { convertResult, type Scale } from '../engine/convert-result.js';
import { type OcrLanguage, resolveLanguageData } from '../engine/language-data.js';
import { resampleGray } from '../engine/resample-gray.js';
import { startWorker } from '../engine/start-worker.js';
import { toPgm } from '../engine/to-pgm.js';
import { describeCause, type StartedWorker } from '../engine/watch-worker.js';
import { CHECK_PAGE } from '../errors/check-page-fix.js';
import type { OcrErrorCode } from '../errors/ocr-error-codes.js';
import { orderColumns } from '../layout/order-columns.js';
import type { RgbImage } from '../layout/seal-ink.js';
import type { OcrPage } from '../result/ocr-result.js';
import { rereadLowConfidenceLines } from './reread-low-confidence-lines.js';
import { rereadUnreadInk } from './reread-unread-ink.js';

/**
 * How long one page may take by default in an OCR pool, in milliseconds (2 minutes: twenty times
 * what a 300 dpi A4 page takes on one core).
 *
 * @example
 * ```ts
 * import { OCR_PAGE_TIMEOUT_MS_DEFAULT } from '@sohoa/ocr';
 *
 * console.log(`pages fail with OCR_TIMEOUT after ${OCR_PAGE_TIMEOUT_MS_DEFAULT / 1000} s`);
 * ```
 */
export const OCR_PAGE_TIMEOUT_MS_DEFAULT = 120_000;

/** Options of {@link createOcrPool} (and of {@link createOcrEngine}). */
export interface OcrPoolOptions {
  /**
   * The language model to read with.
   * @default 'vie'
   */
  language?: OcrLanguage;
  /**
   * A folder holding `<language>.traineddata.gz`, instead of the one in the language's npm package.
   * @default the `4.0.0_best_int` folder of `@tesseract.js-data/<language>`
   */
  languageDataPath?: string;
  /**
   * How many tesseract.js workers read pages in parallel (each is a thread with ≈ 100–130 MB of
   * wasm memory). The first starts with the pool, the others when pages queue up.
   * @default os.availableParallelism() for {@link createOcrPool}, 1 for {@link createOcrEngine}
   */
  size?: number;
  /**
   * Pages one worker reads before it is replaced by a fresh one: tesseract.js's wasm memory grows
   * and never shrinks, so recycling keeps a long batch's memory flat.
   * @default 50
   */
  pagesPerWorker?: number;
  /**
   * Longest time one page may take, in milliseconds; past it the page fails with `OCR_TIMEOUT`
   * and its worker is stopped and replaced. A 300 dpi A4 page takes 3–6 s on one core.
   * @default 120000 ({@link OCR_PAGE_TIMEOUT_MS_DEFAULT})
   */
  timeoutMs?: number;
  /**
   * How many times a page whose worker died under it is read again on a fresh worker before it
   * fails with `OCR_WORKER_CRASHED`. Other pages of the batch are not affected by a crash.
   * @default 1
   */
  crashRetries?: number;
  /**
   * Reads two-column zones (the header and the signature block) left column first, splitting the
   * engine's lines where they run across both columns; see {@link orderColumns}.
   * @default true
   */
  orderColumns?: boolean;
  /**
   * Corrects words that are not Vietnamese words and reports each change in `page.corrections`;
   * see {@link correctPage}.
   * @default true
   */
  correct?: boolean;
  /**
   * Largest page, in pixels, handed to the engine; a larger one fails at once with
   * `IMAGE_TOO_LARGE` instead of exhausting the worker's wasm memory (a 30,000 × 30,000 page
   * fails inside tesseract after about 20 s; 10,000 × 14,000 is read, with ≈ 1.3 GB of memory).
   * @default 150000000 (an A0 sheet at 300 dpi is 139 million pixels)
   */
  maxPixels?: number;
  /**
   * Highest resolution handed to the engine: a page scanned finer is reduced to it (area
   * averaging) before OCR, and the results are mapped back, so boxes, baselines and row heights
   * are in the pixels of the page you passed and `dpi` is its own. `0` (the default) hands every
   * page over as it is. A speed setting with an accuracy cost, so off by default: on the 300 dpi
   * real scans, 200 dpi takes 14 % less engine time a page and lowers the body text's error (CER
   * qd47 0.041 → 0.039, cv299 0.036 → 0.028, ttr01 0.029 → 0.024), but damages tone marks in
   * bold capitals (the issuing body read as "NHÂN DẦN", "TĨNH QUẢNG NGÀI" on 2 of 5 headers) and
   * lost lines on one degraded render (CER 0.001 → 0.10); 250 dpi saved 1 % and doubled the error
   * on one page. A copy upscaled by `@sohoa/core`'s `cleanPage({ ocrDpi })` above this value
   * would be reduced again.
   * @default 0
   * @example
   * ```ts
   * // Throughput first: read 300 dpi scans from a 200 dpi copy (boxes stay in the scan's pixels).
   * const pool = await createOcrPool({ maxOcrDpi: 200 });
   * ```
   */
  maxOcrDpi?: number;
  /**
   * Lets tesseract re-read a low-confidence line as white text on black (`tessedit_do_invert`,
   * tesseract 5's default). Switching it off cost nothing in accuracy and saved nothing measurable
   * on the real scans (no line there triggers the second reading); it saves time on pages with many
   * poor lines, and loses text printed white on black.
   * @default true
   * @example
   * ```ts
   * const pool = await createOcrPool({ invertedText: false }); // no white-on-black text expected
   * ```
   */
  invertedText?: boolean;
  /**
   * The second look: regions whose ink looks like text but where no line was recognised (a line
   * under a darker band of paper, a faint carbon copy) are cut out, their paper flattened, and
   * read again on their own; lines read there join the page, and a region that still yields
   * nothing is listed in `page.missingText` ("text may be missing here"). The part of a line the
   * engine read in no word (a line far wider than its letters, ink its words leave) is read again
   * on its own as a block of text, and listed when that gives no word either; so is the page when
   * far fewer letters were read than its ink holds. It costs nothing on a page where every inked
   * line was read, and one small extra reading per region or part otherwise.
   * @default true
   * @example
   * ```ts
   * const pool = await createOcrPool({ rereadUnreadInk: false }); // one reading a page, nothing reported
   * ```
   */
  rereadUnreadInk?: boolean;
}

/** Per-page options of {@link OcrPool.recognize}. */
export interface RecognizeOptions {
  /** Cancels the page: it leaves the queue, or its worker is stopped and replaced. */
  signal?: AbortSignal;
  /**
   * Overrides the pool's {@link OcrPoolOptions.timeoutMs} for this page.
   * @default the pool's timeoutMs
   */
  timeoutMs?: number;
  /**
   * The page in colour (any size: it is scaled onto the image), for the second look
   * (`rereadUnreadInk`): asked for once, and only when the page has ink no line was read from;
   * ink in seal red is then not taken for text, so a round seal's ring of letters is neither
   * read again nor reported as "text may be missing here". Without it (a gray scan), seals are
   * judged by their gray ink like any other ink.
   * @default none
   * @example
   * ```ts
   * const colour = async () => {
   *   const { data, info } = await sharp(jpegBytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
   *   return { data, width: info.width, height: info.height };
   * };
   * const page = await pool.recognize(gray, { colour });
   * ```
   */
  colour?: () => Promise<RgbImage | undefined>;
  /**
   * Reads again, each cut out on its own as one raw line (tesseract's page segmentation mode 13),
   * the lines read below 95 confidence, keeping a line's new reading where it is more confident
   * (`rereadLowConfidenceLines`). Meant for a page whose reading is combined with an existing text
   * layer (`combineReadings`), where it was measured to help (scanner PDFs: combined CER
   * 0.0257 → 0.0249); it costs about a fifth more time per page.
   * @default false
   * @example
   * ```ts
   * const ocr = await pool.recognize(gray, { rereadLines: true });
   * const { page } = combineReadings(scannerLayer, ocr);
   * ```
   */
  rereadLines?: boolean;
}

/** What a pool has done so far. */
export interface OcrPoolStats {
  /** Pages read successfully. */
  pages: number;
  /** Workers started, including replacements after recycling, crashes, timeouts and cancellations. */
  workersStarted: number;
  /** Workers that died under a page. */
  crashes: number;
  /** Pages that ran out of time. */
  timeouts: number;
}

/** A started OCR engine: reads pages, and is stopped with {@link OcrEngine.terminate}. */
export interface OcrEngine {
  /**
   * Reads one page. The image's `dpi` is passed to the engine, which sizes its text model by it.
   * A page without text (blank, noise, a photo) gives empty text and confidence 0; a page upside
   * down or in another script gives garbage with a low confidence (measured 37 and 36 where the
   * upright Vietnamese page scores 79–96).
   * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_ENGINE_FAILED`, `OCR_TIMEOUT`, `OCR_ABORTED`,
   *   `OCR_WORKER_CRASHED`, `OCR_POOL_TERMINATED`; `IMAGE_TOO_LARGE` above `maxPixels`,
   *   `IMAGE_CORRUPT` for an empty image or pixel data that does not match its size.
   */
  recognize(image: GrayImage, options?: RecognizeOptions): Promise<OcrPage>;
  /** Stops every worker and frees its memory; pages still queued or being read fail with `OCR_POOL_TERMINATED`. */
  terminate(): Promise<void>;
}

/** A pool of OCR workers: give it all the pages at once, it reads as many in parallel as it has workers. */
export interface OcrPool extends OcrEngine {
  /** The number of workers. */
  readonly size: number;
  /** Counters of pages, worker starts, crashes and timeouts. */
  stats(): OcrPoolStats;
}

type Outcome =
  | { kind: 'done'; page: OcrPage }
  | { kind: 'failed'; cause: unknown }
  | { kind: 'crashed'; reason: string }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'terminated' };

interface Job {
  /** The page as given (its size and dpi are the result's). */
  image: GrayImage;
  /**
   * What the engine reads: the page, or a copy reduced to `maxOcrDpi`. Made when the page is next
   * in line (not when it is queued), so a long batch holds at most one copy per worker plus one.
   */
  ocrImage?: GrayImage;
  options: RecognizeOptions;
  attempts: number;
  resolve(page: OcrPage): void;
  reject(error: SohoaError): void;
}

interface Slot {
  current: StartedWorker | undefined;
  pages: number;
  busy: boolean;
  interrupt: ((outcome: Outcome) => void) | undefined;
}

/**
 * Starts a pool of Vietnamese OCR workers (tesseract.js, LSTM engine, automatic page
 * segmentation), fully offline. Workers are reused across pages and documents, recycled after
 * {@link OcrPoolOptions.pagesPerWorker} pages, and replaced when a page times out, is cancelled or
 * kills its worker; a crashed page is retried on a fresh worker, so one bad page never loses the batch.
 *
 * @throws {@link @sohoa/base!SohoaError | SohoaError} `OCR_LANGUAGE_DATA_MISSING` when the model is not installed,
 *   `OCR_ENGINE_FAILED` when the first worker cannot start, `OPTION_INVALID` for a bad option.
 *
 * @example
 * ```ts
 * import { loadPageImage, makeOcrCopy } from '@sohoa/core';
 * import { createOcrPool } from '@sohoa/ocr';
 *
 * const pool = await createOcrPool(); // one worker per core
 * try {
 *   const files = ['p1.jpg', 'p2.jpg', 'p3.jpg'];
 *   const pages = await Promise.all(
 *     files.map(async (file) => pool.recognize(await makeOcrCopy(await loadPageImage(file)))),
 *   );
 *   console.log(pages.map((page) => page.text));
 * } finally {
 *   await pool.terminate();
 * }
 * ```
 */
export async function createOcrPool(options: OcrPoolOptions = {}): Promise<OcrPool> {
  const language = options.language ?? 'vie';
  const size = positiveInteger('size', options.size ?? availableParallelism());
  const pagesPerWorker = positiveInteger('pagesPerWorker', options.pagesPerWorker ?? 50);
  const defaultTimeout = positiveInteger('timeoutMs', options.timeoutMs ?? OCR_PAGE_TIMEOUT_MS_DEFAULT);
  const crashRetries = options.crashRetries ?? 1;
  const maxPixels = positiveInteger('maxPixels', options.maxPixels ?? 150_000_000);
  const maxOcrDpi = options.maxOcrDpi ?? MAX_OCR_DPI_DEFAULT;
  if (!(Number.isFinite(maxOcrDpi) && maxOcrDpi >= 0)) {
    throw new SohoaError<OcrErrorCode>({
      code: 'OPTION_INVALID',
      message: {
        vi: `createOcrPool: \`maxOcrDpi\` phải là 0 hoặc một số dương; giá trị nhận được: ${maxOcrDpi}.`,
        en: `createOcrPool: \`maxOcrDpi\` must be 0 or a positive number, received ${maxOcrDpi}.`,
      },
      fix: {
        vi: 'Truyền một độ phân giải như 300, truyền 0 để không bao giờ giảm độ phân giải trang, hoặc bỏ trống để dùng mặc định.',
        en: 'Pass a resolution such as 300, 0 to never reduce pages, or leave it out for the default.',
      },
      details: { option: 'maxOcrDpi', value: maxOcrDpi },
    });
  }
  const workerSettings = { invertedText: options.invertedText ?? INVERTED_TEXT_DEFAULT };
  const rereadInk = options.rereadUnreadInk ?? true;
  const { folder } = await resolveLanguageData(language, options.languageDataPath);

  const stats: OcrPoolStats = { pages: 0, workersStarted: 0, crashes: 0, timeouts: 0 };
  const queue: Job[] = [];
  const slots: Slot[] = Array.from({ length: size }, () => ({
    current: undefined,
    pages: 0,
    busy: false,
    interrupt: undefined,
  }));
  let terminated = false;

  async function fill(slot: Slot): Promise<StartedWorker> {
    if (slot.current && slot.pages >= pagesPerWorker) await retire(slot);
    if (!slot.current) {
      slot.current = await startWorker(language, folder, workerSettings);
      slot.pages = 0;
      stats.workersStarted += 1;
    }
    return slot.current;
  }

  async function retire(slot: Slot): Promise<void> {
    const current = slot.current;
    slot.current = undefined;
    await current?.stop();
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.busy || terminated) continue;
      const job = queue.shift();
      if (!job) return;
      slot.busy = true;
      void run(slot, job).finally(() => {
        slot.busy = false;
        dispatch();
      });
    }
    // Reduce the next page while the workers read, so a worker that frees up does not wait for it.
    setImmediate(prepare);
  }

  function prepare(): void {
    const next = queue[0];
    if (next && !next.ocrImage) next.ocrImage = reduceForOcr(next.image, maxOcrDpi);
  }

  async function run(slot: Slot, job: Job): Promise<void> {
    let started: StartedWorker;
    try {
      started = await fill(slot);
    } catch (error) {
      job.reject(error as SohoaError);
      return;
    }
    const outcome: Outcome = terminated ? { kind: 'terminated' } : await read(slot, started, job);
    slot.pages += 1;
    const { width, height } = job.image;
    switch (outcome.kind) {
      case 'done':
        stats.pages += 1;
        job.resolve(outcome.page);
        return;
      case 'crashed':
        stats.crashes += 1;
        await retire(slot);
        if (job.attempts < crashRetries) {
          job.attempts += 1;
          queue.unshift(job);
          return;
        }
        job.reject(
          new SohoaError<OcrErrorCode>({
            code: 'OCR_WORKER_CRASHED',
            message: {
              vi: `Nhận dạng OCR trang ${width} × ${height} đã làm tiến trình con dừng đột ngột ${job.attempts + 1} lần: ${outcome.reason}.`,
              en: `OCR of a ${width} × ${height} page killed its worker ${job.attempts + 1} time(s): ${outcome.reason}.`,
            },
            fix: {
              vi: 'Kiểm tra ảnh của trang (kích thước, nội dung); các trang khác không bị ảnh hưởng. Nếu đây là một trang bình thường, hãy báo lỗi kèm ảnh.',
              en: 'Check the page image (size, content); other pages are not affected. Report it with the image if it is an ordinary page.',
            },
            details: { width, height, attempts: job.attempts + 1 },
          }),
        );
        return;
      case 'timeout': {
        stats.timeouts += 1;
        await retire(slot);
        const timeoutMs = job.options.timeoutMs ?? defaultTimeout;
        job.reject(
          new SohoaError<OcrErrorCode>({
            code: 'OCR_TIMEOUT',
            message: {
              vi: `Nhận dạng OCR trang ${width} × ${height} mất quá ${timeoutMs} ms; tiến trình con đã được thay mới.`,
              en: `OCR of a ${width} × ${height} page took longer than ${timeoutMs} ms; its worker was replaced.`,
            },
            fix: {
              vi: 'Tăng `timeoutMs`, hoặc giảm kích thước trang (một trang A4 300 dpi mất 3–6 giây trên một lõi).',
              en: 'Raise `timeoutMs`, or reduce the page (a 300 dpi A4 page takes 3–6 s on one core).',
            },
            details: { width, height, timeoutMs },
          }),
        );
        return;
      }
      case 'aborted':
        await retire(slot);
        job.reject(aborted(job.options.signal));
        return;
      case 'terminated':
        job.reject(terminatedError());
        return;
      case 'failed':
        await retire(slot);
        job.reject(
          new SohoaError<OcrErrorCode>({
            code: 'OCR_ENGINE_FAILED',
            message: {
              vi: `Nhận dạng OCR thất bại trên trang ${width} × ${height}: ${describeCause(outcome.cause)}.`,
              en: `OCR failed on a ${width} × ${height} page: ${describeCause(outcome.cause)}.`,
            },
            fix: CHECK_PAGE,
            cause: outcome.cause,
            details: { width, height },
          }),
        );
    }
  }

  function read(slot: Slot, started: StartedWorker, job: Job): Promise<Outcome> {
    const { image, options: jobOptions } = job;
    job.ocrImage ??= reduceForOcr(image, maxOcrDpi);
    const ocrImage = job.ocrImage;
    const scale: Scale = { x: image.width / ocrImage.width, y: image.height / ocrImage.height };
    const signal = jobOptions.signal;
    return new Promise<Outcome>((resolve) => {
      const timer = setTimeout(() => finish({ kind: 'timeout' }), jobOptions.timeoutMs ?? defaultTimeout);
      const onAbort = () => finish({ kind: 'aborted' });
      function finish(outcome: Outcome): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        slot.interrupt = undefined;
        resolve(outcome);
      }
      slot.interrupt = finish;
      if (signal?.aborted) return finish({ kind: 'aborted' });
      signal?.addEventListener('abort', onAbort, { once: true });
      void started.died.then((reason) => finish({ kind: 'crashed', reason }));
      const readGray = async (gray: GrayImage, parameters: Record<string, string> = {}) =>
        (
          await started.worker.recognize(
            toPgm(gray),
            { user_defined_dpi: String(Math.round(gray.dpi)), ...parameters } as Record<string, string>,
            { blocks: true, text: false },
          )
        ).data;
      readGray(ocrImage)
        .then(async (result) => {
          const first = convertResult(
            result,
            { width: image.width, height: image.height, dpi: image.dpi },
            scale,
          );
          const page = rereadInk
            ? await rereadUnreadInk(first, ocrImage, scale, readGray, jobOptions.colour)
            : first;
          const finished = finishPage(page);
          // After the correction: re-read lines corrected again measured worse (combined CER 0.0256, not 0.0249).
          finish({
            kind: 'done',
            page: jobOptions.rereadLines
              ? await rereadLowConfidenceLines(finished, ocrImage, scale, (line) =>
                  readGray(line, { tessedit_pageseg_mode: PSM.RAW_LINE }),
                )
              : finished,
          });
        })
        .catch((cause: unknown) => finish({ kind: 'failed', cause }));
    });
  }

  function finishPage(page: OcrPage): OcrPage {
    const ordered = options.orderColumns === false ? page : orderColumns(page);
    return options.correct === false ? ordered : correctPage(ordered).page;
  }

  // The first worker starts now, so a broken model fails here rather than on the first page.
  await fill(slots[0] as Slot);

  return {
    size,
    stats: () => ({ ...stats }),
    recognize(image, recognizeOptions = {}) {
      if (terminated) return Promise.reject(terminatedError());
      const signal = recognizeOptions.signal;
      if (signal?.aborted) return Promise.reject(aborted(signal));
      try {
        checkImage(image, maxPixels);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise<OcrPage>((resolve, reject) => {
        const onQueuedAbort = () => {
          const index = queue.indexOf(job);
          if (index >= 0) {
            queue.splice(index, 1);
            reject(aborted(signal));
          }
        };
        const job: Job = {
          image,
          options: recognizeOptions,
          attempts: 0,
          resolve(page) {
            signal?.removeEventListener('abort', onQueuedAbort);
            resolve(page);
          },
          reject(error) {
            signal?.removeEventListener('abort', onQueuedAbort);
            reject(error);
          },
        };
        signal?.addEventListener('abort', onQueuedAbort, { once: true });
        queue.push(job);
        dispatch();
      });
    },
    async terminate() {
      terminated = true;
      for (const job of queue.splice(0)) job.reject(terminatedError());
      for (const slot of slots) slot.interrupt?.({ kind: 'terminated' });
      await Promise.all(slots.map(retire));
    },
  };
}

/**
 * Rejects a page the engine cannot read before it reaches a worker: no pixels, pixel data that
 * does not match the size, or more pixels than the limit.
 */
function checkImage(image: GrayImage, maxPixels: number): void {
  const { width, height } = image;
  const pixels = width * height;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new SohoaError<OcrErrorCode>({
      code: 'IMAGE_CORRUPT',
      message: {
        vi: `Trang đưa vào OCR có ${width} × ${height} điểm ảnh: không có điểm ảnh nào để đọc.`,
        en: `OCR was given a page of ${width} × ${height} pixels: it has no pixels to read.`,
      },
      fix: {
        vi: 'Truyền ảnh xám do `makeOcrCopy(await loadPageImage(file))` tạo ra.',
        en: 'Pass the gray image from `makeOcrCopy(await loadPageImage(file))`.',
      },
      details: { width, height },
    });
  }
  if (pixels > maxPixels) {
    throw new SohoaError<OcrErrorCode>({
      code: 'IMAGE_TOO_LARGE',
      message: {
        vi: `Trang đưa vào OCR có kích thước ${width} × ${height} (${pixels} điểm ảnh), vượt giới hạn ${maxPixels}.`,
        en: `OCR was given a ${width} × ${height} page (${pixels} pixels), more than the limit of ${maxPixels}.`,
      },
      fix: {
        vi: 'Giảm trang về 300 dpi (`makeOcrCopy` làm việc này), chia nhỏ trang, hoặc tăng `maxPixels` nếu máy đủ bộ nhớ (khoảng 10 byte cho mỗi điểm ảnh).',
        en: 'Reduce the page to 300 dpi (`makeOcrCopy` does), split it, or raise `maxPixels` if the machine has the memory (about 10 bytes a pixel).',
      },
      details: { width, height, pixels, maxPixels },
    });
  }
  if (image.data.length !== pixels) {
    throw new SohoaError<OcrErrorCode>({
      code: 'IMAGE_CORRUPT',
      message: {
        vi: `Trang ${width} × ${height} đưa vào OCR có ${image.data.length} byte điểm ảnh thay vì ${pixels}.`,
        en: `OCR was given a ${width} × ${height} page with ${image.data.length} bytes of pixels instead of ${pixels}.`,
      },
      fix: {
        vi: 'Truyền điểm ảnh xám 8 bit, mỗi điểm ảnh một byte, như `makeOcrCopy` trả về.',
        en: 'Pass 8-bit gray pixels, one byte a pixel, as `makeOcrCopy` returns them.',
      },
      details: { width, height, bytes: image.data.length },
    });
  }
}

/** Default of {@link OcrPoolOptions.maxOcrDpi}. */
const MAX_OCR_DPI_DEFAULT = 0;
/** Default of {@link OcrPoolOptions.invertedText}. */
const INVERTED_TEXT_DEFAULT = true;

/** The page reduced to `maxOcrDpi` when it is finer (by at least 1 %), else the page itself. */
function reduceForOcr(image: GrayImage, maxOcrDpi: number): GrayImage {
  if (maxOcrDpi === 0 || !(image.dpi > maxOcrDpi * 1.01)) return image;
  const factor = maxOcrDpi / image.dpi;
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  return resampleGray(image, width, height, maxOcrDpi);
}

function positiveInteger(name: string, value: number): number {
  if (Number.isInteger(value) && value > 0) return value;
  throw new SohoaError<OcrErrorCode>({
    code: 'OPTION_INVALID',
    message: {
      vi: `createOcrPool: \`${name}\` phải là số nguyên dương; giá trị nhận được: ${value}.`,
      en: `createOcrPool: \`${name}\` must be a positive integer, received ${value}.`,
    },
    fix: {
      vi: `Truyền \`${name}\` là số nguyên từ 1 trở lên, hoặc bỏ trống để dùng mặc định.`,
      en: `Pass a whole number of at least 1 as \`${name}\`, or leave it out for the default.`,
    },
    details: { option: name, value },
  });
}

function aborted(signal: AbortSignal | undefined): SohoaError<OcrErrorCode> {
  return new SohoaError<OcrErrorCode>({
    code: 'OCR_ABORTED',
    message: { vi: 'Việc nhận dạng OCR trang đã bị hủy.', en: 'OCR of the page was cancelled.' },
    cause: signal?.reason,
  });
}

function terminatedError(): SohoaError<OcrErrorCode> {
  return new SohoaError<OcrErrorCode>({
    code: 'OCR_POOL_TERMINATED',
    message: {
      vi: 'Nhóm tiến trình OCR đã bị đóng trước khi trang được đọc.',
      en: 'The OCR pool was terminated before the page was read.',
    },
    fix: {
      vi: 'Đọc xong mọi trang rồi mới gọi `terminate()`, hoặc khởi tạo nhóm mới.',
      en: 'Read every page before calling `terminate()`, or start a new pool.',
    },
  });
}
