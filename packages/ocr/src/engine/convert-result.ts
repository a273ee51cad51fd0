import { toNfc } from '@sohoa/core';
import type { Block, Line, Page } from 'tesseract.js';
import type { OcrBlock, OcrLine, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';

/** Turns tesseract.js's page (with `blocks` output) into sohoa's {@link OcrPage}: NFC, no empty words. */
export function convertResult(page: Page, size: { width: number; height: number; dpi: number }): OcrPage {
  const blocks: OcrBlock[] = [];
  for (const block of page.blocks ?? []) {
    const converted = convertBlock(block);
    if (converted.paragraphs.length > 0) blocks.push(converted);
  }
  const words = blocks.flatMap((block) =>
    block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words)),
  );
  const confidence =
    words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  const text = blocks
    .map((block) =>
      block.paragraphs.map((paragraph) => paragraph.lines.map((line) => line.text).join('\n')).join('\n'),
    )
    .join('\n\n');
  return { ...size, text, confidence, blocks };
}

function convertBlock(block: Block): OcrBlock {
  const paragraphs = [];
  for (const paragraph of block.paragraphs) {
    const lines = paragraph.lines.map(convertLine).filter((line): line is OcrLine => line !== undefined);
    if (lines.length > 0) paragraphs.push({ box: box(paragraph.bbox), lines });
  }
  return { box: box(block.bbox), paragraphs };
}

function convertLine(line: Line): OcrLine | undefined {
  const words: OcrWord[] = [];
  for (const word of line.words) {
    const text = toNfc(word.text).trim();
    if (text !== '') words.push({ text, box: box(word.bbox), confidence: word.confidence });
  }
  if (words.length === 0) return undefined;
  return {
    text: words.map((word) => word.text).join(' '),
    box: box(line.bbox),
    baseline: { ...line.baseline },
    rowHeight: line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0,
    confidence: line.confidence,
    words,
  };
}

function box(bbox: { x0: number; y0: number; x1: number; y1: number }): PixelBox {
  return { x0: bbox.x0, y0: bbox.y0, x1: bbox.x1, y1: bbox.y1 };
}
