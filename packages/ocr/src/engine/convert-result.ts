import { toNfc } from '@sohoa/base';
import type { Block, Line, Page } from 'tesseract.js';
import type { OcrBlock, OcrLine, OcrPage, OcrWord, PixelBox } from '../result/ocr-result.js';

/** How much to multiply the engine's coordinates by to get the caller's page pixels. */
export interface Scale {
  x: number;
  y: number;
}

/**
 * Turns tesseract.js's page (with `blocks` output) into sohoa's {@link OcrPage}: NFC, no empty
 * words. `scale` maps the coordinates of a reduced copy back onto the page the caller gave;
 * `offset` is where the image read lies in that copy (a region read on its own).
 */
export function convertResult(
  page: Page,
  size: { width: number; height: number; dpi: number },
  scale: Scale = { x: 1, y: 1 },
  offset: { x: number; y: number } = { x: 0, y: 0 },
): OcrPage {
  const blocks: OcrBlock[] = [];
  const box = (bbox: { x0: number; y0: number; x1: number; y1: number }): PixelBox => ({
    x0: Math.round((bbox.x0 + offset.x) * scale.x),
    y0: Math.round((bbox.y0 + offset.y) * scale.y),
    x1: Math.round((bbox.x1 + offset.x) * scale.x),
    y1: Math.round((bbox.y1 + offset.y) * scale.y),
  });
  for (const block of page.blocks ?? []) {
    const converted = convertBlock(block, box, scale);
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

type BoxMapper = (bbox: { x0: number; y0: number; x1: number; y1: number }) => PixelBox;

function convertBlock(block: Block, box: BoxMapper, scale: Scale): OcrBlock {
  const paragraphs = [];
  for (const paragraph of block.paragraphs) {
    const lines = paragraph.lines
      .map((line) => convertLine(line, box, scale))
      .filter((line): line is OcrLine => line !== undefined);
    if (lines.length > 0) paragraphs.push({ box: box(paragraph.bbox), lines });
  }
  return { box: box(block.bbox), paragraphs };
}

function convertLine(line: Line, box: BoxMapper, scale: Scale): OcrLine | undefined {
  const words: OcrWord[] = [];
  for (const word of line.words) {
    const text = toNfc(word.text).trim();
    if (text !== '') words.push({ text, box: box(word.bbox), confidence: word.confidence });
  }
  if (words.length === 0) return undefined;
  return {
    text: words.map((word) => word.text).join(' '),
    box: box(line.bbox),
    baseline: { ...line.baseline, ...box(line.baseline) },
    rowHeight: (line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0) * scale.y,
    confidence: line.confidence,
    words,
  };
}
