import type { OcrPage } from '@sohoa/ocr';

/** A word OCR read with a low confidence, as the document JSON keeps it for `report.html`. */
export interface LowConfidenceWord {
  /** The word as read. */
  text: string;
  /** The engine's confidence, 0–100, rounded. */
  confidence: number;
  /** `[x0, y0, x1, y1]` in the page's pixels (the archival image's, which OCR reads one to one). */
  box: [number, number, number, number];
}

/**
 * Word confidence (0–100) below which a word is listed: on the sample scans, the words under 70
 * are the misreadings (`TÍNH` for `TỈNH` at 32, a handwritten `299` read as `892` at 60), while
 * more than 90 % of the words are read at 80 or more.
 */
export const LOW_WORD_CONFIDENCE = 70;

/**
 * The words of an OCR page read with a confidence below `threshold`, in reading order, with their
 * boxes: what the report draws over the page's thumbnail.
 *
 * @param threshold Confidence, 0–100, below which a word is listed. @default {@link LOW_WORD_CONFIDENCE}
 *
 * @example
 * ```ts
 * const words = lowConfidenceWords(await engine.recognize(gray));
 * // [{ text: 'TÍNH', confidence: 32, box: [412, 180, 560, 226] }, …]
 * ```
 */
export function lowConfidenceWords(page: OcrPage, threshold = LOW_WORD_CONFIDENCE): LowConfidenceWord[] {
  const words: LowConfidenceWord[] = [];
  for (const block of page.blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          if (word.confidence >= threshold) continue;
          const { x0, y0, x1, y1 } = word.box;
          words.push({ text: word.text, confidence: Math.round(word.confidence), box: [x0, y0, x1, y1] });
        }
      }
    }
  }
  return words;
}
