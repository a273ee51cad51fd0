/** A rectangle in page pixels, origin at the top-left corner, `x1`/`y1` exclusive (as `@sohoa/ocr`'s `PixelBox`). */
export interface LayerBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One word of an existing text layer, shaped like `@sohoa/ocr`'s `OcrWord`. */
export interface LayerWord {
  /** The word, NFC, ligatures expanded, split diacritics joined to their letter. */
  text: string;
  /** Where the layer draws the word, in page pixels. */
  box: LayerBox;
  /**
   * A text layer carries no confidence: 100 for a word made of text characters, 0 for one holding
   * characters no text has (private-use code points, U+FFFD, control characters, symbols of a
   * legacy Vietnamese encoding read as Latin-1).
   */
  confidence: number;
}

/** One line of an existing text layer, shaped like `@sohoa/ocr`'s `OcrLine`. */
export interface LayerLine {
  /** The line's words joined by single spaces. */
  text: string;
  box: LayerBox;
  /** The text's baseline, from the first word's start (`x0`, `y0`) to the last word's end (`x1`, `y1`), in page pixels. */
  baseline: { x0: number; y0: number; x1: number; y1: number };
  /** Ascent to descent of the line's font size, in pixels. */
  rowHeight: number;
  /** Mean of the words' confidences. */
  confidence: number;
  words: LayerWord[];
}

/** Why a page's existing text layer should not be trusted (see {@link TextLayerCheck}). */
export type TextLayerProblemCode =
  /** A composite (Type 0) font with no `/ToUnicode`: its codes are glyph numbers, not text. */
  | 'missing-unicode-map'
  /** Private-use code points, U+FFFD or control characters: glyphs the extractor could not map. */
  | 'unmappable-characters'
  /** Latin-1 symbols where Vietnamese letters belong: a TCVN3/VNI-encoded layer read as Latin-1 (mojibake). */
  | 'legacy-encoding'
  /** Words placed outside the page's visible area (left out of the result). */
  | 'text-outside-page'
  /** Letters of another script, or Latin text without a single Vietnamese mark. */
  | 'not-vietnamese';

/** One problem found in a text layer. */
export interface TextLayerProblem {
  code: TextLayerProblemCode;
  /** What was found and where, in words. */
  message: string;
  /** The same in Vietnamese. */
  messageVi: string;
  /** How many words (or fonts, for `missing-unicode-map`) show it. */
  count: number;
}

/** Whether a page's existing text layer can be used as text. */
export interface TextLayerCheck {
  /** `true` when the page has text and no problem makes it unusable. */
  usable: boolean;
  /** `true` when the page has no text at all (a scan without OCR layer). */
  empty: boolean;
  problems: TextLayerProblem[];
}

/**
 * A page's existing text layer as data: the structure `@sohoa/ocr`'s `OcrPage` has (blocks →
 * paragraphs → lines → words, boxes in page pixels with the origin at the top-left), so an
 * `OcrPage` consumer (export, header extraction, `combineReadings`) takes it as it is, plus the
 * layer's {@link TextLayerCheck}.
 */
export interface TextLayerPage {
  /** 1-based page number. */
  pageNumber: number;
  /** Page width in pixels, as displayed (`/Rotate` applied). */
  width: number;
  height: number;
  /** The resolution the boxes are in. */
  dpi: number;
  /** Words joined by spaces, lines by `\n`, blocks by a blank line; NFC. */
  text: string;
  /** Mean word confidence (see {@link LayerWord.confidence}); 0 without words. */
  confidence: number;
  blocks: { box: LayerBox; paragraphs: { box: LayerBox; lines: LayerLine[] }[] }[];
  check: TextLayerCheck;
}
