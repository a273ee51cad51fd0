/**
 * The OCR text of one page as the PDF writer needs it, in image pixels (origin top-left). It is
 * the shape of `@sohoa/ocr`'s `OcrPage` lines, so an OCR result can be passed as it is; any other
 * engine's output can be converted to it.
 */
export interface TextLayerLine {
  /** The line's baseline, from its left end to its right end. */
  baseline: { x0: number; y0: number; x1: number; y1: number };
  /** Height of the text row in pixels (ascenders to descenders). */
  rowHeight: number;
  /** The words, left to right. */
  words: ReadonlyArray<{ text: string; box: { x0: number; y0: number; x1: number; y1: number } }>;
}

/** A page's OCR text for the invisible text layer. */
export interface TextLayerInput {
  blocks: ReadonlyArray<{ paragraphs: ReadonlyArray<{ lines: ReadonlyArray<TextLayerLine> }> }>;
}
