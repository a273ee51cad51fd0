import {
  analyzePage,
  cleanPage,
  encodeForPdf,
  type GrayImage,
  makeOcrCopy,
  type OrientationDetector,
  type PageAnalysis,
  type PageImage,
  type QuarterTurn,
} from '@sohoa/core';
import { type OcrEngine, type OcrPage, pageLines } from '@sohoa/ocr';
import type { PdfAPage } from '@sohoa/pdfa';
import type { DigitizeOptions } from './digitize-options.js';
import { pageColour } from './page-colour.js';

/** One page cleaned and read: what goes into the PDF/A and the page's record. */
export interface CleanedAndRead {
  analysis: PageAnalysis;
  pdfImage: PdfAPage['image'];
  ocr: OcrPage;
  /** Skew corrected, degrees. */
  deskewAngle: number;
  /** Quarter turn undone, degrees counter-clockwise. */
  quarterTurn: QuarterTurn;
}

/** Below this mean word confidence a page may have been read upside down. */
const TURNED_BELOW_CONFIDENCE = 60;

/**
 * Cleans a page (or only analyses it when cleanup is off) and reads it with OCR.
 *
 * With an orientation detector, `cleanPage` consults it only where its own heuristic does not find
 * the page upright (`orientationDetectorUse: 'unsure'`), and the OCR text takes a second look:
 * when a page that is not blank gives no text, lines standing on end (a sideways page tesseract
 * read anyway) or a confidence below 60 (upside-down text reads as garbage), the detector is asked
 * about the page as scanned, and when it finds another quarter turn than the cleanup undid, the
 * page is cleaned again with that turn and read again; the reading with the higher confidence
 * wins. An explicit `cleanup.rotate` is left alone.
 *
 * @example
 * ```ts
 * const engine = await createOcrEngine();
 * const page = await cleanAndRead(await loadPageImage('p1.jpg'), undefined, {}, engine, undefined);
 * console.log(page.ocr.text, page.deskewAngle);
 * ```
 */
export async function cleanAndRead(
  image: PageImage,
  original: PdfAPage['image'] | undefined,
  options: Pick<DigitizeOptions, 'cleanup' | 'material'> & {
    /** Read doubtful lines again (`RecognizeOptions.rereadLines`): the page is combined with a text layer. @default false */
    rereadLines?: boolean;
  },
  engine: OcrEngine,
  orientationDetector: OrientationDetector | undefined,
): Promise<CleanedAndRead> {
  if (options.cleanup === false) {
    const analysis = await analyzePage(image, { material: options.material ?? 'document' });
    const pdfImage = original ?? (await encodeForPdf(image));
    const ocr = await engine.recognize(await makeOcrCopy(image), {
      colour: pageColour(pdfImage),
      rereadLines: options.rereadLines === true,
    });
    return {
      analysis,
      pdfImage,
      ocr,
      deskewAngle: 0,
      quarterTurn: 0,
    };
  }
  const automatic = orientationDetector !== undefined && options.cleanup?.rotate === undefined;
  const first = await cleanOnce(
    image,
    original,
    options,
    automatic ? 'auto' : undefined,
    orientationDetector,
  );
  const firstRead = { ...first, ocr: await read(engine, first, options.rereadLines) };
  if (!(automatic && !first.analysis.blank && looksTurned(firstRead.ocr))) return firstRead;
  // Asked about the page as scanned: the first cleanup may have added a wrong turn or skew.
  const detected = await orientationDetector(await makeOcrCopy(image));
  if (!detected || detected.angle === first.quarterTurn) return firstRead;
  const second = await cleanOnce(image, original, options, detected.angle, undefined);
  const secondRead = { ...second, ocr: await read(engine, second, options.rereadLines) };
  return secondRead.ocr.confidence > firstRead.ocr.confidence ? secondRead : firstRead;
}

/**
 * The orientation detector `start` gives, started when it is first asked about a page (and once):
 * {@link cleanAndRead} asks only about a page whose turn the analysis cannot tell or whose reading
 * looks turned, so a run of upright pages starts no orientation worker (tesseract's OSD model:
 * about half a second of CPU and a second of wall time at start).
 *
 * @example
 * ```ts
 * let detector: Promise<OcrOrientationDetector> | undefined;
 * const asked = startedWhenAsked(() => (detector ??= createOrientationDetector())); // nothing started yet
 * const page = await cleanAndRead(image, undefined, {}, engine, asked);
 * await (await detector)?.terminate(); // started only if the page needed it
 * ```
 */
export function startedWhenAsked(start: () => Promise<OrientationDetector>): OrientationDetector {
  let started: Promise<OrientationDetector> | undefined;
  return async (image) => {
    started ??= start();
    return (await started)(image);
  };
}

/** Reads a cleaned page's OCR copy, its PDF/A image giving the colour the second look may ask for. */
function read(
  engine: OcrEngine,
  page: { ocrCopy: GrayImage; pdfImage: PdfAPage['image'] },
  rereadLines = false,
): Promise<OcrPage> {
  return engine.recognize(page.ocrCopy, { colour: pageColour(page.pdfImage), rereadLines });
}

/** No text found, lines standing on end, or text read with little confidence. */
function looksTurned(ocr: OcrPage): boolean {
  const lines = pageLines(ocr);
  if (lines.length === 0) return true;
  const standing = lines.filter((line) => line.box.y1 - line.box.y0 > line.box.x1 - line.box.x0).length;
  return standing * 2 > lines.length || ocr.confidence < TURNED_BELOW_CONFIDENCE;
}

async function cleanOnce(
  image: PageImage,
  original: PdfAPage['image'] | undefined,
  options: Pick<DigitizeOptions, 'cleanup' | 'material'>,
  rotate: QuarterTurn | 'auto' | undefined,
  orientationDetector: OrientationDetector | undefined,
): Promise<Omit<CleanedAndRead, 'ocr'> & { ocrCopy: GrayImage }> {
  const cleaned = await cleanPage(image, {
    material: options.material ?? 'document',
    ...options.cleanup,
    // Set only when `cleanup.rotate` is not (see cleanAndRead).
    ...(rotate === undefined ? {} : { rotate }),
    ...(rotate === 'auto' && orientationDetector
      ? { orientationDetector, orientationDetectorUse: 'unsure' as const }
      : {}),
  });
  const { master } = cleaned;
  const pdfImage: PdfAPage['image'] =
    master.unchanged && original
      ? original
      : master.unchanged || (master.format !== 'jpeg' && master.format !== 'png')
        ? await encodeForPdf(image)
        : {
            bytes: master.bytes,
            format: master.format,
            width: master.width,
            height: master.height,
            dpi: master.dpi,
          };
  return {
    analysis: cleaned.analysis,
    ocrCopy: cleaned.ocrCopy,
    pdfImage,
    deskewAngle: cleaned.geometry.deskewAngle,
    quarterTurn: cleaned.geometry.quarterTurn as QuarterTurn,
  };
}
